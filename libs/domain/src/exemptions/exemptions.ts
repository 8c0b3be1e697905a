/**
 * Exemptions as officers type them ("section 43(2)", "s.43(2)", "S 43 (2)", "regulation
 * 12(5)(e)", "reg. 12(5)(e)") in one canonical spelling each: `s43(2)` for a section of FOIA or
 * FOISA, `reg12(5)(e)` for a regulation of the EIR or EISR. So one exemption is counted once, the
 * same way on every request.
 *
 * An entry that is not recognisably a section or a regulation ("43(2)" alone, "commercial
 * interests", "s43(2) (commercial interests)") stays as typed, with its spaces tidied: the
 * tracker cannot tell what it stands for, and guessing could merge two different exemptions in
 * the statistics or put words in the authority's mouth. The officer sees it as typed and can
 * correct it.
 */

const SECTION = /^(?:sections?|sect\.?|sec\.?|s\.?|§)\s*(\d{1,3})\s*([a-z])?(?![a-z\d])/i;
const REGULATION = /^(?:regulations?|regs?\.?)\s*(\d{1,3})(?![a-z\d])/i;
/** One bracketed part: a number (with a letter: "(2A)"), a letter, or a roman numeral. */
const PART = /^\s*\(\s*(\d{1,3}[a-z]?|[a-z]|[ivxl]{1,6})\s*\)/i;

/** One exemption in its canonical spelling, or as typed (trimmed) if it is not recognisable. */
export function normaliseExemption(typed: string): string {
  const text = typed.trim().replace(/\s+/g, ' ');
  const section = SECTION.exec(text);
  const regulation = section ? null : REGULATION.exec(text);
  const head = section ?? regulation;
  if (!head) return text;
  let canonical = section
    ? `s${section[1]}${(section[2] ?? '').toUpperCase()}`
    : `reg${regulation![1]}`;
  let rest = text.slice(head[0].length);
  for (let part = PART.exec(rest); part; part = PART.exec(rest)) {
    const inner = part[1];
    canonical += `(${/^\d/.test(inner) ? inner.toUpperCase() : inner.toLowerCase()})`;
    rest = rest.slice(part[0].length);
  }
  return rest.trim() === '' ? canonical : text;
}

/**
 * A list of exemptions as given (each entry may hold several, separated by commas, semicolons or
 * new lines): split, each one normalised, empties dropped, repeats dropped (first one kept).
 */
export function normaliseExemptions(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const entry of entries)
    for (const piece of entry.split(/[,;\n]/)) {
      const exemption = normaliseExemption(piece);
      if (exemption) seen.add(exemption);
    }
  return [...seen];
}
