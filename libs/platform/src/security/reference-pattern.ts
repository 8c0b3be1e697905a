import { RE2JS } from 're2js';

/**
 * An authority's reference pattern is typed by a person, so it must never run on a backtracking
 * engine: `^(a+)+$` against thirty a's and a "!" froze the whole process on JavaScript's RegExp.
 * RE2 matches in time linear in the input, whatever the pattern; it has no backreferences or
 * lookarounds, and a pattern it cannot compile is refused when it is set.
 */
export function referencePatternProblem(pattern: string): string | null {
  try {
    RE2JS.compile(pattern);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Whether `reference` looks like the pattern (anywhere in it, as RegExp.test did; anchors say
 * otherwise). A stored pattern RE2 cannot compile (set before patterns were checked with RE2)
 * proves nothing, so it refuses nothing.
 */
export function matchesReferencePattern(pattern: string, reference: string): boolean {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch {
    return true;
  }
  return compiled.matcher(reference).find();
}
