import type Handlebars from 'handlebars';
import { quoteStatute } from './statutes';
import { formatShortDate, formatUkDate } from './uk-dates';

const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** The items of a list variable: an array of strings, or a string with one item a line. */
export function listItems(value: unknown): string[] {
  const lines = Array.isArray(value)
    ? value.map((item) => String(item))
    : typeof value === 'string'
      ? value.split(/\r?\n/)
      : [];
  return lines.map((line) => line.replace(BULLET, '').trim()).filter((line) => line !== '');
}

function formatList(value: unknown): string {
  const items = listItems(value);
  if (items.length === 0) throw new Error('list needs at least one item');
  return items.map((item) => `- ${item}`).join('\n');
}

/**
 * Handlebars passes its options object as the last argument; each helper takes exactly the
 * arguments it names, so a template that passes the wrong number fails at load, not in a letter.
 */
export const LETTER_HELPERS = {
  ukDate: { arity: 1, fn: formatUkDate },
  shortDate: { arity: 1, fn: formatShortDate },
  statute: { arity: 1, fn: quoteStatute },
  list: { arity: 1, fn: formatList },
  eq: { arity: 2, fn: (a: unknown, b: unknown) => a === b },
} as const;

export type LetterHelperName = keyof typeof LETTER_HELPERS;

export function isLetterHelper(name: string): name is LetterHelperName {
  return Object.prototype.hasOwnProperty.call(LETTER_HELPERS, name);
}

export function registerLetterHelpers(hb: typeof Handlebars): void {
  for (const [name, helper] of Object.entries(LETTER_HELPERS)) {
    hb.registerHelper(name, (...args: unknown[]) =>
      (helper.fn as (...values: unknown[]) => unknown)(...args.slice(0, helper.arity)),
    );
  }
}
