import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADMIN } from './support/test-app';
import { ServiceProcess, startServerProcess } from './support/worker-process';

const WORKER_STARTED = 'consuming the reminder queue';

/** `npm start`'s entry point on a fresh data directory and its own Redis keys. */
function startServer(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'foi-server-'));
  const server = startServerProcess({
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    FOI_ADMIN_EMAIL: ADMIN.email,
    FOI_ADMIN_PASSWORD: ADMIN.password,
    FOI_QUEUE_PREFIX: `foi-server-test-${process.pid}-${Date.now()}`,
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  });
  return { ...server, cleanUp: () => rmSync(dataDir, { recursive: true, force: true }) };
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

/** The address the process says it listens on, once it does. */
function listening(server: ServiceProcess): Promise<string> {
  return waitFor(
    () => /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(server.output())?.[1] ?? null,
    60_000,
  );
}

describe("npm start's one process (apps/server)", () => {
  it('serves /health and runs the worker beside it; SIGTERM lets the worker finish, exit 0', async () => {
    const server = startServer();
    try {
      const url = await listening(server);
      const health = await fetch(`${url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', db: 'up', queue: 'up' });
      await waitFor(() => (server.output().includes(WORKER_STARTED) ? true : null), 60_000);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain('SIGTERM: finishing the jobs in hand, then exiting');
    } finally {
      server.child.kill('SIGKILL');
      server.cleanUp();
    }
  }, 90_000);

  it('FOI_WORKER=off: serves /health and leaves the queue to separate workers', async () => {
    const server = startServer({ FOI_WORKER: 'off' });
    try {
      const url = await listening(server);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      // With the worker on, it starts about a second after the API listens: five is ample.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      server.child.kill('SIGTERM');
      await server.exited;
      expect(server.output()).not.toContain(WORKER_STARTED);
    } finally {
      server.child.kill('SIGKILL');
      server.cleanUp();
    }
  }, 90_000);
});
