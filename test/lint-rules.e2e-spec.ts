import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Code as if it lived at `file`. */
interface Snippet {
  code: string;
  file: string;
}

const snippets: Snippet[] = [];
let problemsOf = new Map<Snippet, string[]>();

/** A snippet for the one lint run below; its problems are read once `beforeAll` has run. */
function snippet(code: string, file: string): Snippet {
  const made = { code, file };
  snippets.push(made);
  return made;
}

/** `import { X } from '<from>'`, used, as a file would. */
function importing(from: string, file: string): Snippet {
  return snippet(`import { X } from '${from}';\nexport const used = X;\n`, file);
}

/**
 * Every snippet linted with the project's real ESLint config, in one child process (ESLint loads
 * its config as an ES module, which Jest's module system does not; one process, not one a test,
 * because loading ESLint and its config is most of the time a lint takes).
 */
function lintAll(all: Snippet[]): Map<Snippet, string[]> {
  const script = `
    const { ESLint } = require('eslint');
    const snippets = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const eslint = new ESLint();
    Promise.all(snippets.map(({ code, file }) => eslint.lintText(code, { filePath: file }))).then(
      (results) => process.stdout.write(JSON.stringify(results.map(([result]) =>
        result.messages.map((m) => m.ruleId + ': ' + m.message)))),
    );`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    input: JSON.stringify(all),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`ESLint did not run:\n${run.stderr}`);
  const found = JSON.parse(run.stdout) as string[][];
  return new Map(all.map((one, i) => [one, found[i]]));
}

beforeAll(() => {
  problemsOf = lintAll(snippets);
}, 60_000);

function problems(linted: Snippet): string[] {
  return problemsOf.get(linted)!;
}

/** Rows of `[code, message]` for a file, each with its snippet. */
function refusedIn(file: string, rows: [code: string, message: RegExp][]) {
  return rows.map(([code, message]) => [code, message, snippet(code, file)] as const);
}

/** Rows of `[from, file, message]`, each with its snippet importing `from` in `file`. */
function refused(rows: [from: string, file: string, message: RegExp][]) {
  return rows.map(([from, file, message]) => [from, file, message, importing(from, file)] as const);
}

/** Rows of `[from, file]`, each with its snippet importing `from` in `file`. */
function accepted(rows: [from: string, file: string][]) {
  return rows.map(([from, file]) => [from, file, importing(from, file)] as const);
}

describe('lint keeps the deadline library pure', () => {
  it.each(
    refusedIn('libs/domain/src/deadlines/example.ts', [
      [
        "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
        /no framework imports/,
      ],
      [
        "import { Repository } from 'typeorm';\nexport type X = Repository<object>;\n",
        /no framework imports/,
      ],
      ["import Bull from 'bull';\nexport const x = Bull;\n", /no framework imports/],
      [
        "import Handlebars from 'handlebars';\nexport const x = Handlebars;\n",
        /no framework imports/,
      ],
      ['export const port = process.env.PORT;\n', /never read process.env/],
      ['export const now = Date.now();\n', /Take `today` as a parameter/],
    ]),
  )('refuses %p in libs/domain', (_code, message, linted) => {
    expect(problems(linted).join('\n')).toMatch(message);
  });

  const inAnApp = snippet(
    "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
    'apps/api/src/example.ts',
  );
  it('accepts the same import in an app', () => {
    expect(problems(inAnApp)).toEqual([]);
  });
});

const DATABASE = /Only libs\/persistence talks to the database/;
const NO_APPS = /Libraries never import apps/;

describe('lint keeps the layers apart', () => {
  it.each(
    refused([
      ['typeorm', 'apps/api/src/health/example.ts', DATABASE],
      ['@nestjs/typeorm', 'apps/api/src/health/example.ts', DATABASE],
      ['sqlite3', 'apps/worker/src/example.ts', DATABASE],
      ['pg', 'apps/worker/src/example.ts', DATABASE],
      ['typeorm', 'apps/server/src/example.ts', DATABASE],
      ['typeorm', 'libs/mail/src/example.ts', DATABASE],
      ['pg', 'libs/queue/src/example.ts', DATABASE],
    ]),
  )('refuses %p in %s: only libs/persistence talks to the database', (_f, _in, message, linted) => {
    expect(problems(linted).join('\n')).toMatch(message);
  });

  it.each(
    refused([
      ['../../worker/src/create-worker', 'apps/api/src/main.ts', /apps\/api never imports/],
      ['../../../worker/src/shutdown', 'apps/api/src/common/example.ts', /apps\/api never imports/],
      ['../../api/src/create-api-app', 'apps/worker/src/main.ts', /apps\/worker never imports/],
      ['../../../api/src/common/clock', 'apps/worker/src/x/example.ts', /apps\/worker never/],
      ['../../server/src/main', 'apps/api/src/example.ts', /apps\/api never imports/],
      ['../../api/src/create-api-app', 'apps/cli/src/example.ts', /apps\/cli never imports/],
      ['../../../apps/api/src/app.module', 'libs/queue/src/example.ts', NO_APPS],
      ['../../../../apps/worker/src/shutdown', 'libs/mail/src/x/example.ts', NO_APPS],
    ]),
  )(
    'refuses %p in %s: an app is imported by no other app and no lib',
    (_f, _in, message, linted) => {
      expect(problems(linted).join('\n')).toMatch(message);
    },
  );

  it.each(
    refused([
      ['@app/persistence', 'libs/mail/src/example.ts', /libs\/mail may import only/],
      ['@app/mail', 'libs/queue/src/example.ts', /libs\/queue may import only/],
      ['@app/persistence', 'libs/platform/src/example.ts', /libs\/platform may import only/],
      ['@app/platform', 'libs/templates/src/example.ts', /libs\/templates may import only/],
      ['@app/platform', 'libs/holidays/src/example.ts', /libs\/holidays may import only/],
      ['@app/holidays', 'libs/domain/src/example.ts', /libs\/domain imports no other lib/],
      ['@app/persistence/entities/user.entity', 'libs/mail/src/example.ts', /libs\/mail may/],
      ['@app/mail', 'libs/mail/src/example.ts', /its own files by relative path/],
    ]),
  )('refuses %p in %s: a lib imports only the layers below it', (_f, _in, message, linted) => {
    expect(problems(linted).join('\n')).toMatch(message);
  });

  it.each(
    accepted([
      ['typeorm', 'libs/persistence/src/example.ts'],
      ['@app/platform', 'libs/persistence/src/example.ts'],
      ['@app/domain', 'libs/persistence/src/example.ts'],
      ['@app/platform', 'libs/mail/src/example.ts'],
      ['@app/holidays', 'libs/platform/src/example.ts'],
      ['@app/domain', 'libs/templates/src/example.ts'],
      ['@app/persistence', 'apps/api/src/health/example.ts'],
      ['@app/queue', 'apps/worker/src/example.ts'],
      ['./mail-sender', 'libs/mail/src/example.ts'],
      ['../common/clock', 'apps/api/src/dashboard/example.ts'],
      ['../../api/src/start-api', 'apps/server/src/main.ts'],
      ['../../worker/src/create-worker', 'apps/server/src/main.ts'],
    ]),
  )('accepts %p in %s', (_from, _in, linted) => {
    expect(problems(linted)).toEqual([]);
  });
});
