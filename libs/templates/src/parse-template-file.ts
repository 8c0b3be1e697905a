import {
  CONTEXT_FIELDS,
  REGIMES,
  TEMPLATE_KINDS,
  type LetterTemplate,
  type Regime,
  type TemplateKind,
  type VariableDefinition,
  type VariableType,
} from './template.types';

export interface TemplateDefinition extends Omit<LetterTemplate, 'variables'> {
  variables: VariableDefinition[];
}

export interface TemplateFile {
  definition: TemplateDefinition;
  subjectSource: string;
  bodySource: string;
  /** 1-based line numbers in the file, for error messages. */
  subjectLine: number;
  bodyLine: number;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VARIABLE_NAME = /^[a-z][A-Za-z0-9]*$/;
const VARIABLE_TYPES: readonly VariableType[] = ['text', 'date', 'list', 'email'];
const TOP_KEYS = ['id', 'title', 'kind', 'regime', 'variables'];
const VARIABLE_KEYS = ['name', 'required', 'description', 'type', 'oneOf'];

/** Thrown with the bare problem; the loader prefixes the file name. */
export class TemplateFileError extends Error {}

function fail(problem: string): never {
  throw new TemplateFileError(problem);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(`${what} must be a non-empty string`);
  return value.trim();
}

function rejectExtraKeys(record: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(record).filter((key) => !allowed.includes(key));
  if (extra.length) fail(`${where} has unknown keys: ${extra.join(', ')}`);
}

function parseVariable(raw: unknown, index: number): VariableDefinition {
  const where = `variables[${index}]`;
  if (!isRecord(raw)) fail(`${where} must be an object`);
  rejectExtraKeys(raw, VARIABLE_KEYS, where);
  const name = nonEmptyString(raw.name, `${where}.name`);
  if (!VARIABLE_NAME.test(name)) fail(`variable "${name}" must be a camelCase name`);
  if (name in CONTEXT_FIELDS)
    fail(`variable "${name}" clashes with the context field of that name`);
  if (typeof raw.required !== 'boolean') fail(`variable "${name}": required must be true or false`);
  const type = raw.type ?? 'text';
  if (!VARIABLE_TYPES.includes(type as VariableType)) {
    fail(`variable "${name}": type must be one of ${VARIABLE_TYPES.join(', ')}`);
  }
  const variable: VariableDefinition = {
    name,
    required: raw.required,
    description: nonEmptyString(raw.description, `variable "${name}": description`),
    type: type as VariableType,
  };
  if (raw.oneOf !== undefined) {
    const oneOf: unknown = raw.oneOf;
    if (!Array.isArray(oneOf) || !oneOf.length || !oneOf.every((v) => typeof v === 'string')) {
      fail(`variable "${name}": oneOf must be a non-empty list of strings`);
    }
    variable.oneOf = oneOf;
  }
  return variable;
}

function parseDefinition(json: string): TemplateDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    fail(`front matter is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(raw)) fail('front matter must be a JSON object');
  rejectExtraKeys(raw, TOP_KEYS, 'front matter');
  const id = nonEmptyString(raw.id, 'id');
  if (!ID.test(id)) fail(`id "${id}" must be kebab-case`);
  const kind = raw.kind as TemplateKind;
  if (!TEMPLATE_KINDS.includes(kind)) fail(`kind must be one of ${TEMPLATE_KINDS.join(', ')}`);
  const regime = raw.regime as Regime | null;
  if (regime !== null && !REGIMES.includes(regime)) {
    fail(`regime must be null or one of ${REGIMES.join(', ')}`);
  }
  if (!Array.isArray(raw.variables)) fail('variables must be a list');
  const variables = raw.variables.map(parseVariable);
  const seen = new Set<string>();
  for (const { name } of variables) {
    if (seen.has(name)) fail(`variable "${name}" is declared twice`);
    seen.add(name);
  }
  return { id, title: nonEmptyString(raw.title, 'title'), kind, regime, variables };
}

/**
 * A letter file is a JSON object between two `---` lines, then `Subject: …` on the next line,
 * then the body. JSON rather than YAML so that reading it needs no parser beyond the platform's.
 */
export function parseTemplateFile(source: string): TemplateFile {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0].trim() !== '---') fail('must start with a "---" line opening the front matter');
  const close = lines.indexOf('---', 1);
  if (close < 0) fail('front matter is not closed by a "---" line');
  const definition = parseDefinition(lines.slice(1, close).join('\n'));
  const subjectLine = /^Subject:\s*(.*)$/.exec(lines[close + 1] ?? '');
  if (!subjectLine || subjectLine[1].trim() === '') {
    fail('the line after the front matter must be "Subject: …"');
  }
  let first = close + 2;
  while (first < lines.length && lines[first].trim() === '') first += 1;
  const bodySource = lines.slice(first).join('\n');
  if (bodySource.trim() === '') fail('the letter has no body');
  return {
    definition,
    subjectSource: subjectLine[1].trim(),
    bodySource,
    subjectLine: close + 2,
    bodyLine: first + 1,
  };
}
