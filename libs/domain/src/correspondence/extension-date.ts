import { mentionedDates } from './mentioned-dates';
import type { Prose } from './prose';
import { isHypotheticalAt } from './prose';

/**
 * The date an extension letter says the answer will come by: "we now aim to respond by 15 January
 * 2027", "by 15/01/2027", "on or before Friday 15th January", "extend the deadline to 15 January
 * 2027", "the new deadline is 15 January 2027".
 *
 * A date counts only when the words just before it, in its own sentence, set a date to answer by;
 * "your request, received on 3 December" does not. When several do ("we were due to respond by
 * 10 December; we now aim to respond by 15 January"), the latest is the new date: an extension
 * only ever moves the answer later. "A further 20 working days" states no date, and none is
 * guessed: the officer or the calendar works it out.
 */
export interface ExtensionDate {
  iso: string;
  /** The words that set it, for the reasons shown to the officer. */
  phrase: string;
}

/** Words that end just before a date to answer by. */
const SETS_A_DATE =
  /(?:\bby|\buntil|\btill|\bbefore|\bno later than|\bon or before|\bdeadline (?:is|of|will be|now|has been (?:extended|moved) to|to)|\bextend(?:ed|ing)?\b[^.;]{0,80}?\b(?:to|until)|\b(?:new|revised|extended) (?:deadline|date|response date|due date)(?: for (?:our |a |the )?(?:response|responding|reply|replying))?(?: (?:is|of|will be|now))?|\bresponse (?:date|deadline) (?:is|of|to|will be|has been extended to)|\bdue (?:date )?(?:is|on))\s*[:\u2013-]?\s*(?:on\s+)?(?:the\s+)?$/i;

/** The same sentence must be about answering, so a date in passing is not taken. */
const ABOUT_ANSWERING =
  /\b(?:respond|response|reply|answer|decision|deadline|extend|extension|provide|send|complete|aim|expect|intend|hop(?:e|ing)|due|further time|additional time|let you have|get (?:it|this|them|(?:the|a|our) \w+) to you)/i;

/** How far back from a date the words that set it may start. */
const LOOK_BACK = 120;

/** The new date an extension states, or null when it states none (see above). */
export function findExtensionDate(prose: Prose, receivedOn: string): ExtensionDate | null {
  let best: ExtensionDate | null = null;
  for (const date of mentionedDates(prose.text, receivedOn)) {
    if (isHypotheticalAt(prose, date.index)) continue;
    const before = sameSentenceBefore(prose.text, date.index);
    const cue = SETS_A_DATE.exec(before);
    if (!cue || !ABOUT_ANSWERING.test(before)) continue;
    if (best && date.iso <= best.iso) continue;
    best = { iso: date.iso, phrase: phraseOf(before, cue.index, prose.text, date) };
  }
  return best;
}

/** The words before `index` back to the start of their sentence, at most LOOK_BACK characters. */
function sameSentenceBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - LOOK_BACK), index);
  const boundary = /[.!?;]\s+(?=[^.!?;]*$)/.exec(window);
  return boundary ? window.slice(boundary.index + boundary[0].length) : window;
}

/** A short quote: a few words before the cue through the date. */
function phraseOf(
  before: string,
  cueIndex: number,
  text: string,
  date: { index: number; end: number },
): string {
  const lead = before.slice(0, cueIndex).trim().split(' ').slice(-5).join(' ');
  return `${lead} ${before.slice(cueIndex)}${text.slice(date.index, date.end)}`.trim();
}
