import { ADMIN } from './support/test-app';
import { listeningOn, outputMatching, startOnFreshData } from './support/worker-process';

const WORKER_STARTED = 'consuming the reminder queue';

/** `npm start`'s entry point on a fresh data directory. */
function startServer(env: Record<string, string> = {}) {
  return startOnFreshData('server', {
    FOI_ADMIN_EMAIL: ADMIN.email,
    FOI_ADMIN_PASSWORD: ADMIN.password,
    HOST: '127.0.0.1',
    PORT: '0',
    ...env,
  });
}

describe("npm start's one process (apps/server)", () => {
  it('serves /health and runs the worker beside it; SIGTERM lets the worker finish, exit 0', async () => {
    const server = startServer();
    try {
      const url = await listeningOn(server);
      const health = await fetch(`${url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', db: 'up', queue: 'up' });
      await outputMatching(server, new RegExp(WORKER_STARTED));
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
      const url = await listeningOn(server);
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
