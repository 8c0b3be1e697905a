import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainMessage } from './plain-words';

/** class-validator's errors as messages keyed by field path (`variables.topic`). */
export function fieldErrors(errors: ValidationError[]): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  collect(errors, '', fields);
  return fields;
}

function collect(errors: ValidationError[], prefix: string, into: Record<string, string[]>): void {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.entries(error.constraints ?? {}).map(([rule, message]) =>
      plainMessage(field, rule, message, error.value),
    );
    if (messages.length > 0) into[field] = [...new Set(messages)];
    if (error.children?.length) collect(error.children, field, into);
  }
}

/** One global pipe: unknown fields refused, types converted, every message keyed by its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      // Every field's first sentence; `errors` names the fields.
      const message = `${Object.values(fields)
        .map(([first]) => first)
        .join('. ')}.`;
      return new BadRequestException({ message, errors: fields });
    },
  });
}
