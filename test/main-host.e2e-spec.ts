import { ADMIN } from './support/test-app';
import { listeningOn, startOnFreshData } from './support/worker-process';

/** `npm run start:api`'s entry point in its own process, on a fresh data directory. */
function startApi(env: Record<string, string>) {
  return startOnFreshData('api', {
    FOI_ADMIN_EMAIL: ADMIN.email,
    FOI_ADMIN_PASSWORD: ADMIN.password,
    FOI_WORKER: 'off',
    ...env,
  });
}

describe('the API process listens on HOST', () => {
  it('HOST=127.0.0.1: answers /health there, logs the real address, and nowhere else', async () => {
    const api = startApi({ HOST: '127.0.0.1', PORT: '0' });
    try {
      const url = await listeningOn(api);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
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
