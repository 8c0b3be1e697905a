import { ParseIntPipe } from '@nestjs/common';
import { DomainError } from '@app/platform';

/** `:id` path parameters: a positive whole number, or a 400 that names `id`. */
export const IdPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.invalid('id', 'id must be a positive whole number'),
});
