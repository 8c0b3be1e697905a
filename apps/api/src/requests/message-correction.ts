import {
  directionOf,
  LifecycleConflict,
  formatIsoDate,
  LifecycleMessage,
  normaliseExemptions,
  toLondonDay,
} from '@app/domain';
import type { MessageCorrection } from '@app/persistence';
import { DomainError } from '@app/platform';
import type { CorrectMessageDto } from './request.dto';

export const WITH_OUTCOME: ReadonlySet<string> = new Set(['response', 'internal-review-response']);

/** The facts of a message a correction can change, as the audit trail shows them. */
export type CorrectableFields = Required<MessageCorrection>;

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

/** The message `messageId` of this request's history, or a 404 naming it. */
export function messageOf<T extends { id: number }>(messages: readonly T[], messageId: number): T {
  const found = messages.find((m) => m.id === messageId);
  if (!found) throw DomainError.notFound('message', 'messageId', messageId);
  return found;
}

/**
 * The message as corrected: the fields given replace the stored ones, the direction follows the
 * kind, and what no longer belongs to the kind (an outcome on an acknowledgement) is dropped. A
 * field given that the kind cannot carry is refused, as when logging.
 */
export function correctedMessage(
  stored: CorrectableFields,
  input: CorrectMessageDto,
): CorrectableFields {
  const kind = input.kind ?? stored.kind;
  if (stored.kind === 'request' && kind !== 'request') {
    throw new LifecycleConflict(
      'kind',
      'the sent request stays the request: correct its date instead, or withdraw it',
    );
  }
  if (stored.kind !== 'request' && kind === 'request') {
    throw new LifecycleConflict(
      'kind',
      'the request itself is logged by sending it: POST /api/v1/requests/:id/send',
    );
  }
  const answer = WITH_OUTCOME.has(kind);
  if (input.outcome != null && !answer)
    throw DomainError.invalid(
      'outcome',
      'outcome belongs to a response or an internal-review response only',
    );
  if (input.exemptions != null && !answer)
    throw DomainError.invalid(
      'exemptions',
      'exemptions belong to a response or an internal-review response only',
    );
  if (input.extendedTo != null && kind !== 'extension')
    throw DomainError.invalid('extendedTo', 'extendedTo belongs to an extension only');
  const given = <K extends keyof CorrectableFields>(key: K & keyof CorrectMessageDto) =>
    (input[key] !== undefined ? input[key] : stored[key]) as CorrectableFields[K];
  return {
    direction: directionOf(kind) ?? stored.direction,
    kind,
    occurredAt: given('occurredAt'),
    outcome: answer ? given('outcome') : null,
    exemptions: answer ? normalisedList(given('exemptions')) : null,
    extendedTo: kind === 'extension' ? given('extendedTo') : null,
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

/**
 * Nothing from or to the authority can come before the request was sent (notes may: they are
 * the officers' own); the check logging a message makes, over a whole corrected history.
 */
export function refuseBeforeSend(history: readonly LifecycleMessage[]): void {
  const sent = history.find((m) => m.kind === 'request');
  if (!sent) return;
  const sentDay = toLondonDay(sent.occurredAt);
  const early = history.find((m) => m.kind !== 'note' && toLondonDay(m.occurredAt) < sentDay);
  if (early) {
    throw new LifecycleConflict(
      'occurredAt',
      `the ${early.kind} of ${early.occurredAt} would come before the request was sent (${formatIsoDate(sentDay)}): nothing from or to the authority can come first`,
    );
  }
}
