import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { TemplateCatalog, translateRenderError } from './template-catalog';
import {
  TemplateLoadError,
  TemplateVariablesError,
  UnknownTemplateError,
  variableWords,
} from './template-errors';
import type { RenderContext } from './template.types';

const LETTERS = path.join(__dirname, '../../../templates/letters');
const catalog = TemplateCatalog.load(LETTERS);

const context: RenderContext = {
  authority: { name: 'The University of Exampleton', email: 'foi@exampleton.ac.uk' },
  reference: 'FOI-2025-0007',
  today: '2025-06-12',
};

/** A plausible value for every variable any shipped letter declares. */
const SAMPLE: Record<string, unknown> = {
  requesterName: 'Amira Khan',
  position: 'Union President',
  organisation: "Exampleton Students' Union",
  partnerName: 'Huawei',
  partnershipName: 'the Joint Innovation Centre',
  partnershipValue: '£5 million',
  periodFrom: '2023-01-01',
  replyEmail: 'president@su.exampleton.ac.uk',
  topic: 'catering contracts',
  information: ['The current catering contract', 'Its annual value'],
  requestTitle: 'the contract for the Huawei research partnership',
  clarificationRequestedDate: '2025-06-02',
  authorityReference: 'FOI/25/123',
  clarification: 'By "contract" I mean the master research agreement and its schedules.',
  regime: 'foia',
  sentDate: '2025-05-01',
  dueDate: '2025-05-30',
  responseDate: '2025-05-29',
  exemptionsCited: ['section 43(2) (commercial interests)'],
  grounds: 'The public interest in disclosure outweighs any prejudice.',
  reviewRequestedDate: '2025-06-05',
  reviewResponseDate: '2025-07-01',
  outcomeSought: 'Require the University to disclose the contract.',
  correspondence: ['1 May 2025: our request', '29 May 2025: the refusal'],
};

function variablesOf(
  id: string,
  which: 'required' | 'all',
  overrides: Record<string, unknown> = {},
) {
  const declared = catalog.get(id)?.variables ?? [];
  const chosen = declared.filter((variable) => which === 'all' || variable.required);
  return { ...Object.fromEntries(chosen.map(({ name }) => [name, SAMPLE[name]])), ...overrides };
}

function renderError(render: () => unknown): TemplateVariablesError {
  try {
    render();
  } catch (error) {
    if (error instanceof TemplateVariablesError) return error;
    throw error;
  }
  throw new Error('expected a TemplateVariablesError');
}

const SHIPPED = [
  ['chaser', 'chaser', null],
  ['clarification-reply', 'clarification', null],
  ['general-eir-request', 'request', 'eir'],
  ['general-foia-request', 'request', 'foia'],
  ['ico-complaint', 'ico-complaint', null],
  ['internal-review-request', 'internal-review', null],
  ['resolve1-contract', 'request', 'foia'],
  ['resolve1-due-diligence', 'request', 'foia'],
] as const;
const IDS = SHIPPED.map(([id]) => id);
const BY_REGIME = ['chaser', 'internal-review-request', 'ico-complaint'].flatMap((id) =>
  ['foia', 'eir', 'foisa', 'eisr'].map((regime) => [id, regime] as const),
);

function expectCleanLetter(letter: { subject: string; body: string }): void {
  const text = `${letter.subject}\n${letter.body}`;
  expect(letter.subject).not.toBe('');
  expect(text).not.toMatch(/undefined|null|\[object|\{\{|\n\n\n|NaN/);
  expect(letter.body).toMatch(/Yours faithfully,\n\nAmira Khan/);
}

describe('TemplateCatalog with the shipped letters', () => {
  it('lists every letter, sorted by id, in the public shape only', () => {
    expect(catalog.list().map(({ id, kind, regime }) => [id, kind, regime])).toEqual(SHIPPED);
    for (const variable of catalog.list().flatMap((template) => template.variables)) {
      expect(Object.keys(variable)).toEqual(['name', 'required', 'description']);
    }
  });

  it.each(IDS)('%s declares requesterName as required and describes every variable', (id) => {
    const variables = catalog.get(id)?.variables ?? [];
    expect(variables.find(({ name }) => name === 'requesterName')?.required).toBe(true);
    for (const { description } of variables) expect(description.length).toBeGreaterThan(10);
  });

  it.each(IDS)('%s renders with only its required variables', (id) => {
    expectCleanLetter(catalog.render(id, variablesOf(id, 'required'), context));
  });

  it.each(IDS)('%s renders with every variable', (id) => {
    expectCleanLetter(catalog.render(id, variablesOf(id, 'all'), context));
  });

  it.each(BY_REGIME)('%s renders for regime %s', (id, regime) => {
    const letter = catalog.render(id, variablesOf(id, 'all', { regime }), context);
    expectCleanLetter(letter);
    const scottish = regime === 'foisa' || regime === 'eisr';
    expect(letter.body.includes('(Scotland)')).toBe(scottish);
  });

  it.each([
    ['resolve1-due-diligence', 'section 1(1) of the Freedom of Information Act 2000'],
    ['resolve1-due-diligence', 'research partnership worth approximately £5 million'],
    ['resolve1-due-diligence', 'between The University of Exampleton and Huawei'],
    ['resolve1-due-diligence', 'Relationship Review Policy'],
    ['resolve1-due-diligence', 'held by the Registry'],
    ['resolve1-due-diligence', 'due diligence'],
    ['resolve1-due-diligence', 'minutes, papers and reports'],
    ['resolve1-due-diligence', 'the date of each meeting'],
    ['resolve1-due-diligence', 'by email'],
    ['resolve1-due-diligence', 'section 16 of the Freedom of Information Act 2000'],
    ['resolve1-due-diligence', 'section 17 of the Freedom of Information Act 2000'],
    ['resolve1-due-diligence', 'section 10(1) of the Freedom of Information Act 2000'],
    ['resolve1-due-diligence', 'twentieth working day'],
    ['resolve1-due-diligence', 'redact'],
    ['resolve1-contract', 'section 1(1) of the Freedom of Information Act 2000'],
    ['resolve1-contract', 'research partnership worth approximately £5 million'],
    ['resolve1-contract', 'finalised contract'],
    ['resolve1-contract', 'total value'],
    ['resolve1-contract', 'the term of the agreement'],
    ['resolve1-contract', 'deliverables'],
    ['resolve1-contract', 'intellectual property'],
    ['resolve1-contract', 'data access and sharing'],
    ['resolve1-contract', 'variation'],
    ['resolve1-contract', 'by email'],
    ['resolve1-contract', 'section 16 of the Freedom of Information Act 2000'],
    ['resolve1-contract', 'public interest'],
    ['resolve1-contract', 'twentieth working day'],
  ])('%s says "%s"', (id, phrase) => {
    expect(catalog.render(id, variablesOf(id, 'required'), context).body).toContain(phrase);
  });

  it.each([
    [
      'without organisation, the union is named generically',
      {},
      "on behalf of the Students' Union",
    ],
    [
      'with organisation, by its name',
      { organisation: 'Exampleton SU' },
      'on behalf of Exampleton SU',
    ],
    ['without replyEmail, a reply to the message', {}, 'by email, in reply to this message'],
    ['periodFrom as a short date', { periodFrom: '2023-09-01' }, 'from 1 September 2023 to'],
  ])('resolve1-due-diligence: %s', (_, extra, phrase) => {
    const id = 'resolve1-due-diligence';
    expect(catalog.render(id, variablesOf(id, 'required', extra), context).body).toContain(phrase);
  });

  it.each([
    ['an array', ['The contract', 'Its value']],
    ['one item a line', 'The contract\nIts value'],
  ])('lists the information requested, given as %s', (_, information) => {
    const id = 'general-foia-request';
    const letter = catalog.render(id, variablesOf(id, 'required', { information }), context);
    expect(letter.body).toContain('about catering contracts:\n\n- The contract\n- Its value\n\n');
  });

  it('puts our reference in the subject when the context has one', () => {
    const id = 'resolve1-contract';
    const letter = catalog.render(id, variablesOf(id, 'required'), context);
    expect(letter.subject).toBe(
      'Freedom of Information request: the contract for the Huawei research partnership (FOI-2025-0007)',
    );
    const draft = catalog.render(id, variablesOf(id, 'required'), {
      ...context,
      reference: undefined,
    });
    expect(draft.subject).not.toContain('(');
  });

  it('writes dates the UK way, in London, whatever TZ the process runs in', () => {
    const letter = catalog.render(
      'clarification-reply',
      variablesOf('clarification-reply', 'required', {
        clarificationRequestedDate: '2025-07-03T23:30:00Z',
      }),
      context,
    );
    expect(letter.body).toContain('your message of Friday 4 July 2025 asking me');
  });
});

describe('TemplateCatalog.render refuses bad variables before rendering', () => {
  it.each([
    ['resolve1-contract', {}, ['requesterName', 'partnerName']],
    [
      'resolve1-contract',
      { requesterName: '   ', partnerName: '' },
      ['requesterName', 'partnerName'],
    ],
    ['chaser', { requesterName: 'A' }, ['regime', 'requestTitle', 'sentDate', 'dueDate']],
    ['general-foia-request', { requesterName: 'A', topic: 'x', information: [] }, ['information']],
  ])('%s with %j names every missing variable', (id, variables, missing) => {
    const error = renderError(() => catalog.render(id, variables, context));
    expect(error.missing).toEqual(missing);
    expect(error.unknown).toEqual([]);
    // In the words a form uses: "Enter the partner name", never the variable's key.
    for (const name of missing) expect(error.message).toContain(`Enter the ${variableWords(name)}`);
    expect(error.errors[missing[0]]).toEqual([`Enter the ${variableWords(missing[0])}`]);
    expect(error.message).not.toMatch(/[a-z][A-Z]/);
  });

  it('names every unknown variable, alongside the missing ones', () => {
    const error = renderError(() =>
      catalog.render(
        'resolve1-contract',
        { requesterName: 'A', partnerNmae: 'Huawei', colour: 'red', authority: 'x' },
        context,
      ),
    );
    expect(error.unknown).toEqual(['partnerNmae', 'colour', 'authority']);
    expect(error.missing).toEqual(['partnerName']);
  });

  it('reports a context field the letter prints but the context lacks', () => {
    const id = 'resolve1-due-diligence';
    const error = renderError(() => catalog.render(id, variablesOf(id, 'required'), {}));
    expect(error.missing).toEqual(['authority.name']);
  });

  it.each([
    ['a regime the letter has no wording for', { regime: 'scotland' }, 'regime', 'must be one of'],
    ['an impossible date', { sentDate: '2025-02-30' }, 'sentDate', 'must be a date'],
    ['a list of non-text', { exemptionsCited: [43] }, 'exemptionsCited', 'list of text'],
    ['an object as text', { grounds: { a: 1 } }, 'grounds', 'must be text'],
  ])('refuses %s', (_, overrides, name, problem) => {
    const id = 'internal-review-request';
    const error = renderError(() => catalog.render(id, variablesOf(id, 'all', overrides), context));
    expect(error.invalid).toEqual([name]);
    expect(error.errors[name][0]).toContain(problem);
  });

  it('refuses an unknown template id', () => {
    expect(() => catalog.render('nope', {}, context)).toThrow(UnknownTemplateError);
    expect(catalog.get('nope')).toBeUndefined();
  });

  it('turns a strict-mode miss into a TemplateVariablesError naming it', () => {
    const strict = Handlebars.create().compile('{{partner}}', { strict: true });
    let thrown: unknown;
    try {
      strict({});
    } catch (error) {
      thrown = error;
    }
    const error = translateRenderError('x', thrown);
    expect(error).toBeInstanceOf(TemplateVariablesError);
    expect((error as TemplateVariablesError).missing).toEqual(['partner']);
  });
});

describe('TemplateCatalog.load refuses a bad letter, naming the file', () => {
  const front = (overrides: Record<string, unknown> = {}) =>
    JSON.stringify({
      id: 'bad-letter',
      title: 'A bad letter',
      kind: 'request',
      regime: 'foia',
      variables: [
        { name: 'requesterName', required: true, description: 'Who writes.' },
        { name: 'position', required: false, description: 'Their role.' },
      ],
      ...overrides,
    });
  const body = 'Dear Sir or Madam,\n\n{{#if position}}{{position}}{{/if}}\n{{requesterName}}\n';
  const file = (frontMatter: string, rest = `Subject: A request\n${body}`) =>
    `---\n${frontMatter}\n---\n${rest}`;

  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letters-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('accepts the well-formed letter the cases below break', () => {
    fs.writeFileSync(path.join(dir, 'bad-letter.hbs'), file(front()));
    expect(
      TemplateCatalog.load(dir)
        .list()
        .map(({ id }) => id),
    ).toEqual(['bad-letter']);
  });

  it.each([
    ['no front matter', `Subject: x\n${body}`, /must start with a "---" line/],
    ['front matter that is not JSON', file('{ id: bad }'), /front matter is not valid JSON/],
    ['an unknown kind', file(front({ kind: 'letter' })), /kind must be one of/],
    ['an unknown regime', file(front({ regime: 'gdpr' })), /regime must be null or one of/],
    ['an unknown front matter key', file(front({ author: 'x' })), /unknown keys: author/],
    [
      'a variable without a description',
      file(front({ variables: [{ name: 'requesterName', required: true }] })),
      /description must be a non-empty string/,
    ],
    [
      'a variable named like a context field',
      file(front({ variables: [{ name: 'authority', required: true, description: 'x y z' }] })),
      /clashes with the context field/,
    ],
    ['no Subject line', file(front(), body), /must be "Subject: …"/],
    [
      'an undeclared variable',
      file(front(), `Subject: x\n${body}{{partner}}\n`),
      /"partner" is neither/,
    ],
    [
      'an optional variable printed outside {{#if}}',
      file(front(), `Subject: x\n{{position}} {{requesterName}}\n`),
      /optional variable "position" is printed outside/,
    ],
    ['an unknown statute', file(front(), `Subject: x\n${body}{{statute "foia-s99"}}\n`), /statute/],
    [
      'a helper with the wrong arity',
      file(front(), `Subject: x\n${body}{{ukDate requesterName 1}}\n`),
      /takes 1 argument/,
    ],
    ['an unclosed block', file(front(), `Subject: x\n${body}{{#if position}}\n`), /body:/],
    [
      'an each block',
      file(front(), `Subject: x\n${body}{{#each position}}x{{/each}}\n`),
      /only \{\{#if\}\}/,
    ],
    ['a partial', file(front(), `Subject: x\n${body}{{> footer}}\n`), /PartialStatement/],
    [
      'an unknown context property',
      file(front(), `Subject: x\n${body}{{authority.phone}}\n`),
      /no property "phone"/,
    ],
    [
      'a declared variable never used',
      file(front(), 'Subject: x\n{{requesterName}}\n'),
      /declared but never used: position/,
    ],
  ])('%s', (_, source, problem) => {
    fs.writeFileSync(path.join(dir, 'bad-letter.hbs'), source);
    expect(() => TemplateCatalog.load(dir)).toThrow(TemplateLoadError);
    expect(() => TemplateCatalog.load(dir)).toThrow(problem);
    expect(() => TemplateCatalog.load(dir)).toThrow(/bad-letter\.hbs/);
  });

  it('gives the line of the problem in the file', () => {
    fs.writeFileSync(
      path.join(dir, 'bad-letter.hbs'),
      file(front(), `Subject: x\n\n${body}{{oops}}\n`),
    );
    expect(() => TemplateCatalog.load(dir)).toThrow(/bad-letter\.hbs: line 10: "oops"/);
  });

  it('refuses two files with the same id', () => {
    fs.writeFileSync(path.join(dir, 'a.hbs'), file(front()));
    fs.writeFileSync(path.join(dir, 'b.hbs'), file(front()));
    expect(() => TemplateCatalog.load(dir)).toThrow(
      /b\.hbs: id "bad-letter" is already used by a\.hbs/,
    );
  });

  it('refuses a directory with no letters', () => {
    expect(() => TemplateCatalog.load(dir)).toThrow(/holds no \*\.hbs templates/);
  });
});
