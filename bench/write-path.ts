/**
 * Which of the project's files one `POST /api/v1/requests/:id/messages` runs code in, and the
 * longest functions it runs, measured with V8's precise coverage (call counts) around one call on
 * a warmed-up app (SQLite, no worker): files loaded but not called do not count. Then the time
 * one change takes end to end: 300 messages logged one after another on one request.
 *
 *   TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register bench/write-path.ts
 */
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const WRITES = 300;

interface Covered {
  file: string;
  functions: Set<string>;
}

type ScriptCoverage = {
  url: string;
  functions: { functionName: string; ranges: { count: number }[] }[];
};

/** The project's files (apps/, libs/) with at least one function called since the last take. */
function coveredFiles(result: ScriptCoverage[]): Covered[] {
  const files: Covered[] = [];
  for (const script of result) {
    if (!script.url.startsWith('file://')) continue;
    const file = relative(ROOT, fileURLToPath(script.url));
    if (!/^(apps|libs)\//.test(file)) continue;
    const called = script.functions.filter((f) => f.functionName && f.ranges[0].count > 0);
    if (called.length > 0)
      files.push({ file, functions: new Set(called.map((f) => f.functionName)) });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** Lines of each named function or method of `file` that ran, read from its TypeScript source. */
function functionLengths(covered: Covered): { name: string; lines: number }[] {
  const source = ts.createSourceFile(
    covered.file,
    readFileSync(resolve(ROOT, covered.file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    const named =
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node)
        ? node
        : null;
    const name = named
      ? ts.isConstructorDeclaration(named)
        ? 'constructor'
        : named.name?.getText(source)
      : undefined;
    if (named && name && covered.functions.has(name) && named.body) {
      const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
      found.push({
        name: `${covered.file}: ${name}`,
        lines: line(named.getEnd()) - line(named.getStart(source)) + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

async function main(): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  // Loaded after coverage starts, so every function of the app has its counter.
  const { startTestApp } = await import('../test/support/test-app');
  const t = await startTestApp('sqlite');
  try {
    const token = await t.login();
    t.time.set('2025-02-10T09:00:00Z');
    const call = async (method: string, path: string, body?: unknown) => {
      const { status, body: answer } = await t.call(method, path, { token, body });
      if (status >= 300) throw new Error(`${method} ${path}: ${status} ${JSON.stringify(answer)}`);
      return answer as { id: number };
    };
    const made = await call('POST', '/api/v1/requests', {
      authorityId: 1,
      regime: 'foia',
      subject: 'Due-diligence records',
      body: 'Please send the due-diligence records.',
    });
    await call('POST', `/api/v1/requests/${made.id}/send`, {
      sentAt: '2025-02-03',
      method: 'email',
    });
    // Warm-up: the first message loads whatever loads lazily.
    const log = (message: Record<string, unknown>) =>
      call('POST', `/api/v1/requests/${made.id}/messages`, message);
    await log({ direction: 'incoming', kind: 'acknowledgement', occurredAt: '2025-02-04' });
    await new Promise((done) => setTimeout(done, 1000));
    await session.post('Profiler.takePreciseCoverage'); // resets the counters
    await log({
      direction: 'incoming',
      kind: 'response',
      occurredAt: '2025-02-07',
      outcome: 'refused',
      exemptions: ['section 43(2)'],
      authorityReference: 'FOI-123',
    });
    // The reminders go on the queue after the answer: part of the path.
    await new Promise((done) => setTimeout(done, 1000));
    const { result } = (await session.post('Profiler.takePreciseCoverage')) as {
      result: ScriptCoverage[];
    };
    const files = coveredFiles(result);
    console.log(`files with code run by one POST /api/v1/requests/:id/messages: ${files.length}`);
    for (const f of files) console.log(`  ${f.file}`);
    const longest = files
      .flatMap(functionLengths)
      .sort((a, b) => b.lines - a.lines)
      .slice(0, 12);
    console.log('longest functions it runs (lines):');
    for (const f of longest) console.log(`  ${String(f.lines).padStart(4)}  ${f.name}`);
    await session.post('Profiler.stopPreciseCoverage');
    const started = performance.now();
    for (let i = 0; i < WRITES; i++)
      await log({
        direction: 'outgoing',
        kind: i % 2 ? 'chaser' : 'note',
        occurredAt: '2025-02-10',
      });
    const ms = (performance.now() - started) / WRITES;
    console.log(`one logged message, end to end (SQLite, ${WRITES} in a row): ${ms.toFixed(1)} ms`);
  } finally {
    await t.close();
    session.disconnect();
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
