import { Inject, Injectable, Logger } from '@nestjs/common';
import { ChangeContext, nextState, refuseBadInput, RequestChange } from '@app/domain';
import {
  MissingRequestError,
  RemindersRepository,
  RequestChangesRepository,
  RequestsRepository,
  SavedChange,
  StaleRequestError,
  UserEntity,
} from '@app/persistence';
import { ReminderDispatcher } from '@app/queue';
import { APP_CONFIG, AppConfig, DomainError, matchesReferencePattern } from '@app/platform';
import { MessageWithheldError } from '@app/mail';
import { LetterMailer, LetterNotEmailedError } from './letter-mailer';
import { DeadlineService } from './deadline.service';
import { CorrectMessageDto, CreateMessageDto, SendRequestDto } from './request.dto';

/** The sentence a change refused by the version check gets (409). */
export const CHANGED_MEANWHILE =
  'the request changed while this was being saved (a second click?): reload it and try again';

/**
 * Sending, logging, correcting and removing messages, and withdrawing: each is a RequestChange,
 * decided by the domain's `nextState` on the whole history and saved in one transaction by
 * RequestChangesRepository (`save`). Inbound mail and importers are to change requests the same way.
 */
@Injectable()
export class RequestLifecycleService {
  private readonly logger = new Logger('letters');

  constructor(
    private readonly requests: RequestsRepository,
    private readonly changes: RequestChangesRepository,
    private readonly reminders: RemindersRepository,
    private readonly dispatcher: ReminderDispatcher,
    private readonly deadlines: DeadlineService,
    private readonly letters: LetterMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Starts the clock. With `deliver` the letter is also emailed to the authority, all or nothing:
   * the send is committed while the mail server holds the letter but its final dot, so a refused
   * change (409, 400) emails nothing, a failed email leaves the draft untouched (502), and a
   * server that refuses the complete letter gets the send undone.
   */
  async send(id: number, input: SendRequestDto, actor: UserEntity): Promise<void> {
    if (!input.deliver) {
      await this.recordSend(id, input, actor, null);
      return;
    }
    if (input.method !== 'email')
      throw DomainError.invalid(
        'deliver',
        `only email can be delivered; method is ${input.method}`,
      );
    if (input.sentAt !== undefined)
      throw DomainError.invalid('sentAt', 'a delivered request is sent now: leave sentAt out');
    const request = await this.requests.findById(id);
    if (!request) throw DomainError.notFound('request', 'id', id);
    let recorded = false;
    try {
      await this.letters.send(request, async (messageId) => {
        const saved = await this.recordSend(id, input, actor, messageId);
        recorded = true;
        // Run by the mailer if the server refuses the letter after its final dot.
        return async () => {
          await this.save(id, actor, { type: 'send-undone', messageId: saved });
        };
      });
    } catch (error) {
      if (error instanceof MessageWithheldError) throw error.reason;
      const reason = `request ${id}: the letter could not be emailed to ${request.authority!.email}: ${(error as Error).message}`;
      this.logger.warn(`${reason}; ${recorded ? 'the send was undone' : 'it is still a draft'}`);
      throw new LetterNotEmailedError();
    }
  }

  /** Records the send; returns the id of the outgoing `request` message. */
  private async recordSend(
    id: number,
    input: SendRequestDto,
    actor: UserEntity,
    messageId: string | null,
  ): Promise<number> {
    const saved = await this.save(id, actor, {
      type: 'sent',
      method: input.method,
      sentAt: input.sentAt ?? this.deadlines.time.now().toISOString(),
      receivedAt: input.receivedAt,
      messageId,
    });
    return saved.messageId!;
  }

  /** Logs a message from or to the authority; returns its id. */
  async addMessage(id: number, input: CreateMessageDto, actor: UserEntity): Promise<number> {
    const saved = await this.save(id, actor, { type: 'message-logged', message: input });
    return saved.messageId!;
  }

  /**
   * Corrects a logged message, the sent request's date included: the whole history is replayed
   * with it, so a correction the history cannot support is a 409 and nothing changes.
   * `seenVersion` (the dashboard's forms) refuses a change to a request changed since.
   */
  async correctMessage(
    id: number,
    messageId: number,
    input: CorrectMessageDto,
    actor: UserEntity,
    seenVersion?: number,
  ): Promise<void> {
    const change: RequestChange = { type: 'message-corrected', messageId, correction: input };
    await this.save(id, actor, change, seenVersion);
  }

  /** Takes a message logged in error out of the history; the sent request itself stays. */
  async removeMessage(
    id: number,
    messageId: number,
    actor: UserEntity,
    seenVersion?: number,
  ): Promise<void> {
    await this.save(id, actor, { type: 'message-removed', messageId }, seenVersion);
  }

  async withdraw(id: number, actor: UserEntity): Promise<void> {
    await this.save(id, actor, { type: 'withdrawn' });
  }

  /**
   * The one way a request changes. Bad input is refused before anything is read; then the
   * change is decided on the request and its history inside the transaction that writes it, and
   * once committed its open reminders go on the queue, without waiting on Redis.
   */
  private async save(
    id: number,
    actor: UserEntity,
    change: RequestChange,
    seenVersion?: number,
  ): Promise<SavedChange> {
    refuseBadInput(change, this.deadlines.time.today());
    const saved = await this.changes
      .save(id, { actorId: actor.id, seenVersion }, (request, history) =>
        nextState(request, history, change, this.context()),
      )
      .catch((error: unknown) => {
        throw refusalOf(error, id);
      });
    this.dispatcher.enqueueSoon(saved.openReminders, (ids) => this.reminders.markQueued(ids));
    return saved;
  }

  /** What a change is decided with: the calendar, the time now, this install's settings. */
  private context(): ChangeContext {
    return {
      calendar: this.deadlines.calendar,
      now: this.deadlines.time.now(),
      today: this.deadlines.time.today(),
      // Stamped by the same time source as the audit log and the dates of the change.
      auditAt: this.deadlines.time.now(),
      receiptRule: this.config.receiptRule,
      reminderHour: this.config.reminderHour,
      dueSoonWorkingDays: this.config.dueSoonWorkingDays,
      matchesReference: matchesReferencePattern,
    };
  }
}

/** A change the database refused, as the person is told it (other errors as they are). */
function refusalOf(error: unknown, id: number): unknown {
  if (error instanceof StaleRequestError) return new DomainError('conflict', CHANGED_MEANWHILE);
  if (error instanceof MissingRequestError) return DomainError.notFound('request', 'id', id);
  return error;
}
