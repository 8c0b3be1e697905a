/**
 * The letter templates: loaded and checked once at start, rendered many times.
 *
 * A file in the letters directory is `---`, a JSON object (id, title, kind, regime, variables),
 * `---`, then `Subject: …` on one line, then the body. Both are Handlebars, compiled in strict
 * mode with HTML escaping off (the letters are plain text) on one isolated instance that has only
 * our helpers: ukDate, shortDate, statute, list and eq.
 *
 * What a template can read:
 * - its declared variables, by name: `{{requesterName}}`. Optional ones only inside
 *   `{{#if name}}`, so an absent one can never leave a gap; the loader refuses anything else.
 * - the render context, under fixed names that no variable may take and that never count as
 *   unknown variables: `{{authority.name}}`, `{{authority.email}}`, `{{reference}}` (ours,
 *   FOI-YYYY-NNNN), `{{today}}` (YYYY-MM-DD), `{{sender.name}}`, `{{sender.email}}` and
 *   `{{request.<field>}}`. A context field printed outside an `{{#if}}` on it is required: render
 *   reports it as missing (e.g. `authority.name`) like a missing variable.
 */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { compileLetterFile, type CompiledLetter } from './compile-letter-file';
import { registerLetterHelpers } from './letter-helpers';
import type { TemplateDefinition } from './parse-template-file';
import { prepareRenderData } from './prepare-render-data';
import { TemplateLoadError, TemplateVariablesError, UnknownTemplateError } from './template-errors';
import type {
  LetterTemplate,
  RenderContext,
  RenderedLetter,
  VariableDefinition,
} from './template.types';

const STRICT_MISS = /^"([^"]+)" not defined in/;

function publicShape({ id, title, kind, regime, variables }: TemplateDefinition): LetterTemplate {
  return {
    id,
    title,
    kind,
    regime,
    variables: variables.map(({ name, required, description }) => ({
      name,
      required,
      description,
    })),
  };
}

function tidySubject(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Blocks that render nothing can leave runs of blank lines; a letter has at most one. */
function tidyBody(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  const letter = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return `${letter}\n`;
}

export class TemplateCatalog {
  private constructor(private readonly templates: ReadonlyMap<string, CompiledLetter>) {}

  /** Reads and checks every `*.hbs` in `dir`; throws TemplateLoadError naming the bad file. */
  static load(dir: string): TemplateCatalog {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((name) => name.endsWith('.hbs'));
    } catch (error) {
      throw new TemplateLoadError(dir, `cannot read the directory (${(error as Error).message})`);
    }
    if (names.length === 0) throw new TemplateLoadError(dir, 'holds no *.hbs templates');
    const hb = Handlebars.create();
    registerLetterHelpers(hb);
    const templates = new Map<string, CompiledLetter>();
    for (const name of names.sort()) {
      const file = path.join(dir, name);
      let compiled: CompiledLetter;
      try {
        compiled = compileLetterFile(hb, file);
      } catch (error) {
        throw new TemplateLoadError(file, (error as Error).message);
      }
      const clash = templates.get(compiled.definition.id);
      if (clash) {
        throw new TemplateLoadError(
          file,
          `id "${compiled.definition.id}" is already used by ${path.basename(clash.file)}`,
        );
      }
      templates.set(compiled.definition.id, compiled);
    }
    return new TemplateCatalog(templates);
  }

  list(): LetterTemplate[] {
    return [...this.templates.values()]
      .map(({ definition }) => publicShape(definition))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: string): LetterTemplate | undefined {
    const template = this.templates.get(id);
    return template && publicShape(template.definition);
  }

  /** A template's variables with their types and allowed values: what a form for it needs. */
  fieldsOf(id: string): VariableDefinition[] | undefined {
    return this.templates.get(id)?.definition.variables.map((v) => ({ ...v }));
  }

  /**
   * The problems of a letter's variables alone (the context it is rendered with aside), keyed by
   * variable name, as TemplateVariablesError words them; none: `{}`. A form checks them together
   * with its other fields, so every problem is shown at once.
   */
  checkVariables(id: string, variables: Record<string, unknown>): Record<string, string[]> {
    const template = this.templates.get(id);
    if (!template) throw new UnknownTemplateError(id);
    try {
      prepareRenderData(
        { id, variables: template.definition.variables, requiredContext: [] },
        variables,
        {},
      );
      return {};
    } catch (error) {
      if (error instanceof TemplateVariablesError) return error.errors;
      throw error;
    }
  }

  /**
   * Renders a letter. Throws UnknownTemplateError for an unknown id, and TemplateVariablesError
   * listing every missing, unknown or invalid variable (and missing context) before rendering.
   */
  render(
    id: string,
    variables: Record<string, unknown>,
    context: RenderContext = {},
  ): RenderedLetter {
    const template = this.templates.get(id);
    if (!template) throw new UnknownTemplateError(id);
    const data = prepareRenderData(
      { id, variables: template.definition.variables, requiredContext: template.requiredContext },
      variables,
      context,
    );
    try {
      return { subject: tidySubject(template.subject(data)), body: tidyBody(template.body(data)) };
    } catch (error) {
      throw translateRenderError(id, error);
    }
  }
}

/** Strict mode's "x not defined" becomes the same error as a missing variable, naming it. */
export function translateRenderError(templateId: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const miss = STRICT_MISS.exec(message);
  if (!miss) return new Error(`Template ${templateId} could not be rendered: ${message}`);
  return new TemplateVariablesError(templateId, { missing: [miss[1]], unknown: [], invalid: {} });
}
