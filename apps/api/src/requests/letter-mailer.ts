import { Inject, Injectable } from '@nestjs/common';
import { deliverOnce, DeliveryStore, MailSender } from '@app/mail';
import type { FoiRequestEntity } from '@app/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';

/**
 * The letter could not be emailed and the request is still a draft: the mail server is the
 * upstream that failed, a 502 in the one error shape (the API's and the dashboard's). The mail
 * server's own words name hosts and addresses, so they go to the log, not to the client.
 */
export class LetterNotEmailedError extends DomainError {
  static readonly MESSAGE =
    'The letter could not be emailed; the draft is unchanged. Try again later or send it another way.';

  constructor() {
    super('upstream', LetterNotEmailedError.MESSAGE, {
      deliver: [LetterNotEmailedError.MESSAGE],
    });
  }
}

/** Derived from the request, so a copy that went twice would be recognisable as one letter. */
export function letterMessageId(requestId: number): string {
  return `<request-${requestId}@foi-tracker>`;
}

/**
 * What the caller's commit may hand back: how to undo it, should the server refuse the letter
 * after its final dot (the send is then undone here, and the error still thrown).
 */
export type UndoSend = () => Promise<void>;

/** Emails a request's letter to the authority's FOI address, Reply-To the union's FOI mailbox. */
@Injectable()
export class LetterMailer {
  constructor(
    private readonly mail: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `commit` records the send; it runs while the server holds the whole letter but its final dot
   * (see deliverOnce: the commit is the letter's claim, made at the dot), so a refused commit
   * sends nothing (MessageWithheldError, its reason the commit's error) and a failed send records
   * nothing. If the server refuses the letter after its dot, the undo `commit` returned is run.
   */
  async send(
    request: FoiRequestEntity,
    commit: (messageId: string) => Promise<void | UndoSend>,
  ): Promise<void> {
    const messageId = letterMessageId(request.id);
    const subject = request.subject.includes(request.reference)
      ? request.subject
      : `${request.subject} [${request.reference}]`;
    const letter = {
      to: [request.authority!.email],
      subject,
      text: request.body,
      messageId,
      replyTo: this.config.replyTo ?? undefined,
    };
    await deliverOnce(
      { mail: this.mail },
      `the letter of request ${request.id}`,
      commitAtTheDot(commit, messageId),
      () => letter,
    );
  }
}

/**
 * A letter's store: nothing to claim before sending (the request's version check guards the
 * commit), the commit made at the dot (a lease of 0 renews there every time), nothing more to
 * record after it, and the commit undone if the server refuses the letter after its dot.
 */
function commitAtTheDot(
  commit: (messageId: string) => Promise<void | UndoSend>,
  messageId: string,
): DeliveryStore<null> {
  let undo: UndoSend | null = null;
  return {
    leaseMs: 0,
    claim: async () => ({ status: 'claimed', token: messageId, tookOverFrom: null, item: null }),
    renew: async () => {
      undo = (await commit(messageId)) ?? null;
      return true;
    },
    record: async () => undefined,
    release: async () => {
      await undo?.();
    },
  };
}
