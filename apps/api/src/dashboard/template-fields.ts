import type { VariableDefinition } from '@app/templates';

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
  inputType: 'date' | 'text';
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
    value: values[`${prefix}${f.name}`] ?? '',
    error: besideField(
      humanise(f.name),
      errors[`${prefix}${f.name}`] ?? errors[`variables.${f.name}`],
    ),
    multiline: f.type === 'list' || PARAGRAPHS.has(f.name),
    inputType: f.type === 'date' ? 'date' : 'text',
  }));
}
