/**
 * An email's own words, apart from the earlier mail it quotes. A reply from an authority usually
 * quotes our request below it, and our request is full of the words the classifier looks for
 * ("acknowledge receipt", "refusal notice", "exemption"), so only the author's own words may
 * decide what the email is. The quoted part is still kept: our reference and the authority's
 * reference are often found only there.
 *
 * A forwarded email is the other way round: someone forwards the authority's answer into the
 * mailbox with a line of their own, and the forwarded message is what the authority said. Its
 * words count as the email's own.
 */

export interface SplitText {
  /** The author's words (and a forwarded message's), quoted lines and signature left out. */
  own: string;
  /** Everything quoted from earlier mail. */
  quoted: string;
}

/** Where quoted earlier mail starts, the way Outlook/Exchange, Gmail, Apple Mail and others write it. */
const QUOTE_STARTS: readonly { pattern: RegExp; forward: boolean }[] = [
  // Gmail, Thunderbird and Apple Mail forwards.
  { pattern: /^[ \t]*-{5,}[ \t]*Forwarded message[ \t]*-{5,}[ \t]*$/im, forward: true },
  { pattern: /^[ \t]*Begin forwarded message:[ \t]*$/im, forward: true },
  // Outlook's older separator, also Thunderbird's.
  { pattern: /^[ \t]*-{3,}[ \t]*Original Message[ \t]*-{3,}[ \t]*$/im, forward: false },
  // Gmail and Apple Mail: "On Tue, 3 Mar 2026 at 10:15, Jane Smith <jane@…> wrote:", which Gmail
  // wraps over two or three lines when the name and address are long.
  { pattern: /^[ \t]*On [^\n]{1,200}(?:\n[^\n]{0,200}){0,2}?wrote:[ \t]*$/m, forward: false },
  // Outlook/Exchange: the "From: … Sent: … To: … Subject:" block (bold when it came from HTML),
  // sometimes under a line of underscores, which then marks the start.
  { pattern: /^[ \t]*_{10,}[ \t]*\n(?=[ \t]*\*?From:)/m, forward: false },
  {
    pattern:
      /^[ \t]*\*?From:\*?[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date):\*?[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:To|Subject):/m,
    forward: false,
  },
];

/** The subject of a forward: "Fw:", "Fwd:", and Outlook's German and French "WG:", "TR:". */
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|wg|tr)\s*:/i;

/** A signature starts at "-- " on a line of its own (RFC 3676); what follows is not the message. */
const SIGNATURE = /^-- ?$/m;

/** Lines quoted with ">", wherever they are (some people answer between the quoted lines). */
const QUOTED_LINE = /^[ \t]*>/;

/** The headers a forwarded or quoted message repeats at its top, before its body. */
const HEADER_LINE =
  /^[ \t]*\*?(?:From|Sent|Date|To|Cc|Subject|Reply-To|Importance|Attachments):\*?[ \t]/i;

/** Splits an email's body into its author's own words and what it quotes (see above). */
export function splitQuotedText(text: string, subject = ''): SplitText {
  return split(text.replace(/\r\n?/g, '\n'), FORWARD_SUBJECT.test(subject), 0);
}

function split(text: string, forwardedSubject: boolean, depth: number): SplitText {
  const start = firstQuoteStart(text);
  const before = start ? text.slice(0, start.index) : text;
  const after = start ? text.slice(start.index) : '';
  const own = withoutSignature(unquotedLines(before).join('\n'));
  const quotedLines = quotedLinesOf(before);
  const isForward = start !== null && (start.forward || forwardedSubject) && depth < 3;
  if (!isForward) return { own: own.trim(), quoted: [...quotedLines, after].join('\n').trim() };
  // A forward: its body (below its own header lines) is what the authority wrote, with the
  // authority's own quotes of earlier mail set aside in turn.
  const inner = split(bodyAfterHeaders(withoutMarkerLine(after)), false, depth + 1);
  return {
    own: [own.trim(), inner.own].filter(Boolean).join('\n\n'),
    quoted: [...quotedLines, inner.quoted].join('\n').trim(),
  };
}

function firstQuoteStart(text: string): { index: number; forward: boolean } | null {
  let first: { index: number; forward: boolean } | null = null;
  for (const { pattern, forward } of QUOTE_STARTS) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.index)) first = { index: match.index, forward };
  }
  return first;
}

/** The quote without its "---- Forwarded message ----" line; a header block starts at once. */
function withoutMarkerLine(quote: string): string {
  const firstLineEnd = quote.indexOf('\n');
  const firstLine = firstLineEnd < 0 ? quote : quote.slice(0, firstLineEnd);
  return HEADER_LINE.test(firstLine) ? quote : quote.slice(firstLineEnd + 1);
}

function unquotedLines(text: string): string[] {
  return text.split('\n').filter((line) => !QUOTED_LINE.test(line));
}

function quotedLinesOf(text: string): string[] {
  return text.split('\n').filter((line) => QUOTED_LINE.test(line));
}

function withoutSignature(text: string): string {
  const signature = SIGNATURE.exec(text);
  return signature ? text.slice(0, signature.index) : text;
}

/** What follows the "From:/Sent:/To:/Subject:" lines at the top of a forwarded message. */
function bodyAfterHeaders(text: string): string {
  const lines = text.split('\n');
  let i = 0;
  let inHeader = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    // A long To: or Cc: line goes on over indented lines.
    const continues = inHeader && /^[ \t]+\S/.test(line);
    if (HEADER_LINE.test(line) || continues) inHeader = true;
    else if (line.trim() === '') inHeader = false;
    else break;
  }
  return lines.slice(i).join('\n');
}
