import { addressOf } from './auto-reply';
import type { BounceSignals, HeaderMap } from './correspondence.types';

/**
 * Whether an email reports that one of our letters could not be delivered, and to whom.
 *
 * - A delivery-status report (`multipart/report; report-type=delivery-status`, RFC 3464), as
 *   Exchange, Gmail, Postfix and Exim send. When the caller passes the report's
 *   `message/delivery-status` part, its `Final-Recipient`, `Status` and `Diagnostic-Code` are
 *   read, and a report whose every recipient was only delayed, delivered, relayed or expanded is
 *   not a bounce: the letter may still arrive, or has.
 * - `X-Failed-Recipients` (Exim, Gmail): the recipients named.
 * - An old-style bounce without a report: from mailer-daemon or postmaster with a subject such as
 *   "Undeliverable:", "Mail delivery failed", "Delivery Status Notification (Failure)".
 *
 * A read receipt (`report-type=disposition-notification`) is not a bounce.
 */
export function bounceSignals(
  headers: HeaderMap,
  contentType: string,
  deliveryStatus?: string,
): BounceSignals {
  const failedHeader = failedRecipientsOf(headers);
  const report = isDeliveryReport(contentType) ? reportVerdict(deliveryStatus) : null;
  const reasons: string[] = [];
  if (failedHeader.length > 0) reasons.push(`X-Failed-Recipients: ${failedHeader.join(', ')}`);
  if (report) reasons.push(report.reason);
  const oldStyle = !report && failedHeader.length === 0 && isOldStyleBounce(headers);
  if (oldStyle) reasons.push('a mail-delivery failure notice from the mail system');
  const isBounce = failedHeader.length > 0 || report?.failure === true || oldStyle;
  if (!isBounce) return { isBounce, recipient: null, status: null, diagnostic: null, reasons };
  const failed = report?.failed ?? null;
  return {
    isBounce,
    recipient: failed?.recipient ?? failedHeader[0] ?? null,
    status: failed?.status ?? null,
    diagnostic: failed?.diagnostic ?? null,
    reasons,
  };
}

/**
 * What a delivery-status report says: a failure unless its part is given and shows that no
 * recipient failed (only delayed, delivered, relayed or expanded).
 */
function reportVerdict(deliveryStatus: string | undefined): {
  failure: boolean;
  failed: RecipientStatus | null;
  reason: string;
} {
  const recipients = deliveryStatus === undefined ? [] : parseDeliveryStatus(deliveryStatus);
  const failed = recipients.find((r) => r.action === 'failed') ?? null;
  if (recipients.length > 0 && !failed) {
    const actions = [...new Set(recipients.map((r) => r.action || 'no action'))].join(', ');
    return { failure: false, failed, reason: `a delivery-status report: ${actions}, not failed` };
  }
  return { failure: true, failed, reason: 'a delivery-status report' };
}

function isDeliveryReport(contentType: string): boolean {
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  return (
    type === 'multipart/report' &&
    params.some((p) => /^report-type\s*=\s*"?delivery-status"?$/.test(p))
  );
}

function failedRecipientsOf(headers: HeaderMap): string[] {
  return (headers['x-failed-recipients'] ?? [])
    .flatMap((value) => value.split(','))
    .map((address) => addressOf(address))
    .filter(Boolean);
}

const BOUNCE_SENDER = /^(?:mailer-daemon|postmaster)(?:[+-][^@]*)?@/i;
const BOUNCE_SUBJECT =
  /^\s*(?:undeliverable|undelivered mail|delivery status notification \(failure\)|mail delivery (?:failed|failure|system)|failure notice|returned mail|delivery failure|non-?delivery|message not delivered)\b/i;

function isOldStyleBounce(headers: HeaderMap): boolean {
  const from = (headers['from'] ?? []).map(addressOf);
  const subject = headers['subject'] ?? [];
  return from.some((f) => BOUNCE_SENDER.test(f)) && subject.some((s) => BOUNCE_SUBJECT.test(s));
}

export interface RecipientStatus {
  recipient: string | null;
  action: string;
  status: string | null;
  diagnostic: string | null;
}

/**
 * The per-recipient fields of a `message/delivery-status` part (RFC 3464 §2.3): one block per
 * recipient after the message's own block, separated by blank lines; long fields folded over
 * indented lines.
 */
export function parseDeliveryStatus(text: string): RecipientStatus[] {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  const recipients: RecipientStatus[] = [];
  for (const block of blocks) {
    const fields = fieldsOf(block);
    const recipient = fields.get('final-recipient') ?? fields.get('original-recipient');
    if (recipient === undefined && !fields.has('action')) continue;
    recipients.push({
      recipient: recipient ? addressOf(recipient.replace(/^[^;]*;\s*/, '')) : null,
      action: (fields.get('action') ?? '').toLowerCase(),
      status: fields.get('status') ?? null,
      diagnostic: fields.get('diagnostic-code') ?? null,
    });
  }
  return recipients;
}

function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  const unfolded = block.replace(/\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}
