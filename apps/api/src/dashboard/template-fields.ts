import { formatTypedDate, parseIsoDate } from '@app/domain';
import type { VariableDefinition } from '@app/templates';
import { DATE_EXAMPLE, formDates } from './forms';

/** Variables that hold paragraphs, not a line: a text area, so line breaks survive. */
const PARAGRAPHS = new Set(['grounds', 'outcomeSought', 'clarification', 'information', 'topic']);

/** "is required" beside a field reads better as "Partner name is required." */
export function besideField(label: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  return /^(is|must|should|cannot|needs)\b/.test(message) ? `${label} ${message}.` : message;
}

/** `requesterName` → "Requester name". */
export function humanise(name: string): string {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface TemplateFieldView extends VariableDefinition {
  id: string;
  inputName: string;
  label: string;
  value: string;
  error: string | undefined;
  multiline: boolean;
  /** Dates are typed as text (day month year): see README, "Dates on forms". */
  date: boolean;
}

/**
 * A letter template's variables as form fields: labelled, typed, what was typed (or known) kept,
 * and the message beside each. `prefix` is the form field's name prefix (`variables.` on the
 * new-request form, where the request's own fields share the form).
 */
export function templateFieldViews(
  fields: readonly VariableDefinition[],
  values: Record<string, string>,
  errors: Record<string, string>,
  options: { idPrefix: string; prefix?: string },
): TemplateFieldView[] {
  const prefix = options.prefix ?? '';
  return fields.map((f) => ({
    ...f,
    id: `${options.idPrefix}-${f.name}`,
    inputName: `${prefix}${f.name}`,
    label: humanise(f.name),
    value: shownValue(f, values[`${prefix}${f.name}`]),
    error: besideField(
      humanise(f.name),
      errors[`${prefix}${f.name}`] ?? errors[`variables.${f.name}`],
    ),
    multiline: f.type === 'list' || PARAGRAPHS.has(f.name),
    date: f.type === 'date',
    description:
      f.type === 'date'
        ? `${f.description.replace(/\s*\(YYYY-MM-DD\)/, '')} For example, ${DATE_EXAMPLE}.`
        : f.description,
  }));
}

/** A date the tracker filled in (YYYY-MM-DD) shown as the hint asks for it; what was typed, as typed. */
function shownValue(field: VariableDefinition, value: string | undefined): string {
  if (value === undefined) return '';
  const known = field.type === 'date' ? parseIsoDate(value) : NaN;
  return Number.isNaN(known) ? value : formatTypedDate(known);
}

/**
 * The letter's variables with its dates as `YYYY-MM-DD`, read from what was typed; a date that is
 * not a real one is a message beside its field (`prefix`: the form's names, `variables.` or none).
 */
export function withTypedDates(
  fields: readonly VariableDefinition[],
  variables: Record<string, string>,
  prefix = '',
): Record<string, string> {
  const dateFields = fields.filter((f) => f.type === 'date');
  const typed: Record<string, string> = {};
  for (const f of dateFields)
    if (variables[f.name] !== undefined) typed[`${prefix}${f.name}`] = variables[f.name];
  const dates = formDates(
    typed,
    dateFields.map((f) => ({ name: `${prefix}${f.name}`, label: humanise(f.name) })),
  );
  const result = { ...variables };
  for (const f of dateFields)
    if (dates[`${prefix}${f.name}`]) result[f.name] = dates[`${prefix}${f.name}`]!;
  return result;
}
