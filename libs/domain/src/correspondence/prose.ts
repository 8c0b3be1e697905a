/**
 * An email's own words as the rules read them: one line of sentences, spaces and quotation marks
 * made plain so a phrase matches across a line break, with the paragraph every FOI letter ends on
 * (your right to an internal review and to complain to the Commissioner) left out. That paragraph
 * is in acknowledgements, responses and reviews alike, and it names "internal review" and
 * "outcome", so it would pull every answer towards an internal-review response.
 *
 * Each sentence remembers whether it is hypothetical ("If we need to extend the deadline, we will
 * tell you"): such a sentence says what might happen, not what is happening, so the rules count
 * its phrases for less.
 */

export interface Sentence {
  start: number;
  end: number;
  hypothetical: boolean;
}

export interface Prose {
  /** The sentences kept, joined by single spaces. */
  text: string;
  sentences: Sentence[];
}

/** The rights-of-appeal paragraph in its usual sentences. */
const APPEAL_RIGHTS: readonly RegExp[] = [
  /^if you (?:are|remain|were|feel|continue to be) (?:still )?(?:not (?:happy|satisfied|content)|unhappy|dissatisfied|aggrieved)/i,
  /^if you (?:wish|want|would like|decide) to (?:complain|appeal|make a complaint|request an internal review|ask for an internal review|request a review|ask for a review)/i,
  /\byou (?:have the|also have the) right to (?:request|ask|appeal|complain|apply)/i,
  /\byou (?:may|can|could) (?:then )?(?:request|require|ask for|apply|complain|appeal|contact the information commissioner|write to the information commissioner)/i,
  /\b(?:ico\.org\.uk|wycliffe house|water lane,? wilmslow|itspublicknowledge\.info|scottish information commissioner'?s office)/i,
  /\b(?:complaints?|internal review) (?:procedure|process) (?:is|can be found|is available|is set out)/i,
  /\b(?:internal reviews?|review requests?|complaints?|appeals?)\b[^.]{0,60}\b(?:should|must|can|may) be (?:made|submitted|sent|addressed|requested|lodged|received)\b/i,
];

/**
 * Sentences that say what might happen rather than what is happening: conditions ("If…",
 * "Should…") and speculation ("may well exceed the cost limit", "may be exempt").
 */
const HYPOTHETICAL = [
  // Not "If you could clarify…": a polite request, not a condition.
  /^(?:if(?! you (?:could|would|can) (?:please )?(?:clarify|confirm|specify|let us know|tell us))|should|where|unless|in the event|in case|whether)\b/i,
  /\b(?:may|might|could) (?:need|have) to\b/i,
  /\b(?:may|might)(?: well| also)? (?:be|exceed|engage|apply|require|take|fall|contain|include)\b/i,
];

/** The email's own words prepared for the rules (see above). */
export function proseOf(own: string): Prose {
  const sentences: Sentence[] = [];
  const kept: string[] = [];
  let offset = 0;
  for (const sentence of sentencesOf(withoutContractions(plain(own)))) {
    if (APPEAL_RIGHTS.some((pattern) => pattern.test(sentence))) continue;
    const hypothetical = HYPOTHETICAL.some((pattern) => pattern.test(sentence));
    sentences.push({ start: offset, end: offset + sentence.length, hypothetical });
    kept.push(sentence);
    offset += sentence.length + 1;
  }
  return { text: kept.join(' '), sentences };
}

/** Curly quotes, non-breaking and zero-width spaces and soft hyphens made plain. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, '');
}

/**
 * Contractions spelt out, so one row matches "we don't hold" and "we do not hold": informal
 * replies write "won't", "we've", "I'm".
 */
function withoutContractions(text: string): string {
  return text
    .replace(/\bwon't\b/gi, (m) => (m[0] === 'W' ? 'Will not' : 'will not'))
    .replace(/\bcan't\b/gi, (m) => (m[0] === 'C' ? 'Cannot' : 'cannot'))
    .replace(/\bshan't\b/gi, 'shall not')
    .replace(/\b(\w+)n't\b/gi, '$1 not')
    .replace(/\b(I|you|we|they)'(ve|re|ll)\b/gi, (_m, who: string, verb: string) => {
      const full: Record<string, string> = { ve: 'have', re: 'are', ll: 'will' };
      return `${who} ${full[verb.toLowerCase()]}`;
    })
    .replace(/\bI'm\b/g, 'I am')
    .replace(/\b(it|that|there|here|what)'s\b/gi, '$1 is');
}

/**
 * Paragraphs split at blank lines, then at a full stop, question or exclamation mark before a
 * capital; spaces inside each sentence collapsed so a phrase matches across a line break.
 */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const sentence of flat.split(/(?<=[.!?])\s+(?=["'(]?[A-Z])/)) sentences.push(sentence);
  }
  return sentences;
}

/** Whether the text at `index` of the prose is in a hypothetical sentence. */
export function isHypotheticalAt(prose: Prose, index: number): boolean {
  for (const sentence of prose.sentences)
    if (index >= sentence.start && index < sentence.end) return sentence.hypothetical;
  return false;
}

/** The sentence of the prose that holds `index`. */
export function sentenceAt(prose: Prose, index: number): string {
  for (const sentence of prose.sentences)
    if (index >= sentence.start && index < sentence.end)
      return prose.text.slice(sentence.start, sentence.end);
  return '';
}
