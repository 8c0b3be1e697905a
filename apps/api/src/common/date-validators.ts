import { Transform } from 'class-transformer';
import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import { eventDay, inSupportedYears, parseIsoDate, SUPPORTED_YEARS } from '@app/domain';

const YEARS = `${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}`;

/**
 * A validator over a date field: `read` gives the London day of the value (NaN when unreadable);
 * the message says which of the two failed, naming the field.
 */
function dateValidator(
  name: string,
  read: (value: string) => number,
  what: string,
  options?: ValidationOptions,
): PropertyDecorator {
  const day = (value: unknown) =>
    typeof value === 'string' && value.length <= 40 ? read(value) : NaN;
  return (target, property) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(property),
      options: {
        message: ({ property: field, value }: ValidationArguments) =>
          Number.isNaN(day(value))
            ? `${field} must be ${what}`
            : `${field} must fall in ${YEARS}, the years the tracker's holiday calendar covers`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          const result = day(value);
          return !Number.isNaN(result) && inSupportedYears(result);
        },
      },
    });
}

/** A real calendar date, `YYYY-MM-DD` (2025-02-30 is refused), in the supported years. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return dateValidator('isCalendarDate', parseIsoDate, 'a real date, YYYY-MM-DD', options);
}

/**
 * The date of an event: a real date (2025-05-23) or an RFC 3339 instant with its zone
 * (2025-05-23T16:45:00+01:00, …Z), whose Europe/London date is the one that counts. RFC 3339
 * allows a lower-case `t` and `z`; they are stored in upper case, as every reader of a history
 * (the letters' dates, the dashboard's timeline) expects.
 */
export function IsEventDate(options?: ValidationOptions): PropertyDecorator {
  const validate = dateValidator(
    'isEventDate',
    eventDay,
    'a real date (YYYY-MM-DD) or an instant with a time zone (RFC 3339, e.g. 2025-10-03T23:30:00+01:00)',
    options,
  );
  const upperCase = Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  );
  return (target, property) => {
    upperCase(target, property);
    validate(target, property);
  };
}
