import { isLetterHelper, LETTER_HELPERS, type LetterHelperName } from './letter-helpers';
import { TemplateFileError } from './parse-template-file';
import { STATUTES } from './statutes';
import { CONTEXT_FIELDS, type RenderContext, type VariableDefinition } from './template.types';

export interface TemplateUsage {
  usedVariables: Set<string>;
  /** Context paths (`authority.name`) printed outside an `{{#if}}` on them: render needs them. */
  requiredContext: string[];
}

export interface ParsedPart {
  ast: hbs.AST.Program;
  /** Line of the file the part starts on, so messages point into the file. */
  firstLine: number;
}

type Node = hbs.AST.Node;
type Guards = ReadonlySet<string>;

/**
 * Reads a letter's syntax tree before it is ever rendered and refuses anything that could print
 * a blank or a wrong citation: a name the front matter does not declare, an optional variable
 * printed outside `{{#if name}}`, a statute key that does not exist, a helper with the wrong
 * number of arguments, and the features plain letters never need (partials, each, ../, @data).
 */
class UsageWalker {
  readonly usedVariables = new Set<string>();
  readonly requiredContext = new Set<string>();
  private firstLine = 1;

  constructor(private readonly variables: Map<string, VariableDefinition>) {}

  walk(part: ParsedPart): void {
    this.firstLine = part.firstLine;
    this.program(part.ast, new Set());
  }

  private fail(node: Node, problem: string): never {
    const line = node.loc ? node.loc.start.line + this.firstLine - 1 : this.firstLine;
    throw new TemplateFileError(`line ${line}: ${problem}`);
  }

  private program(program: hbs.AST.Program, guards: Guards): void {
    if (program.blockParams?.length) this.fail(program, 'block parameters are not supported');
    for (const statement of program.body) this.statement(statement, guards);
  }

  private statement(node: Node, guards: Guards): void {
    if (node.type === 'ContentStatement' || node.type === 'CommentStatement') return;
    if (node.type === 'MustacheStatement')
      return this.mustache(node as hbs.AST.MustacheStatement, guards);
    if (node.type === 'BlockStatement') return this.block(node as hbs.AST.BlockStatement, guards);
    this.fail(node, `${node.type} is not supported in letters`);
  }

  private mustache(node: hbs.AST.MustacheStatement, guards: Guards): void {
    if (node.path.type !== 'PathExpression') this.fail(node, 'a literal cannot be printed');
    const path = node.path as hbs.AST.PathExpression;
    if (isLetterHelper(path.original)) {
      return this.helper(path.original, node, guards, true);
    }
    if (node.params.length || node.hash?.pairs.length) {
      this.fail(node, `"${path.original}" is not a helper`);
    }
    this.read(path, guards, true);
  }

  private helper(
    name: LetterHelperName,
    node: hbs.AST.MustacheStatement | hbs.AST.SubExpression,
    guards: Guards,
    printed: boolean,
  ): void {
    const { arity } = LETTER_HELPERS[name];
    if (node.hash?.pairs.length) this.fail(node, `{{${name}}} takes no named arguments`);
    if (node.params.length !== arity) {
      this.fail(node, `{{${name}}} takes ${arity} argument${arity === 1 ? '' : 's'}`);
    }
    if (name === 'statute') {
      const key = node.params[0] as hbs.AST.StringLiteral;
      if (key.type !== 'StringLiteral' || !(key.value in STATUTES)) {
        this.fail(
          node,
          `{{statute}} needs a quoted key from the statute list, not ${key.original}`,
        );
      }
    }
    for (const param of node.params) this.expression(param, guards, printed);
  }

  private expression(node: Node, guards: Guards, printed: boolean): void {
    if (node.type === 'PathExpression') {
      return this.read(node as hbs.AST.PathExpression, guards, printed);
    }
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      if (!isLetterHelper(sub.path.original))
        this.fail(node, `"${sub.path.original}" is not a helper`);
      return this.helper(sub.path.original, sub, guards, printed);
    }
    if (!['StringLiteral', 'NumberLiteral', 'BooleanLiteral'].includes(node.type)) {
      this.fail(node, `${node.type} is not supported in letters`);
    }
  }

  private block(node: hbs.AST.BlockStatement, guards: Guards): void {
    const name = node.path.original;
    if (name !== 'if' && name !== 'unless') {
      this.fail(node, `only {{#if}} and {{#unless}} blocks are supported, not {{#${name}}}`);
    }
    if (node.params.length !== 1 || node.hash?.pairs.length) {
      this.fail(node, `{{#${name}}} takes one condition`);
    }
    const [condition] = node.params;
    this.expression(condition, guards, false);
    const guarded =
      condition.type === 'PathExpression'
        ? new Set([...guards, (condition as hbs.AST.PathExpression).parts.join('.')])
        : guards;
    this.program(node.program, name === 'if' ? guarded : guards);
    if (node.inverse) this.program(node.inverse, name === 'if' ? guards : guarded);
  }

  private read(path: hbs.AST.PathExpression, guards: Guards, printed: boolean): void {
    if (path.data || path.depth > 0 || path.parts.length === 0 || /^this\b/.test(path.original)) {
      this.fail(path, `"${path.original}": letters read variables by name only`);
    }
    const [root, ...rest] = path.parts;
    const key = path.parts.join('.');
    const variable = this.variables.get(root);
    if (variable) {
      if (rest.length) this.fail(path, `variable "${root}" has no properties ("${key}")`);
      this.usedVariables.add(root);
      if (printed && !variable.required && !guards.has(root)) {
        this.fail(path, `optional variable "${root}" is printed outside {{#if ${root}}}`);
      }
      return;
    }
    if (!(root in CONTEXT_FIELDS)) {
      this.fail(path, `"${key}" is neither a declared variable nor a context field`);
    }
    const allowed = CONTEXT_FIELDS[root as keyof RenderContext];
    const property = rest[0];
    if (
      rest.length > 1 ||
      (property !== undefined && !allowed.some((p) => p === '*' || p === property))
    ) {
      this.fail(path, `context field "${root}" has no property "${rest.join('.')}"`);
    }
    if (printed && allowed.length > 0 && property === undefined) {
      this.fail(path, `"${root}" is an object; print one of its properties`);
    }
    if (printed && !guards.has(key)) this.requiredContext.add(key);
  }
}

export function checkTemplateUsage(
  parts: ParsedPart[],
  variables: VariableDefinition[],
): TemplateUsage {
  const walker = new UsageWalker(new Map(variables.map((variable) => [variable.name, variable])));
  for (const part of parts) walker.walk(part);
  const unused = variables.filter(({ name }) => !walker.usedVariables.has(name));
  if (unused.length) {
    throw new TemplateFileError(
      `declared but never used: ${unused.map(({ name }) => name).join(', ')}`,
    );
  }
  return {
    usedVariables: walker.usedVariables,
    requiredContext: [...walker.requiredContext].sort(),
  };
}
