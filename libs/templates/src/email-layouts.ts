import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { formatUkDate } from './uk-dates';

/** An email's two parts, each a compiled layout from templates/emails. */
export interface EmailLayouts {
  text: HandlebarsTemplateDelegate;
  html: HandlebarsTemplateDelegate;
}

/**
 * `<name>.txt.hbs` and `<name>.html.hbs` from `dir`, compiled once on an isolated strict
 * Handlebars instance with the `ukDate` helper: HTML escaped in the HTML part only.
 */
export function loadEmailLayouts(dir: string, name: string): EmailLayouts {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('ukDate', (value: string) => formatUkDate(value));
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    text: handlebars.compile(read(`${name}.txt.hbs`), { strict: true, noEscape: true }),
    html: handlebars.compile(read(`${name}.html.hbs`), { strict: true }),
  };
}
