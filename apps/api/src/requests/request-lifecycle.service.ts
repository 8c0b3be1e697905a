import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  clockEventsOf,
  DeadlineInputError,
  formatIsoDate,
  inDateOrder,
  LifecycleConflict,
  LifecycleMessage,
  londonDateOf,
  normaliseExemptions,
  replayStatus,
  toLondonDay,
} from '@app/domain';
import {
  FoiRequestEntity,
  MessageCorrection,
  MessageEntity,
  RemindersRepository,
  RequestsRepository,
  StaleRequestError,
  UserEntity,
} from '@app/persistence';
import { ReminderDispatcher } from '@app/queue';
import { DomainError, matchesReferencePattern } from '@app/platform';
import { MessageWithheldError } from '@app/mail';
import { LetterMailer, LetterNotEmailedError } from './letter-mailer';
import { asInstant, DeadlineService } from './deadline.service';
import {
  correctableFields,
  correctedMessage,
  messageOf,
  refuseBeforeSend,
  sameFields,
  WITH_OUTCOME,
} from './message-correction';
import { CorrectMessageDto, CreateMessageDto, SendRequestDto } from './request.dto';

/** The sentence a change refused by the version check gets (409). */
export const CHANGED_MEANWHILE =
  'the request changed while this was being saved (a second click?): reload it and try again';

interface Change {
  type: string;
  message?: Partial<MessageEntity>;
  changes?: Partial<FoiRequestEntity>;
  withdrawnAt?: Date;
  /** A message to take out of the history (logged in error, or a letter the server refused). */
  removeMessageId?: number;
  /** A logged message whose facts are corrected. */
  correctMessage?: { id: number; fields: MessageCorrection };
  /** What the audit event adds to the request's before and after (the message's fields). */
  detail?: { before: Record<string, unknown>; after: Record<string, unknown> | null };
}

/** Sending, logging messages and withdrawing: every change replays the whole history. */
@Injectable()
export class RequestLifecycleService {
  private readonly logger = new Logger('letters');

  constructor(
    private readonly requests: RequestsRepository,
    private readonly reminders: RemindersRepository,
    private readonly dispatcher: ReminderDispatcher,
    private readonly deadlines: DeadlineService,
    private readonly letters: LetterMailer,
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
    let recorded: number | null = null;
    try {
      await this.letters.send(request, async (messageId) => {
        recorded = await this.recordSend(id, input, actor, messageId);
      });
    } catch (error) {
      if (error instanceof MessageWithheldError) throw error.reason;
      const reason = `request ${id}: the letter could not be emailed to ${request.authority!.email}: ${(error as Error).message}`;
      if (recorded !== null) await this.undoSend(id, recorded, actor);
      this.logger.warn(
        `${reason}; ${recorded === null ? 'it is still a draft' : 'the send was undone'}`,
      );
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
    const sentAt = input.sentAt ?? this.deadlines.clock.now().toISOString();
    this.refuseFuture('sentAt', sentAt);
    let saved = 0;
    await this.change(
      id,
      actor,
      (request) => {
        refuseIfWithdrawn(request, 'sent', 'status');
        const receivedOn =
          input.receivedAt !== undefined
            ? formatIsoDate(toLondonDay(input.receivedAt))
            : this.receiptOf(request, input.method, sentAt);
        if (input.receivedAt !== undefined && toLondonDay(input.receivedAt) < toLondonDay(sentAt)) {
          throw DomainError.invalid(
            'receivedAt',
            `receivedAt ${input.receivedAt} is before the request was sent (${sentAt})`,
          );
        }
        return {
          type: 'sent',
          message: {
            direction: 'outgoing',
            kind: 'request',
            occurredAt: sentAt,
            subject: request.subject,
            body: request.body,
            messageId,
          },
          changes: { sentAt: new Date(asInstant(sentAt)), sentVia: input.method, receivedOn },
        };
      },
      (messageRowId) => (saved = messageRowId),
    );
    return saved;
  }

  /** The mail server refused a letter already recorded as sent: back to a draft, with an event. */
  private async undoSend(id: number, messageRowId: number, actor: UserEntity): Promise<void> {
    await this.change(id, actor, () => ({
      type: 'send-undone',
      removeMessageId: messageRowId,
      changes: { sentAt: null, sentVia: null, receivedOn: null },
    }));
  }

  async addMessage(id: number, input: CreateMessageDto, actor: UserEntity): Promise<number> {
    if (input.kind === 'request') {
      throw new LifecycleConflict(
        'kind',
        'the request itself is logged by sending it: POST /api/v1/requests/:id/send',
      );
    }
    if (input.extendedTo !== undefined && input.kind !== 'extension')
      throw DomainError.invalid('extendedTo', 'extendedTo belongs to an extension only');
    if (input.outcome !== undefined && !WITH_OUTCOME.has(input.kind)) {
      throw DomainError.invalid(
        'outcome',
        'outcome belongs to a response or an internal-review response only',
      );
    }
    if (input.exemptions !== undefined && !WITH_OUTCOME.has(input.kind)) {
      throw DomainError.invalid(
        'exemptions',
        'exemptions belong to a response or an internal-review response only',
      );
    }
    this.refuseFuture('occurredAt', input.occurredAt);
    let messageId = 0;
    await this.change(
      id,
      actor,
      (request) => {
        if (input.kind !== 'note' && input.kind !== 'other')
          refuseIfWithdrawn(request, 'logged', 'kind');
        if (
          request.receivedOn &&
          input.kind !== 'note' &&
          toLondonDay(input.occurredAt) < toLondonDay(sentDate(request))
        ) {
          throw new LifecycleConflict(
            'occurredAt',
            `${input.occurredAt} is before the request was sent (${sentDate(request)}): nothing from or to the authority can come first`,
          );
        }
        refuseUnlikeReference(request, input.authorityReference);
        return {
          type: 'message-logged',
          message: {
            direction: input.direction,
            kind: input.kind,
            occurredAt: input.occurredAt,
            subject: input.subject ?? null,
            body: input.body ?? null,
            outcome: input.outcome ?? null,
            exemptions: input.exemptions ? normaliseExemptions(input.exemptions) : null,
            extendedTo: input.extendedTo ?? null,
            authorityReference: input.authorityReference ?? null,
          },
        };
      },
      (saved) => (messageId = saved),
    );
    return messageId;
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
    if (Object.values(input).every((value) => value === undefined))
      throw new DomainError(
        'invalid',
        'nothing to correct: give occurredAt, kind, outcome, exemptions, extendedTo or authorityReference',
      );
    if (input.occurredAt !== undefined) this.refuseFuture('occurredAt', input.occurredAt);
    await this.change(
      id,
      actor,
      (request, messages) => {
        const stored = messageOf(messages, messageId);
        const fields = correctedMessage(stored, input);
        if (sameFields(stored, fields)) {
          throw new DomainError(
            'conflict',
            'the message already says this (a second click?): nothing was changed',
          );
        }
        refuseUnlikeReference(request, input.authorityReference ?? undefined);
        refuseBeforeSend(messages.map((m) => (m.id === messageId ? { ...m, ...fields } : m)));
        const resent = stored.kind === 'request' && fields.occurredAt !== stored.occurredAt;
        const changes = resent ? this.sentDates(request, fields.occurredAt) : undefined;
        return {
          type: 'message-corrected',
          correctMessage: { id: messageId, fields },
          changes,
          detail: {
            before: {
              message: { id: messageId, ...correctableFields(stored) },
              ...(resent ? { receivedOn: request.receivedOn } : {}),
            },
            after: {
              message: { id: messageId, ...fields },
              ...(changes ? { receivedOn: changes.receivedOn } : {}),
            },
          },
        };
      },
      undefined,
      seenVersion,
    );
  }

  /** Takes a message logged in error out of the history; the sent request itself stays. */
  async removeMessage(
    id: number,
    messageId: number,
    actor: UserEntity,
    seenVersion?: number,
  ): Promise<void> {
    await this.change(
      id,
      actor,
      (_request, messages) => {
        const stored = messageOf(messages, messageId);
        if (stored.kind === 'request') {
          throw new LifecycleConflict(
            'messageId',
            'the sent request cannot be removed: correct its date instead, or withdraw the request',
          );
        }
        return {
          type: 'message-removed',
          removeMessageId: messageId,
          detail: {
            before: { message: { id: messageId, ...correctableFields(stored) } },
            after: null,
          },
        };
      },
      undefined,
      seenVersion,
    );
  }

  /**
   * The sent request's corrected date moves `sentAt` and the date of receipt, worked out as a
   * send with no `receivedAt` works it: by post the second working day after, otherwise the day.
   */
  private sentDates(
    request: FoiRequestEntity,
    sentAt: string,
  ): Pick<FoiRequestEntity, 'sentAt' | 'receivedOn'> {
    return {
      sentAt: new Date(asInstant(sentAt)),
      receivedOn: this.receiptOf(request, request.sentVia, sentAt),
    };
  }

  private receiptOf(request: FoiRequestEntity, method: string | null, sentAt: string): string {
    return method === 'post'
      ? this.deadlines.postalReceipt(sentAt, request.regime, request.authority!.nation)
      : londonDateOf(new Date(asInstant(sentAt)));
  }

  async withdraw(id: number, actor: UserEntity): Promise<void> {
    await this.change(id, actor, (request) => {
      if (request.status === 'closed' || request.status === 'withdrawn') {
        throw new LifecycleConflict('status', `the request is already ${request.status}`);
      }
      return { type: 'withdrawn', withdrawnAt: this.deadlines.clock.now() };
    });
  }

  private refuseFuture(field: string, value: string): void {
    const tomorrow = toLondonDay(this.deadlines.clock.today()) + 1;
    if (toLondonDay(value) > tomorrow)
      throw DomainError.invalid(field, `${field} ${value} is in the future`);
  }

  /**
   * One change to one request in one transaction: replay the whole history with the new message,
   * recompute the clock, write the row only if nobody else changed it meanwhile, record the event.
   */
  private async change(
    id: number,
    actor: UserEntity,
    decide: (request: FoiRequestEntity, messages: readonly MessageEntity[]) => Change,
    onMessage?: (messageId: number) => void,
    seenVersion?: number,
  ): Promise<void> {
    try {
      await this.requests.transaction(async (manager) => {
        const request = await this.requests.findById(id, manager);
        if (!request) throw DomainError.notFound('request', 'id', id);
        if (seenVersion !== undefined && request.version !== seenVersion)
          throw new StaleRequestError(`request ${id} changed since version ${seenVersion}`);
        const stored = await this.requests.findMessages(id, manager);
        const change = decide(request, stored);
        const corrected = change.correctMessage;
        const messages = stored
          .filter((m) => m.id !== change.removeMessageId)
          .map((m) => (m.id === corrected?.id ? { ...m, ...corrected.fields } : m));
        if (change.removeMessageId)
          await manager.getRepository(MessageEntity).delete(change.removeMessageId);
        if (corrected)
          await this.requests.correctMessage(manager, id, corrected.id, corrected.fields);
        const history: LifecycleMessage[] = [
          ...messages,
          ...(change.message ? [change.message as LifecycleMessage] : []),
        ];
        const withdrawnAt = change.withdrawnAt ?? request.withdrawnAt;
        const status = replayStatus(history, withdrawnAt !== null);
        const next = { ...request, ...change.changes, status, withdrawnAt };
        next.clock = clockEventsOf(history, withdrawnAt ? withdrawnAt.toISOString() : null);
        const view = this.viewOrField(next);
        const { outcome, exemptions } = latestOutcome(history);
        const columns = { ...this.deadlines.columnsFor(status, view) };
        const changes: Partial<FoiRequestEntity> = {
          ...change.changes,
          status,
          withdrawnAt,
          clock: next.clock,
          outcome,
          exemptions,
          ...columns,
        };
        await this.requests.updateIfUnchanged(manager, id, request.version, changes);
        await this.requests.replaceReminders(
          manager,
          id,
          this.deadlines.remindersFor(next, status, view),
        );
        if (change.message) {
          const saved = await this.requests.addMessage(manager, {
            ...change.message,
            requestId: id,
            createdById: actor.id,
          });
          onMessage?.(saved.id);
        }
        await this.record(manager, request, actor, change, {
          status,
          dueDate: columns.dueDate,
          outcome,
        });
      });
      // Committed: now the reminders go on the queue, without waiting on Redis.
      this.dispatcher.enqueueSoon(await this.reminders.findPendingFor(id), (ids) =>
        this.reminders.markQueued(ids),
      );
    } catch (error) {
      if (error instanceof StaleRequestError) {
        throw new DomainError('conflict', CHANGED_MEANWHILE);
      }
      throw error;
    }
  }

  private viewOrField(request: FoiRequestEntity) {
    try {
      return this.deadlines.checkedViewFor(request, false);
    } catch (error) {
      if (error instanceof DeadlineInputError) {
        const field = /\.until$/.test(error.field)
          ? 'extendedTo'
          : /^events/.test(error.field)
            ? 'occurredAt'
            : error.field;
        throw DomainError.invalid(field, error.message.replace(/^events\[\d+\]: /, ''));
      }
      throw error;
    }
  }

  private async record(
    manager: EntityManager,
    before: FoiRequestEntity,
    actor: UserEntity,
    change: Change,
    after: { status: string; dueDate: string | null; outcome: string | null },
  ): Promise<void> {
    await this.requests.addEvent(manager, {
      requestId: before.id,
      type: change.type,
      actorId: actor.id,
      at: new Date(),
      before: {
        status: before.status,
        dueDate: before.dueDate,
        outcome: before.outcome,
        ...change.detail?.before,
      },
      after: {
        ...after,
        ...(change.message
          ? { kind: change.message.kind, occurredAt: change.message.occurredAt }
          : {}),
        ...change.detail?.after,
      },
    });
  }
}

function refuseIfWithdrawn(request: FoiRequestEntity, what: string, field: string): void {
  if (request.withdrawnAt !== null) {
    throw new LifecycleConflict(
      field,
      `the request was withdrawn: nothing more can be ${what} on it`,
    );
  }
}

/** A reference that does not look like the authority's own is refused (a typo, most likely). */
function refuseUnlikeReference(request: FoiRequestEntity, reference: string | undefined): void {
  const pattern = request.authority!.referencePattern;
  if (reference && pattern && !matchesReferencePattern(pattern, reference)) {
    throw DomainError.invalid(
      'authorityReference',
      `"${reference}" does not look like ${request.authority!.name}'s references (${pattern})`,
    );
  }
}

/** The London date the request was sent (its receipt may be later, for post). */
function sentDate(request: FoiRequestEntity): string {
  return request.sentAt ? londonDateOf(request.sentAt) : request.receivedOn!;
}

function latestOutcome(history: readonly LifecycleMessage[]): {
  outcome: FoiRequestEntity['outcome'];
  exemptions: string[] | null;
} {
  const answers = inDateOrder(history).filter((m) => WITH_OUTCOME.has(m.kind));
  const last = answers[answers.length - 1];
  const response = [...answers].reverse().find((m) => m.kind === 'response');
  return {
    outcome: last?.outcome ?? null,
    exemptions: response?.exemptions ? [...response.exemptions] : null,
  };
}
