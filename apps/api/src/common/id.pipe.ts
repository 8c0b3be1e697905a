import { PipeTransform } from '@nestjs/common';
import { DomainError } from '@app/platform';

/** The largest id the database keys hold (PostgreSQL `integer`). */
export const MAX_ID = 2_147_483_647;

/** `:id` path parameters: a whole number from 1 to MAX_ID, or a 400 that names `id`. */
class ParseIdPipe implements PipeTransform<string, number> {
  constructor(private readonly field = 'id') {}

  transform(value: string): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(id >= 1 && id <= MAX_ID))
      throw DomainError.invalid(
        this.field,
        `${this.field} must be a whole number from 1 to ${MAX_ID}`,
      );
    return id;
  }
}

export const IdPipe = new ParseIdPipe();

/** `:messageId`: the same rule, naming `messageId`. */
export const MessageIdPipe = new ParseIdPipe('messageId');
