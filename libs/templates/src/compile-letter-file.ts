import fs from 'node:fs';
import type Handlebars from 'handlebars';
import { checkTemplateUsage } from './check-template-usage';
import { LETTER_HELPERS } from './letter-helpers';
import {
  parseTemplateFile,
  TemplateFileError,
  type TemplateDefinition,
} from './parse-template-file';

export interface CompiledLetter {
  file: string;
  definition: TemplateDefinition;
  /** Context paths the letter prints unconditionally. */
  requiredContext: string[];
  subject: HandlebarsTemplateDelegate;
  body: HandlebarsTemplateDelegate;
}

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  noEscape: true,
  // Only our helpers exist: `{{ukdate x}}` is a load error, not a lookup of a missing field.
  knownHelpers: Object.fromEntries(Object.keys(LETTER_HELPERS).map((name) => [name, true])),
  knownHelpersOnly: true,
};

function parsePart(hb: typeof Handlebars, source: string, part: string): hbs.AST.Program {
  try {
    return hb.parse(source);
  } catch (error) {
    throw new TemplateFileError(`${part}: ${(error as Error).message}`);
  }
}

/** Placeholder values shaped like a real render, so every name the letter reads is present. */
function sampleData(definition: TemplateDefinition, requiredContext: string[]) {
  const data: Record<string, unknown> = {
    authority: { name: 'Authority', email: 'foi@example.org' },
    sender: { name: 'Sender', email: 'sender@example.org' },
    request: Object.fromEntries(
      requiredContext.filter((key) => key.startsWith('request.')).map((key) => [key.slice(8), 'x']),
    ),
    reference: 'FOI-2025-0001',
    today: '2025-01-01',
  };
  for (const { name, type, oneOf } of definition.variables) {
    data[name] =
      type === 'date'
        ? '2025-01-01'
        : type === 'list'
          ? ['x']
          : type === 'email'
            ? 'x@example.org'
            : (oneOf?.[0] ?? 'x');
  }
  return data;
}

/** Reads, checks and compiles one letter; problems are TemplateFileErrors without the file name. */
export function compileLetterFile(hb: typeof Handlebars, file: string): CompiledLetter {
  const parsed = parseTemplateFile(fs.readFileSync(file, 'utf8'));
  const subjectAst = parsePart(hb, parsed.subjectSource, 'subject');
  const bodyAst = parsePart(hb, parsed.bodySource, 'body');
  const { requiredContext } = checkTemplateUsage(
    [
      { ast: subjectAst, firstLine: parsed.subjectLine },
      { ast: bodyAst, firstLine: parsed.bodyLine },
    ],
    parsed.definition.variables,
  );
  const letter: CompiledLetter = {
    file,
    definition: parsed.definition,
    requiredContext,
    subject: hb.compile(subjectAst, COMPILE_OPTIONS),
    body: hb.compile(bodyAst, COMPILE_OPTIONS),
  };
  // Handlebars compiles on first use; rendering once here makes that happen at load, so a
  // template that cannot compile or render stops the start, not an officer's letter.
  try {
    const data = sampleData(parsed.definition, requiredContext);
    letter.subject(data);
    letter.body(data);
  } catch (error) {
    throw new TemplateFileError(`does not render: ${(error as Error).message}`);
  }
  return letter;
}
