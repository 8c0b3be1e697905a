/** A template file that cannot be used; the message starts with the file name. */
export class TemplateLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'TemplateLoadError';
  }
}

export class UnknownTemplateError extends Error {
  constructor(readonly templateId: string) {
    super(`There is no letter template "${templateId}".`);
    this.name = 'UnknownTemplateError';
  }
}

export interface VariableProblems {
  missing: string[];
  unknown: string[];
  /** Name → why its value cannot be used. */
  invalid: Record<string, string>;
}

/**
 * Everything wrong with the variables of one render, found before rendering so the caller can
 * show every problem at once. `errors` maps each name to its problems, the API's error shape.
 */
export class TemplateVariablesError extends Error {
  readonly missing: string[];
  readonly unknown: string[];
  readonly invalid: string[];
  readonly errors: Record<string, string[]>;

  constructor(
    readonly templateId: string,
    problems: VariableProblems,
  ) {
    const invalid = Object.keys(problems.invalid);
    const errors: Record<string, string[]> = {};
    for (const name of problems.missing) errors[name] = [`Enter the ${variableWords(name)}`];
    for (const name of problems.unknown) errors[name] = [`${name} is not a detail this letter has`];
    for (const name of invalid)
      errors[name] = [`${capitalise(variableWords(name))} ${problems.invalid[name]}`];
    const sentences = Object.values(errors).map(([message]) => message);
    super(`The letter's details need correcting: ${sentences.join('; ')}.`);
    this.name = 'TemplateVariablesError';
    this.missing = problems.missing;
    this.unknown = problems.unknown;
    this.invalid = invalid;
    this.errors = errors;
  }
}

/** `partnerName` → "partner name", `authority.name` → "authority name": the words a form uses. */
export function variableWords(name: string): string {
  return name
    .replace(/\./g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
