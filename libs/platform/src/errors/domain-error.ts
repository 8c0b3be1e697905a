/**
 * What went wrong, in terms a filter maps to an HTTP status; services never throw HttpException.
 * `upstream`: a service we depend on (the mail server) failed, and nothing was changed here.
 */
export type DomainErrorCode =
  'invalid' | 'not-found' | 'conflict' | 'unauthorised' | 'forbidden' | 'throttled' | 'upstream';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field name → messages, for `invalid`. */
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** Seconds until trying again makes sense: sent as Retry-After with a 429. */
  retryAfterSeconds?: number;

  static throttled(message: string, retryAfterSeconds: number): DomainError {
    const error = new DomainError('throttled', message);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('invalid', message, { [field]: [message] });
  }

  static notFound(what: string, field: string, id: unknown): DomainError {
    return new DomainError('not-found', `${what} ${String(id)} does not exist`, {
      [field]: [`no ${what} with id ${String(id)}`],
    });
  }
}
