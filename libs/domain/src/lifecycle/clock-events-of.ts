import { ClockEvent, ClockEventKind } from '../deadlines/deadline.types';
import { inDateOrder } from './apply-message';
import { LifecycleMessage, MessageKind } from './lifecycle.types';

const CLOCK_EVENT_OF: Partial<Record<MessageKind, ClockEventKind>> = {
  'clarification-request': 'clarification-requested',
  clarification: 'clarification-received',
  'fee-notice': 'fee-notice',
  'fee-paid': 'fee-paid',
  extension: 'extension',
  response: 'response',
  'internal-review-request': 'internal-review-requested',
  'internal-review-response': 'internal-review-response',
  'ico-decision': 'closed',
};

/** The clock events a request's messages amount to, in the order they happened. */
export function clockEventsOf(
  messages: readonly LifecycleMessage[],
  withdrawnAt?: string | null,
): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (const message of inDateOrder(messages)) {
    const kind = CLOCK_EVENT_OF[message.kind];
    if (!kind) continue;
    const event: ClockEvent = { kind, on: message.occurredAt };
    if (kind === 'extension' && message.extendedTo) event.until = message.extendedTo;
    events.push(event);
  }
  if (withdrawnAt) events.push({ kind: 'closed', on: withdrawnAt });
  return events;
}
