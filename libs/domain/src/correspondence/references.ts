import { plain } from './prose';
import { splitQuotedText } from './quoted-text';
import type { SplitText } from './quoted-text';

/**
 * Our reference, as the tracker writes it: `FOI-2026-0012`, the year of the request and its
 * number padded to four digits (five or more past 9,999). People and mail systems retype it, so
 * any case, spaces or an underscore or dash of another width in place of a hyphen, and no
 * separator between "FOI" and the year, are still ours: "foi-2026-0012", "FOI 2026 0012",
 * "FOI–2026–0012", "FOI2026-0012". They all come back as `FOI-2026-0012`.
 *
 * The number must have its four digits. "FOI-2026-12" and "FOI 2026/123" are left alone:
 * authorities number their own requests in just those shapes, and matching an email to the wrong
 * request is worse than leaving it in the holding pen, where an officer assigns it in one click.
 */
const OUR_REFERENCE =
  /(?<![A-Za-z0-9])FOI[ \t]*[-_\u2013\u2014]?[ \t]*(20\d{2})(?:[ \t]*[-_\u2013\u2014][ \t]*|[ \t]+)(\d{4,6})(?![0-9])/gi;

/** Our reference in the subject, else the body's own words, else what the body quotes. */
export function findOurReference(subject: string, text: string): string | null {
  const { own, quoted } = splitQuotedText(text, subject);
  for (const where of [subject, own, quoted]) {
    const match = firstOurReference(where);
    if (match) return match;
  }
  return null;
}

function firstOurReference(text: string): string | null {
  for (const match of text.matchAll(OUR_REFERENCE))
    return `FOI-${match[1]}-${String(Number(match[2])).padStart(4, '0')}`;
  return null;
}

function isOurReference(text: string): boolean {
  return firstOurReference(text) !== null;
}

/**
 * The authority's own reference, where the email labels it: "Our ref: FOI 2026/123",
 * "Reference: IR-2026-0042", "Request reference FOI-1234", "Case number 0042/26", or our letter's
 * "(your reference FOI 2026/123)" echoed in a reply's subject, "logged with reference FOI-26-0153".
 * Without a label, a reference that starts "FOI", "EIR" or "IR" counts in the subject and the
 * author's own words ("FOI 2026/123 – Response", "your request FOI 2026/123"), but not a year
 * ("the EIR 2004").
 *
 * Our own reference is never the authority's, whatever it is labelled.
 */
const QUALIFIER =
  '(?:request|case|foi|foisa|eir|information request|internal review|ir|complaint|enquiry)';
const REF = 'ref(?:erence)?\\.?';
const NUMBER_WORD = '(?:number|no\\.?|id)';
/** The labels an authority puts before its reference; a bare "Reference" needs its colon. */
const LABELS = [
  `${REF}\\s*(?:${NUMBER_WORD}\\s*)?[:#]`, // Reference: / Ref no: / Ref #
  `${REF}\\s*(?:number|no\\.?)`, // Ref no 123
  `(?:our|your)\\s+${REF}(?:\\s*${NUMBER_WORD})?\\s*[:#]?`, // Our ref / your reference
  `${QUALIFIER}\\s+(?:${REF}|${NUMBER_WORD})(?:\\s*${NUMBER_WORD})?\\s*[:#]?`, // Case number
  `(?:with|under|using|as)\\s+(?:the\\s+|our\\s+)?${REF}(?:\\s*${NUMBER_WORD})?`, // logged with reference
  `(?:request|case|enquiry)\\s+(?=[A-Za-z]{0,5}[-/ ]?\\d)`, // Response to request 2026-0790
];
const LABEL = new RegExp(`(?<![A-Za-z])(?:${LABELS.join('|')})\\s*(?:is\\s+)?`, 'gi');

/** A reference: an optional word and separator, then digits, with more parts joined by / - _ . */
const TOKEN = /^(?:[A-Za-z]{1,10}[ /_-]?)?\d[A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+)*/;

/** "the EIR 2004", "FOISA 2002": the law's name, not a reference. */
const BARE_YEAR = /^[A-Za-z]+[ /_-]?(?:19|20)\d\d$/;

const UNLABELLED =
  /(?<![A-Za-z0-9])(?:FOI|FOISA|EIR|IR|RFI)[ /_-]?\d[A-Za-z0-9]*(?:[/_.-][A-Za-z0-9]+)*/gi;

export interface AuthorityReference {
  reference: string;
  /** The label and reference as written, for the reasons shown to the officer. */
  phrase: string;
}

/** The authority's reference in the subject, else the body's own words, else what it quotes. */
export function findAuthorityReference(subject: string, text: string): string | null {
  return authorityReferenceIn(subject, splitQuotedText(text, subject))?.reference ?? null;
}

export function authorityReferenceIn(subject: string, text: SplitText): AuthorityReference | null {
  const [plainSubject, own, quoted] = [subject, text.own, text.quoted].map(plain);
  return (
    labelledReference(plainSubject) ??
    unlabelledReference(plainSubject) ??
    labelledReference(own) ??
    unlabelledReference(own) ??
    labelledReference(quoted)
  );
}

function labelledReference(text: string): AuthorityReference | null {
  for (const label of text.matchAll(LABEL)) {
    const at = (label.index ?? 0) + label[0].length;
    const token = TOKEN.exec(text.slice(at, at + 60));
    if (!token) continue;
    const reference = token[0].replace(/[.-]+$/, '');
    if (reference.length < 3 || isOurReference(reference) || /^(?:19|20)\d\d$/.test(reference))
      continue;
    return { reference, phrase: `${label[0]}${reference}`.replace(/\s+/g, ' ').trim() };
  }
  return null;
}

function unlabelledReference(text: string): AuthorityReference | null {
  for (const match of text.matchAll(UNLABELLED)) {
    if (isOurReference(match[0]) || BARE_YEAR.test(match[0])) continue;
    return { reference: match[0], phrase: match[0] };
  }
  return null;
}

/**
 * One spelling of an authority's reference for comparing them: "FOI 2026/123", "foi2026/123" and
 * "FOI-2026-123" are the same request at one authority.
 */
export function authorityReferenceKey(reference: string): string {
  return reference.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
