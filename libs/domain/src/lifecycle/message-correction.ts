import { normaliseExemptions } from '../exemptions/exemptions';
import { directionOf } from './apply-message';
import {
  Direction,
  InvalidMessageError,
  LifecycleConflict,
  MessageKind,
  Outcome,
  UnknownMessageError,
} from './lifecycle.types';
import { fieldsOfKind, LOGGED_BY_SENDING, refuseFieldsNotOfKind } from './message-rules';

/** The facts of a logged message a correction can change, as the audit trail shows them. */
export interface CorrectableFields {
  direction: Direction;
  kind: MessageKind;
  occurredAt: string;
  outcome: Outcome | null;
  exemptions: string[] | null;
  extendedTo: string | null;
  authorityReference: string | null;
}

/** A correction as asked for: only the fields given change; `null` clears an optional one. */
export interface CorrectionInput {
  occurredAt?: string;
  kind?: MessageKind;
  outcome?: Outcome | null;
  exemptions?: string[] | null;
  extendedTo?: string | null;
  authorityReference?: string | null;
}

export function correctableFields(message: CorrectableFields): CorrectableFields {
  return {
    direction: message.direction,
    kind: message.kind,
    occurredAt: message.occurredAt,
    outcome: message.outcome,
    exemptions: message.exemptions,
    extendedTo: message.extendedTo,
    authorityReference: message.authorityReference,
  };
}

/** The message `messageId` of this request's history; none is an UnknownMessageError. */
export function messageOf<T extends { id: number }>(messages: readonly T[], messageId: number): T {
  const found = messages.find((m) => m.id === messageId);
  if (!found) throw new UnknownMessageError(messageId);
  return found;
}

/** A correction with nothing in it is refused before anything is read. */
export function refuseEmptyCorrection(input: CorrectionInput): void {
  if (Object.values(input).every((value) => value === undefined))
    throw new InvalidMessageError(
      null,
      'nothing to correct: give occurredAt, kind, outcome, exemptions, extendedTo or authorityReference',
    );
}

/** The sent request stays the request, and nothing else becomes it. */
function refuseKindChange(from: MessageKind, to: MessageKind): void {
  if (from === 'request' && to !== 'request') {
    throw new LifecycleConflict(
      'kind',
      'the sent request stays the request: correct its date instead, or withdraw it',
    );
  }
  if (from !== 'request' && to === 'request')
    throw new LifecycleConflict('kind', LOGGED_BY_SENDING);
}

/**
 * The message as corrected: the fields given replace the stored ones, the direction follows the
 * kind, and what no longer belongs to the kind (an outcome on an acknowledgement) is dropped. A
 * field given that the kind cannot carry is refused, as when logging.
 */
export function correctedMessage(
  stored: CorrectableFields,
  input: CorrectionInput,
): CorrectableFields {
  const kind = input.kind ?? stored.kind;
  refuseKindChange(stored.kind, kind);
  // A null clears the field, whatever the kind; only a value is held to the kind.
  const valued = (['outcome', 'exemptions', 'extendedTo'] as const).filter((f) => input[f] != null);
  refuseFieldsNotOfKind(kind, valued);
  const given = <K extends keyof CorrectionInput & keyof CorrectableFields>(key: K) =>
    (input[key] !== undefined ? input[key] : stored[key]) as CorrectableFields[K];
  const fields = fieldsOfKind(kind);
  const answer = fields.outcomes !== null;
  return {
    direction: directionOf(kind) ?? stored.direction,
    kind,
    occurredAt: given('occurredAt'),
    outcome: answer ? given('outcome') : null,
    exemptions: answer ? normalisedList(given('exemptions')) : null,
    extendedTo: fields.extendedTo ? given('extendedTo') : null,
    authorityReference: given('authorityReference'),
  };
}

/** Exemptions in their one spelling each ("section 43(2); s.41" → s43(2), s41). */
function normalisedList(exemptions: string[] | null): string[] | null {
  return exemptions ? normaliseExemptions(exemptions) : null;
}

/** Whether a correction leaves the message as it was (a second click, most likely). */
export function sameFields(a: CorrectableFields, b: CorrectableFields): boolean {
  return JSON.stringify(correctableFields(a)) === JSON.stringify(correctableFields(b));
}
