import { formatShortDate, toLondonDate, VariableDefinition } from '@app/templates';
import type { MessageView, RequestView } from '../requests/request-view';

const KIND_LABELS: Record<string, string> = {
  request: 'our request',
  acknowledgement: 'acknowledgement',
  'clarification-request': 'request for clarification',
  clarification: 'our clarification',
  'fee-notice': 'fees notice',
  'fee-paid': 'fee paid',
  extension: 'extension of time',
  response: 'response',
  'internal-review-request': 'our request for an internal review',
  'internal-review-response': 'outcome of the internal review',
  chaser: 'our chaser',
};

function lastOf(messages: MessageView[], kind: string): MessageView | undefined {
  return [...messages].reverse().find((m) => m.kind === kind);
}

function dateOf(value: Date | string | null | undefined): string | undefined {
  if (!value) return undefined;
  return toLondonDate(value instanceof Date ? value.toISOString() : value);
}

/**
 * What the request was about, in the words of its own subject line (which the authority saw), not
 * the title it has on the dashboard: "Freedom of Information request: the contract for the Huawei
 * research partnership (SU-2026-001)" gives "the contract for the Huawei research partnership".
 * The letter's opening words (to the first colon) and our reference in brackets at the end are
 * left out, as the follow-up letters say both themselves.
 */
export function aboutOf(request: Pick<RequestView, 'subject' | 'reference' | 'title'>): string {
  let about = request.subject.trim();
  for (const ours of [` (${request.reference})`, ` (our reference ${request.reference})`])
    if (about.endsWith(ours)) about = about.slice(0, -ours.length).trim();
  const colon = about.indexOf(': ');
  if (colon > 0 && colon < about.length - 2) about = about.slice(colon + 2).trim();
  return about || request.title;
}

/**
 * What the tracker already knows for a follow-up letter (chaser, review, complaint): the request's
 * own variables, its dates and its correspondence, keyed by the names the templates use. Only the
 * template's variables are kept; the officer fills in the rest (the grounds, above all).
 */
export function prefillLetter(
  request: RequestView,
  fields: readonly VariableDefinition[],
): Record<string, string> {
  const own = (request.variables ?? {}) as Record<string, unknown>;
  const messages = request.messages ?? [];
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const known: Record<string, string | undefined> = {
    requesterName: text(own.requesterName) ?? request.owner.name,
    position: text(own.position),
    organisation: text(own.organisation),
    replyEmail: text(own.replyEmail),
    regime: request.regime === 'sar' ? undefined : request.regime,
    requestTitle: aboutOf(request),
    sentDate: dateOf(request.sentAt),
    dueDate: request.deadline.dueDate ?? undefined,
    responseDate: dateOf(lastOf(messages, 'response')?.occurredAt),
    reviewRequestedDate: dateOf(lastOf(messages, 'internal-review-request')?.occurredAt),
    reviewResponseDate: dateOf(lastOf(messages, 'internal-review-response')?.occurredAt),
    authorityReference:
      [...messages].reverse().find((m) => m.authorityReference)?.authorityReference ?? undefined,
    exemptionsCited: (request.exemptions ?? []).join('\n') || undefined,
    correspondence:
      messages
        .filter((m) => m.kind in KIND_LABELS)
        .map((m) => `${formatShortDate(dateOf(m.occurredAt))}: ${KIND_LABELS[m.kind]}`)
        .join('\n') || undefined,
  };
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = known[field.name];
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}
