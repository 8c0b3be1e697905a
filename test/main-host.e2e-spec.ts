import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from './support/test-app';

const ROOT = join(__dirname, '..');

/** `npm run start:api`'s entry point in its own process; its output and exit code. */
function startApi(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-main-'));
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        FOI_ADMIN_EMAIL: ADMIN.email,
        FOI_ADMIN_PASSWORD: ADMIN.password,
        FOI_QUEUE_PREFIX: `foi-main-test-${process.pid}-${Date.now()}`,
        FOI_WORKER: 'off',
        TS_NODE_TRANSPILE_ONLY: 'true',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => output,
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function waitFor<T>(find: () => T | null, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== null) return found;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the API process listens on HOST', () => {
  it('HOST=127.0.0.1: answers /health there, logs the real address, and nowhere else', async () => {
    const api = startApi({ HOST: '127.0.0.1', PORT: '0' });
    try {
      const url = await waitFor(
        () => /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(api.output())?.[1] ?? null,
        60_000,
      );
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', db: 'up' });
      // All of 127.0.0.0/8 is this machine's loopback: a server on 0.0.0.0 answers on
      // 127.0.0.2 too, one on 127.0.0.1 does not.
      const port = new URL(url).port;
      await expect(fetch(`http://127.0.0.2:${port}/health`)).rejects.toThrow();
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
      api.cleanUp();
    }
  }, 90_000);

  it('a HOST that is not an address stops the start with one line saying so', async () => {
    const api = startApi({ HOST: '0.0.0.0:3000', PORT: '0' });
    try {
      expect(await api.exited).toBe(1);
      expect(api.output()).toContain(
        'configuration: HOST: "0.0.0.0:3000" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
      );
    } finally {
      api.cleanUp();
    }
  }, 60_000);
});
