import { normaliseExemptions } from '../exemptions/exemptions';

/**
 * The exemptions a response cites, in the order it cites them, in the tracker's one spelling
 * (`s43(2)`, `reg12(5)(e)`): "section 43(2)", "s.43", "S 41", "exemption under section 41 of the
 * Act", "sections 40(2), 41 and 43(2)", "s.40(2) and 40(3A)", "regulation 12(5)(e) and (f)".
 *
 * Only sections and regulations that are grounds for withholding count: FOIA and FOISA sections
 * 21 to 44 and the cost limit and vexatious requests (12, 14); EIR regulation 12(3), 12(4), 12(5),
 * 12(6) (neither confirm nor deny) and 13, and the EISR's regulation 10(4), 10(5) and 10(8). A response also cites the sections that
 * give the right of access or set the procedure (section 1, 10, 16, 17, 50; regulation 5, 7, 11),
 * and those are not exemptions. EISR regulation 11 (personal data) is left out because EIR
 * regulation 11 is the internal review: the officer adds it by hand.
 */
export interface CitedExemptions {
  exemptions: string[];
  /** The citations as written, for the reasons shown to the officer. */
  phrases: string[];
}

const NUMBER = '(\\d{1,3}[A-Za-z]?)(?![A-Za-z0-9])';
const PARTS = '((?:\\s*\\(\\s*(?:\\d{1,3}[A-Za-z]?|[A-Za-z]{1,2}|[ivxlIVXL]{1,6})\\s*\\))*)';

/** "section", "sections", "sect.", "sec.", "s.", "ss.", "§"; or "regulation(s)", "reg(s).". */
const HEAD = new RegExp(
  `(?<![A-Za-z0-9])(?:(sections?|sect\\.?|sec\\.?|ss?\\.?|§§?)|(regulations?|regs?\\.?))\\s*${NUMBER}${PARTS}`,
  'gi',
);
/**
 * ", 41", " and 43(2)", " & 40(3A)" after a citation. A bare number with no parts ("and 41")
 * counts only after a plural ("sections 40 and 41"): after "section 43(2)", "and 25 documents" is
 * not a citation. A citation with its own word ("and regulation 13") starts afresh.
 */
const NEXT_NUMBER = new RegExp(
  `^(?:\\s*,\\s*(?:and\\s+|or\\s+|&\\s*)?|\\s+and\\s+|\\s*&\\s*|\\s+or\\s+|\\s*/\\s*)${NUMBER}${PARTS}`,
  'i',
);
/** " and (3)": another part beside the last one ("section 40(2) and (3)" is also 40(3)). */
const NEXT_PART =
  /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s*&\s*|\s+or\s+)\(\s*([A-Za-z0-9]{1,4})\s*\)/i;

const PLURAL = /^(?:sections|ss\.?|§§|regulations|regs\.?)$/i;

const GROUND_SECTIONS = new Set([12, 14, ...Array.from({ length: 24 }, (_, i) => 21 + i)]);

/** Every exemption cited in the text (see above). */
export function findCitedExemptions(text: string): CitedExemptions {
  const citations: string[] = [];
  const phrases: string[] = [];
  const heads = new RegExp(HEAD.source, HEAD.flags);
  for (let head = heads.exec(text); head; head = heads.exec(text)) {
    const isRegulation = head[2] !== undefined;
    const plural = PLURAL.test(head[1] ?? head[2]);
    let end = head.index + head[0].length;
    const found: Citation[] = [{ number: head[3], parts: partsOf(head[4]) }];
    for (let next = nextCitation(text, end, plural, found); next;) {
      found.push(next.citation);
      end = next.end;
      next = nextCitation(text, end, plural, found);
    }
    const phrase = text.slice(head.index, end).trim();
    heads.lastIndex = end;
    const grounds = found.filter((c) => isGround(isRegulation, c));
    if (grounds.length === 0) continue;
    const word = isRegulation ? 'regulation' : 'section';
    for (const c of grounds)
      citations.push(`${word} ${c.number}${c.parts.map((p) => `(${p})`).join('')}`);
    phrases.push(phrase);
  }
  return { exemptions: normaliseExemptions(citations), phrases };
}

interface Citation {
  number: string;
  parts: string[];
}

/** The citation listed right after `end` ("…, 41", "… and (3)"), if there is one. */
function nextCitation(
  text: string,
  end: number,
  plural: boolean,
  found: readonly Citation[],
): { citation: Citation; end: number } | null {
  const rest = text.slice(end, end + 60);
  const number = NEXT_NUMBER.exec(rest);
  if (number && (plural || number[2] !== '')) {
    return {
      citation: { number: number[1], parts: partsOf(number[2]) },
      end: end + number[0].length,
    };
  }
  const part = NEXT_PART.exec(rest);
  const last = found[found.length - 1];
  if (part && last.parts.length > 0) {
    const parts = [...last.parts.slice(0, -1), part[1]];
    return { citation: { number: last.number, parts }, end: end + part[0].length };
  }
  return null;
}

function partsOf(parts: string | undefined): string[] {
  return [...(parts ?? '').matchAll(/\(\s*([^)\s]+)\s*\)/g)].map((m) => m[1]);
}

/** Whether a section or regulation is a ground for withholding (see above). */
function isGround(isRegulation: boolean, { number, parts }: Citation): boolean {
  const n = Number.parseInt(number, 10);
  if (!isRegulation) return GROUND_SECTIONS.has(n);
  if (n === 13) return true;
  if (n === 12) return ['3', '4', '5', '6'].includes(parts[0] ?? '');
  if (n === 10) return ['4', '5', '8'].includes(parts[0] ?? '');
  return false;
}
