import type { AutoReplySignals, HeaderMap } from './correspondence.types';

/**
 * Whether an email was sent by a machine on someone's behalf (an out-of-office, a vacation
 * notice, an auto-responder) rather than written as an answer. Such an email is kept and shown
 * on the request but never counts as the authority's answer.
 *
 * The signals, each of which is enough on its own:
 * - `Auto-Submitted` with any value but `no` (RFC 3834; Exchange and Gmail set `auto-replied`);
 * - `X-Autoreply` or `X-Autorespond` (older auto-responders), unless `no` or `false`;
 * - `Precedence: auto_reply`, `bulk` or `junk`;
 * - a `multipart/report` content type: a read receipt or delivery report, not a person's words;
 * - a subject as Outlook/Exchange, Gmail and others write it, in English and the languages
 *   Outlook localises it into: "Automatic reply:", "Auto-reply:", "Out of Office:", "Autosvar:",
 *   "Automatische Antwort:", "Réponse automatique :";
 * - a sender whose mailbox is an auto-responder's: mailer-daemon, postmaster, autoreply,
 *   auto-responder, vacation.
 *
 * A no-reply sender ("noreply@", "no-reply@", "do-not-reply@") is NOT enough: the case-management
 * systems universities answer FOI requests with send real acknowledgements, extensions and
 * responses from exactly such addresses, and an answer taken for an out-of-office would leave the
 * clock running against a request that has been answered. Those emails are auto-replies only
 * when a header or the subject says so too.
 */
export function autoReplySignals(
  headers: HeaderMap,
  subject: string,
  from: string,
): AutoReplySignals {
  const reasons = [...headerSignals(headers), ...subjectSignals(subject), ...senderSignals(from)];
  return { isAutoReply: reasons.length > 0, reasons };
}

function valuesOf(headers: HeaderMap, name: string): readonly string[] {
  return headers[name] ?? [];
}

/** The value without its parameters, lower case: "auto-replied; owner-email=x" → "auto-replied". */
function token(value: string): string {
  return value.split(';')[0].trim().toLowerCase();
}

function headerSignals(headers: HeaderMap): string[] {
  const reasons: string[] = [];
  for (const value of valuesOf(headers, 'auto-submitted'))
    if (token(value) !== 'no') reasons.push(`Auto-Submitted: ${value.trim()}`);
  for (const [name, label] of [
    ['x-autoreply', 'X-Autoreply'],
    ['x-autorespond', 'X-Autorespond'],
  ] as const)
    for (const value of valuesOf(headers, name))
      if (!['no', 'false'].includes(token(value))) reasons.push(`${label}: ${value.trim()}`);
  for (const value of valuesOf(headers, 'precedence'))
    if (['auto_reply', 'bulk', 'junk'].includes(token(value)))
      reasons.push(`Precedence: ${value.trim()}`);
  for (const value of valuesOf(headers, 'content-type'))
    if (token(value) === 'multipart/report') reasons.push(`Content-Type: ${token(value)}`);
  return reasons;
}

/** Auto-reply subjects as mail programs write them, at the start of the subject. */
const AUTO_SUBJECT = new RegExp(
  '^\\s*\\[?\\s*(?:' +
    [
      'automatic reply',
      'auto(?:matic)?[ -]?(?:reply|response|answer)',
      'out of (?:the )?office(?: auto ?reply)?',
      'away from (?:the )?office',
      'on (?:annual )?leave',
      'autosvar', // Swedish, Norwegian, Danish
      'automatisk svar',
      'automatische antwort', // German
      'abwesenheitsnotiz',
      'r[ée]ponse automatique', // French
      'respuesta autom[áa]tica', // Spanish
      'risposta automatica', // Italian
      'automatisch antwoord', // Dutch
      'automaattinen vastaus', // Finnish
      'resposta autom[áa]tica', // Portuguese
    ].join('|') +
    ')\\b',
  'i',
);

function subjectSignals(subject: string): string[] {
  const match = AUTO_SUBJECT.exec(subject);
  return match ? [`subject "${match[0].replace(/^\s*\[?\s*/, '')}"`] : [];
}

/** Mailboxes that only ever answer automatically (not no-reply: see above). */
const AUTO_SENDER =
  /^(?:mailer-daemon|postmaster|auto-?reply|auto-?responder|autoresponder|vacation|out-?of-?office)(?:[+-][^@]*)?@/i;

function senderSignals(from: string): string[] {
  const address = addressOf(from);
  return AUTO_SENDER.test(address) ? [`sender ${address}`] : [];
}

/** The address in "Jane Smith <jane@example.ac.uk>", or the whole value when it is bare. */
export function addressOf(from: string): string {
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(from);
  return (angle ? angle[1] : from).trim().toLowerCase();
}
