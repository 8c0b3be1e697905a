import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from './support/test-app';

describe('GET /health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('answers 200 without a token over real HTTP', async () => {
    expect(await t.call('GET', '/health')).toEqual({
      status: 200,
      body: { status: 'ok', db: 'up', queue: 'up' },
    });
  });

  it('says the database is down once it stops answering', async () => {
    const other = await startTestApp('sqlite');
    try {
      await other.app.get(DataSource).destroy();
      expect(await other.call('GET', '/health')).toEqual({
        status: 200,
        body: { status: 'degraded', db: 'down', queue: 'up' },
      });
    } finally {
      await other.close();
    }
  });
});
