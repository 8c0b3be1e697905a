import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** One of the project's entry points in its own process, run from source as the npm scripts do. */
export function startProcess(
  entry: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): ServiceProcess {
  let output = '';
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', 'ts-node/register', '-r', 'tsconfig-paths/register', entry],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, TS_NODE_TRANSPILE_ONLY: 'true', TZ: 'UTC' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * The real worker (apps/worker/src/main.ts) in its own process, as `npm run start:worker` runs it;
 * `nodeArgs` go to node itself (the bench's --cpu-prof).
 */
export function startWorkerProcess(
  env: Record<string, string>,
  nodeArgs: string[] = [],
): ServiceProcess {
  return startProcess('apps/worker/src/main.ts', env, nodeArgs);
}

/** `npm start`'s entry point (apps/server/src/main.ts): the API and, unless FOI_WORKER=off, a worker. */
export function startServerProcess(env: Record<string, string>): ServiceProcess {
  return startProcess('apps/server/src/main.ts', env);
}

/**
 * `npm start`'s (apps/server) or `npm run start:api`'s (apps/api) entry point on a SQLite data
 * directory and Redis keys of its own; `cleanUp` removes the directory once the process is gone.
 */
export function startOnFreshData(
  app: 'server' | 'api',
  env: Record<string, string>,
): ServiceProcess & { cleanUp: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), `foi-${app}-`));
  const service = startProcess(`apps/${app}/src/main.ts`, {
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    FOI_QUEUE_PREFIX: `foi-${app}-test-${process.pid}-${Date.now()}`,
    ...env,
  });
  return { ...service, cleanUp: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** The first match of `pattern` in the process's output, once it appears (or why it did not). */
export async function outputMatching(
  service: ServiceProcess,
  pattern: RegExp,
  ms = 60_000,
): Promise<RegExpExecArray> {
  const until = Date.now() + ms;
  for (;;) {
    const found = pattern.exec(service.output());
    if (found) return found;
    if (service.child.exitCode !== null || Date.now() > until)
      throw new Error(`no ${pattern} in the output:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The address the process says it listens on, once it says so. */
export async function listeningOn(service: ServiceProcess): Promise<string> {
  return (await outputMatching(service, /listening on (http:\/\/\S+) /))[1];
}

/**
 * The real API (apps/api/src/main.ts, no worker) in its own process on a free port, as `npm run
 * start:api` runs it; resolves once `/health` answers.
 */
export async function startApiProcess(
  env: Record<string, string>,
): Promise<ServiceProcess & { url: string }> {
  const port = await freePort();
  const api = startProcess('apps/api/src/main.ts', {
    ...env,
    FOI_WORKER: 'off',
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${url}/health`).then(
      () => true,
      () => false,
    );
    if (up) return { ...api, url };
    if (api.child.exitCode !== null || Date.now() > until)
      throw new Error(`the API process did not start:\n${api.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
