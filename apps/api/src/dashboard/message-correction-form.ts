import { formatTypedDate, londonDateOf, parseIsoDate } from '@app/domain';
import type { MessageEntity } from '@app/persistence';
import { DomainError } from '@app/platform';
import { formDates } from './forms';
import { LOG_KINDS, LogKind, parseExemptions } from './message-forms';

/** The sent request, in the correction form: only its date can change. */
const SENT_REQUEST: LogKind = {
  key: 'request',
  direction: 'outgoing',
  kind: 'request',
  label: 'The request we sent',
};

/** The London date of a stored `occurredAt` (a date, or an instant with its zone). */
export function londonDateOfEvent(value: string): string {
  return value.length === 10 ? value : londonDateOf(new Date(value));
}

/** The "log a message" entry a stored message was logged as. */
export function logKindOf(message: Pick<MessageEntity, 'kind' | 'direction'>): LogKind {
  if (message.kind === 'request') return SENT_REQUEST;
  return (
    LOG_KINDS.find(
      (k) => k.kind === message.kind && (k.kind !== 'other' || k.direction === message.direction),
    ) ?? LOG_KINDS[LOG_KINDS.length - 1]
  );
}

/** The kind a correction form chose (the sent request keeps its own). */
export function chosenKind(stored: MessageEntity, key: string | undefined): LogKind {
  if (stored.kind === 'request') return SENT_REQUEST;
  return LOG_KINDS.find((k) => k.key === key) ?? logKindOf(stored);
}

/** A stored date as the form's date fields show it: "27 11 2026". */
function typed(iso: string | null): string | null {
  return iso === null ? null : formatTypedDate(parseIsoDate(iso));
}

/** The correction form filled in from the message as it is. */
export function formOfMessage(message: MessageEntity): Record<string, string> {
  const values: Record<string, string | null> = {
    log: logKindOf(message).key,
    occurredAt: typed(londonDateOfEvent(message.occurredAt)),
    outcome: message.outcome,
    exemptions: message.exemptions?.join(', ') ?? null,
    extendedTo: typed(message.extendedTo),
    authorityReference: message.authorityReference,
  };
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}

/**
 * What the form changes, as the API's PATCH body: only the fields that differ from the message
 * as stored (a date left as it was keeps its time), an emptied optional field as null.
 */
export function correctionOfForm(
  stored: MessageEntity,
  kind: LogKind,
  values: Record<string, string>,
): Record<string, unknown> {
  // Typed day, month, year: never guessed, an impossible one refused beside its field.
  const dates = formDates(values, [
    {
      name: 'occurredAt',
      label: 'The date',
      missing: 'Enter the date the message was sent or received',
    },
    ...(kind.extendedTo ? [{ name: 'extendedTo', label: 'Extended to' }] : []),
  ]);
  const wanted: Record<string, unknown> = {};
  const sameKind = kind.kind === stored.kind;
  const offer = (field: keyof MessageEntity, value: unknown) => {
    if (!sameKind || JSON.stringify(value) !== JSON.stringify(stored[field] ?? null))
      wanted[field] = value;
  };
  if (!sameKind) wanted.kind = kind.kind;
  if (dates.occurredAt !== londonDateOfEvent(stored.occurredAt))
    wanted.occurredAt = dates.occurredAt;
  if (kind.outcomes) offer('outcome', values.outcome ?? null);
  if (kind.exemptions) offer('exemptions', parseExemptions(values.exemptions) ?? null);
  if (kind.extendedTo) offer('extendedTo', dates.extendedTo ?? null);
  if (kind.authorityReference) offer('authorityReference', values.authorityReference ?? null);
  if (Object.keys(wanted).length === 0)
    throw new DomainError(
      'invalid',
      'Nothing was changed: change a field, or go back to the request.',
    );
  return wanted;
}
