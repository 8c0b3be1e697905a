import type { ResponseOutcome, ReviewOutcome } from '../lifecycle/lifecycle.types';
import { findCitedExemptions } from './cited-exemptions';
import {
  HINT,
  KIND_RULES,
  KindRule,
  LIFECYCLE_ORDER,
  OUTCOME_DECISIONS,
  OUTCOME_RULES,
  OutcomeSignal,
  REVIEW_OUTCOME_RULES,
} from './classification-rules';
import type {
  ClassificationSuggestion,
  InboundEmailText,
  SuggestedKind,
} from './correspondence.types';
import { findExtensionDate } from './extension-date';
import { isHypotheticalAt, plain, proseOf } from './prose';
import type { Prose } from './prose';
import { splitQuotedText } from './quoted-text';
import type { SplitText } from './quoted-text';
import { authorityReferenceIn } from './references';

/**
 * What an authority's email is, suggested for an officer to confirm: its kind; for a response
 * its outcome and the exemptions it cites; for an internal-review response its outcome; for an
 * extension the new date it states; the authority's reference; and the phrases behind each part.
 *
 * Only the email's own words decide (quoted earlier mail is set aside: quoted-text.ts), read
 * against the rule tables of classification-rules.ts. `receivedOn` is the London date the email
 * arrived (YYYY-MM-DD): it gives the year of a date written without one ("by 15 January").
 * Nothing is guessed: an outcome or date the email does not state is null.
 */
export function suggestClassification(
  email: InboundEmailText,
  receivedOn: string,
): ClassificationSuggestion {
  const text = splitQuotedText(email.text.slice(0, MAX_BODY), email.subject);
  const prose = proseOf(text.own.slice(0, MAX_OWN_WORDS));
  const { kind, found } = strongestKind(kindMatches(prose, authoritysOwnSubject(email.subject)));
  const parts: Part[] = [
    kindPart(kind, found),
    kind === 'response' || kind === 'internal-review-response' ? answerPart(kind, prose) : NOTHING,
    kind === 'extension' ? extensionPart(prose, receivedOn) : NOTHING,
    referencePart(email.subject, text),
  ];
  const empty: ClassificationSuggestion = {
    kind,
    outcome: null,
    exemptions: [],
    extendedTo: null,
    authorityReference: null,
    reasons: [],
  };
  return parts.reduce<ClassificationSuggestion>(
    (suggestion, part) => ({
      ...suggestion,
      ...part.fields,
      reasons: [...suggestion.reasons, ...part.reasons],
    }),
    empty,
  );
}

/** Some fields of the suggestion with the reasons for them. */
interface Part {
  fields: Partial<ClassificationSuggestion>;
  reasons: string[];
}

const NOTHING: Part = { fields: {}, reasons: [] };

function kindPart(kind: SuggestedKind, found: readonly Found[]): Part {
  const reasons = found.length
    ? found.slice(0, 3).map((m) => `${kind}: "${m.quote}"`)
    : ['no phrase of a known kind of letter found'];
  return { fields: {}, reasons };
}

/** A response's or review's exemptions and outcome. */
function answerPart(kind: 'response' | 'internal-review-response', prose: Prose): Part {
  const cited = findCitedExemptions(prose.text);
  const reasons = cited.phrases.length
    ? [`exemptions: ${[...new Set(cited.phrases.map((p) => `"${quote(p)}"`))].join(', ')}`]
    : [];
  const outcome =
    kind === 'response'
      ? responseOutcome(prose, cited.exemptions.length > 0)
      : reviewOutcome(prose);
  if (outcome) reasons.push(...outcome.phrases.map((p) => `${outcome.outcome}: "${p}"`));
  return { fields: { exemptions: cited.exemptions, outcome: outcome?.outcome ?? null }, reasons };
}

function extensionPart(prose: Prose, receivedOn: string): Part {
  const date = findExtensionDate(prose, receivedOn);
  if (!date) return NOTHING;
  return {
    fields: { extendedTo: date.iso },
    reasons: [`extended to ${date.iso}: "${quote(date.phrase)}"`],
  };
}

function referencePart(subject: string, text: SplitText): Part {
  const reference = authorityReferenceIn(subject, text);
  if (!reference) return NOTHING;
  return {
    fields: { authorityReference: reference.reference },
    reasons: [`authority reference: "${quote(reference.phrase)}"`],
  };
}

/**
 * How much of an email is read. A letter says what it is in its first pages, and what follows a
 * long reply is quoted history or the information itself; the limits bound the time a huge or
 * hostile email can take (about 2 ms for the rules at most) without changing any ordinary one.
 */
const MAX_BODY = 200_000;
const MAX_OWN_WORDS = 20_000;

interface Found {
  rule: KindRule;
  weight: number;
  quote: string;
}

/**
 * The subject when the authority wrote it; empty when it is a reply or forward ("RE:", "AW:",
 * "SV:", "Fwd:"), whose words are ours.
 */
function authoritysOwnSubject(subject: string): string {
  return /^\s*(?:\[[^\]]*\]\s*)?(?:re|aw|sv|vs|antw|odp|ref|rif|r|fwd?|wg|tr)\s*:/i.test(subject)
    ? ''
    : plain(subject);
}

const KIND_MATCHERS = KIND_RULES.map((rule) => ({ rule, global: globalOf(rule.phrase) }));
const OUTCOME_MATCHERS = OUTCOME_RULES.map((rule) => ({ rule, global: globalOf(rule.phrase) }));
const REVIEW_MATCHERS = REVIEW_OUTCOME_RULES.map((rule) => ({
  rule,
  global: globalOf(rule.phrase),
}));

function globalOf(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
}

/** Each row found, once, at its weight (a HINT when only found in hypothetical sentences). */
function kindMatches(prose: Prose, subject: string): Found[] {
  const found: Found[] = [];
  for (const { rule, global } of KIND_MATCHERS) {
    if (rule.subject) {
      const match = rule.phrase.exec(subject);
      if (match) found.push({ rule, weight: rule.weight, quote: quoteOf(subject, match) });
      continue;
    }
    const best = bestOccurrence(prose, global, rule.weight);
    if (best) found.push({ rule, weight: best.weight, quote: quoteOf(prose.text, best.match) });
  }
  return found;
}

/** The first occurrence outside a hypothetical sentence, else the first one, as a HINT. */
function bestOccurrence(
  prose: Prose,
  pattern: RegExp,
  weight: number,
): { weight: number; match: RegExpMatchArray } | null {
  let hypothetical: { weight: number; match: RegExpMatchArray } | null = null;
  for (const match of prose.text.matchAll(pattern)) {
    if (!isHypotheticalAt(prose, match.index ?? 0)) return { weight, match };
    hypothetical ??= { weight: Math.min(weight, HINT), match };
  }
  return hypothetical;
}

/** The kind with the strongest phrase; on equal strength, the one later in a request's life. */
function strongestKind(found: Found[]): { kind: SuggestedKind; found: Found[] } {
  if (found.length === 0) return { kind: 'other', found };
  const best = (kind: SuggestedKind) =>
    Math.max(0, ...found.filter((f) => f.rule.kind === kind).map((f) => f.weight));
  let kind: SuggestedKind = 'other';
  for (const candidate of LIFECYCLE_ORDER) if (best(candidate) >= best(kind)) kind = candidate;
  const ofKind = found.filter((f) => f.rule.kind === kind).sort((a, b) => b.weight - a.weight);
  return { kind, found: ofKind };
}

/** The first phrase of a row found outside hypothetical sentences and not negated. */
function firstPhrase(prose: Prose, pattern: RegExp, negatable: boolean): string | null {
  for (const match of prose.text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (isHypotheticalAt(prose, index)) continue;
    if (negatable && NEGATED.test(prose.text.slice(Math.max(0, index - 40), index))) continue;
    return quoteOf(prose.text, match);
  }
  return null;
}

/** "No information has been withheld": a negation within three words before the phrase. */
const NEGATED = /\b(?:no|not|none|nothing|neither|nor|never)\b(?:\s+\S+){0,3}\s*$/i;

function responseOutcome(
  prose: Prose,
  exemptionsCited: boolean,
): { outcome: ResponseOutcome; phrases: string[] } | null {
  const signals = new Map<OutcomeSignal, string>();
  for (const { rule, global } of OUTCOME_MATCHERS) {
    if (signals.has(rule.signal)) continue;
    const phrase = firstPhrase(prose, global, rule.negatable === true);
    if (phrase) signals.set(rule.signal, phrase);
  }
  if (exemptionsCited && !signals.has('withheld')) signals.set('withheld', 'exemptions cited');
  const decision = OUTCOME_DECISIONS.find((d) => d.when.every((s) => signals.has(s)));
  if (!decision) return null;
  return { outcome: decision.outcome, phrases: decision.when.map((s) => signals.get(s)!) };
}

function reviewOutcome(prose: Prose): { outcome: ReviewOutcome; phrases: string[] } | null {
  let best: { outcome: ReviewOutcome; weight: number; phrase: string } | null = null;
  for (const { rule, global } of REVIEW_MATCHERS) {
    if (best && best.weight >= rule.weight) continue;
    const phrase = firstPhrase(prose, global, rule.negatable === true);
    if (phrase) best = { outcome: rule.outcome, weight: rule.weight, phrase };
  }
  return best ? { outcome: best.outcome, phrases: [best.phrase] } : null;
}

/** A phrase as found, carried on to the end of the word or sum it stops in ("charge of £180.00"). */
function quoteOf(text: string, match: RegExpMatchArray): string {
  const end = (match.index ?? 0) + match[0].length;
  const rest = /^[\p{L}\p{N}']*(?:[.,]\d+)*/u.exec(text.slice(end))?.[0] ?? '';
  return quote(match[0] + rest);
}

/** A short quote for the reasons: spaces collapsed, at most 80 characters. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 80 ? flat : `${flat.slice(0, 79)}…`;
}
