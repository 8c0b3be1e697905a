import { listItems } from './letter-helpers';
import { TemplateVariablesError, type VariableProblems } from './template-errors';
import type { RenderContext, VariableDefinition } from './template.types';
import { toLondonDate } from './uk-dates';

export interface RenderRequirements {
  id: string;
  variables: VariableDefinition[];
  requiredContext: string[];
}

/** An address a reply can go to: something@somewhere.tld, no spaces (not the full RFC 5322). */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

type Checked = { value: unknown } | { invalid: string };

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return listItems(value).length === 0;
  return false;
}

function checkValue(variable: VariableDefinition, value: unknown): Checked {
  if (variable.type === 'date') {
    const date = toLondonDate(value);
    return date === undefined ? { invalid: 'must be a date (YYYY-MM-DD)' } : { value: date };
  }
  if (variable.type === 'list') {
    const ok =
      typeof value === 'string' ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    return ok ? { value: listItems(value) } : { invalid: 'must be a list of text' };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return { invalid: 'must be text' };
  const text = String(value).trim();
  if (variable.type === 'email' && !EMAIL.test(text)) {
    return { invalid: 'must be an email address, like name@example.ac.uk' };
  }
  if (variable.oneOf && !variable.oneOf.includes(text)) {
    return { invalid: `must be one of ${variable.oneOf.join(', ')}` };
  }
  return { value: text };
}

function readPath(context: RenderContext, path: string): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Checks every variable and the context a letter needs, all at once, and returns the data to
 * render it with. Absent optional variables are present as `undefined` (strict mode would
 * otherwise refuse even `{{#if name}}`), and absent context objects are `{}` so that
 * `{{#if sender.email}}` is simply false.
 */
export function prepareRenderData(
  template: RenderRequirements,
  variables: Record<string, unknown>,
  context: RenderContext,
): Record<string, unknown> {
  const problems: VariableProblems = { missing: [], unknown: [], invalid: {} };
  const declared = new Set(template.variables.map(({ name }) => name));
  problems.unknown = Object.keys(variables).filter((name) => !declared.has(name));

  const data: Record<string, unknown> = {
    authority: context.authority ?? {},
    sender: context.sender ?? {},
    request: context.request ?? {},
    reference: context.reference,
    today: context.today,
  };
  if (context.today !== undefined) {
    data.today = toLondonDate(context.today);
    if (data.today === undefined) problems.invalid.today = 'must be a date (YYYY-MM-DD)';
  }
  for (const variable of template.variables) {
    const raw = Object.prototype.hasOwnProperty.call(variables, variable.name)
      ? variables[variable.name]
      : undefined;
    data[variable.name] = undefined;
    if (isBlank(raw)) {
      if (variable.required) problems.missing.push(variable.name);
      continue;
    }
    const checked = checkValue(variable, raw);
    if ('invalid' in checked) problems.invalid[variable.name] = checked.invalid;
    else data[variable.name] = checked.value;
  }
  for (const path of template.requiredContext) {
    if (isBlank(readPath(context, path))) problems.missing.push(path);
  }

  const { missing, unknown, invalid } = problems;
  if (missing.length || unknown.length || Object.keys(invalid).length) {
    throw new TemplateVariablesError(template.id, problems);
  }
  return data;
}
