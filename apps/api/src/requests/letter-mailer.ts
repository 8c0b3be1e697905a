import { Inject, Injectable } from '@nestjs/common';
import { MailSender } from '@app/mail';
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

/** Emails a request's letter to the authority's FOI address, Reply-To the union's FOI mailbox. */
@Injectable()
export class LetterMailer {
  constructor(
    private readonly mail: MailSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `commit` records the send; it runs while the server holds the whole letter but its final dot
   * (see MailSender), so a refused commit sends nothing and a failed send records nothing.
   */
  async send(request: FoiRequestEntity, commit: (messageId: string) => Promise<void>) {
    const messageId = letterMessageId(request.id);
    const subject = request.subject.includes(request.reference)
      ? request.subject
      : `${request.subject} [${request.reference}]`;
    await this.mail.send(
      {
        to: [request.authority!.email],
        subject,
        text: request.body,
        messageId,
        replyTo: this.config.replyTo ?? undefined,
      },
      { beforeEnd: () => commit(messageId) },
    );
  }
}
