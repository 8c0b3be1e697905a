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
    const parts = [
      problems.missing.length ? `missing ${problems.missing.join(', ')}` : '',
      problems.unknown.length ? `unknown ${problems.unknown.join(', ')}` : '',
      ...invalid.map((name) => `${name} ${problems.invalid[name]}`),
    ].filter(Boolean);
    super(`Template ${templateId}: ${parts.join('; ')}`);
    this.name = 'TemplateVariablesError';
    this.missing = problems.missing;
    this.unknown = problems.unknown;
    this.invalid = invalid;
    this.errors = {};
    for (const name of problems.missing) this.errors[name] = ['is required'];
    for (const name of problems.unknown) this.errors[name] = ['is not a variable of this template'];
    for (const name of invalid) this.errors[name] = [problems.invalid[name]];
  }
}
