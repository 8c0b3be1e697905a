import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Lints `code` as if it lived at `file`, with the project's real ESLint config (a child process). */
async function problems(code: string, file: string): Promise<string[]> {
  const run = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'eslint'),
    ['--format', 'json', '--stdin', '--stdin-filename', file],
    { cwd: ROOT, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint keeps the deadline library pure', () => {
  jest.setTimeout(30_000);

  it.each([
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
  ])('refuses %p in libs/domain', async (code, message) => {
    const found = await problems(code, 'libs/domain/src/deadlines/example.ts');
    expect(found.join('\n')).toMatch(message);
  });

  it('accepts the same import in an app', async () => {
    const found = await problems(
      "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n",
      'apps/api/src/example.ts',
    );
    expect(found).toEqual([]);
  });
});
