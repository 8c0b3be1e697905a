import { ValidationOptions, registerDecorator } from 'class-validator';
import { isIsoDate, toLondonDay } from '@app/domain';

/** A real calendar date, `YYYY-MM-DD` (2025-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(property),
      options: { message: `${String(property)} must be a real date, YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}

/** A real date or ISO 8601 instant with an offset, e.g. 2025-05-23 or 2025-05-23T16:45:00+01:00. */
export function IsDateOrInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isDateOrInstant',
      target: target.constructor,
      propertyName: String(property),
      options: {
        message: `${String(property)} must be a real date (YYYY-MM-DD) or an ISO 8601 time`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length <= 40 && !Number.isNaN(toLondonDay(value)),
      },
    });
}
