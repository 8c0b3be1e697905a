import { ConfigError, loadConfig } from './app-config';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/foi');
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('loadConfig', () => {
  it('has a working default for everything', () => {
    expect(loadConfig({}, '/srv/foi')).toEqual({
      port: 3000,
      host: '127.0.0.1',
      trustProxy: false,
      dataDir: '/srv/foi/data',
      databaseUrl: null,
      redisUrl: 'redis://127.0.0.1:6379',
      mailTransport: 'outbox',
      smtpUrl: null,
      mailFrom: 'FOI Tracker <foi@localhost>',
      adminEmail: null,
      adminPassword: null,
      reminderHour: 8,
      dueSoonWorkingDays: 5,
      receiptRule: 'ico',
      templatesDir: '/srv/foi/templates',
      holidaysFile: null,
      queuePrefix: 'foi',
      publicUrl: 'http://127.0.0.1:3000',
      replyTo: null,
      reconcileEveryMs: 60000,
      embeddedWorker: true,
      digests: true,
      tokenDays: 90,
      scryptLog2N: 17,
    });
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'port not a number',
      { PORT: 'eighty' },
      'PORT: "eighty" must be a whole number from 0 to 65535',
    ],
    [
      'reminder hour out of range',
      { REMINDER_HOUR: '24' },
      'REMINDER_HOUR: "24" must be a whole number from 0 to 23',
    ],
    [
      'due-soon days zero',
      { DUE_SOON_WORKING_DAYS: '0' },
      'DUE_SOON_WORKING_DAYS: "0" must be a whole number from 1 to 20',
    ],
    [
      'unknown transport',
      { MAIL_TRANSPORT: 'pigeon' },
      'MAIL_TRANSPORT: "pigeon" must be one of outbox, smtp',
    ],
    [
      'smtp without a URL',
      { MAIL_TRANSPORT: 'smtp' },
      'SMTP_URL: required when MAIL_TRANSPORT=smtp',
    ],
    [
      'database URL of another kind',
      { DATABASE_URL: 'mysql://x@y/z' },
      'DATABASE_URL: "mysql://x@y/z" must be a postgres: or postgresql: or sqlite:// URL',
    ],
    [
      'redis URL not a URL',
      { REDIS_URL: 'localhost' },
      'REDIS_URL: "localhost" must be a redis: or rediss:// URL',
    ],
    [
      'receipt rule',
      { FOI_RECEIPT_RULE: 'whenever' },
      'FOI_RECEIPT_RULE: "whenever" must be one of ico, next-working-day',
    ],
    [
      'admin email alone',
      { FOI_ADMIN_EMAIL: 'a@b.org' },
      'FOI_ADMIN_EMAIL and FOI_ADMIN_PASSWORD: set both or neither',
    ],
    [
      'host with a port',
      { HOST: '0.0.0.0:3000' },
      'HOST: "0.0.0.0:3000" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
    ],
    [
      'host as a URL',
      { HOST: 'http://localhost' },
      'HOST: "http://localhost" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
    ],
    [
      'host not an IPv4 address',
      { HOST: '300.1.1.1' },
      'HOST: "300.1.1.1" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
    ],
    [
      'trust proxy neither on nor off',
      { TRUST_PROXY: 'yes' },
      `TRUST_PROXY: "yes" must be off, on (one proxy), a number of proxies (1-10), or the proxies' addresses (10.0.0.0/8,127.0.0.1)`,
    ],
    [
      'short admin password',
      { FOI_ADMIN_EMAIL: 'a@b.org', FOI_ADMIN_PASSWORD: 'short' },
      'FOI_ADMIN_PASSWORD: must be at least 10 characters',
    ],
    [
      'token days zero',
      { FOI_TOKEN_DAYS: '0' },
      'FOI_TOKEN_DAYS: "0" must be a whole number from 1 to 3650',
    ],
    [
      'token days not a number',
      { FOI_TOKEN_DAYS: 'ninety' },
      'FOI_TOKEN_DAYS: "ninety" must be a whole number from 1 to 3650',
    ],
    [
      'scrypt cost below the floor',
      { FOI_SCRYPT_LOG2N: '12' },
      'FOI_SCRYPT_LOG2N: "12" must be a whole number from 14 to 20',
    ],
  ])('%s', (_, env, problem) => {
    expect(problems(env)).toContain(problem);
  });

  it.each([
    ['0.0.0.0', '0.0.0.0'],
    ['::', '::'],
    ['::1', '::1'],
    ['192.168.1.20', '192.168.1.20'],
    ['localhost', 'localhost'],
    ['foi.union.example.org', 'foi.union.example.org'],
  ])('HOST=%s listens there', (raw, expected) => {
    expect(loadConfig({ HOST: raw }, '/srv/foi').host).toBe(expected);
  });

  it.each<[string, false | number | string[]]>([
    ['on', 1],
    ['off', false],
    ['', false],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
    ['fd00::/8', ['fd00::/8']],
  ])('TRUST_PROXY=%j trusts %j', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }, '/srv/foi').trustProxy).toEqual(expected);
  });

  it('reports every problem at once, one line each, with no password shown', () => {
    const found = problems({
      PORT: '-1',
      REMINDER_HOUR: 'x',
      DATABASE_URL: 'mysql://u:secret@h/db',
    });
    expect(found).toHaveLength(3);
    expect(found.join('\n')).not.toContain('secret');
  });
});
