import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { OWASP_SCRYPT_LOG2N } from '../security/passwords';

export type MailTransport = 'outbox' | 'smtp';

/** Everything the processes read from the environment, checked once at start. */
export interface AppConfig {
  port: number;
  /** The address to listen on: loopback unless told (0.0.0.0 in a container). */
  host: string;
  /**
   * Which hops of X-Forwarded-For to believe (Fastify's `trustProxy`): false for none, a number
   * of proxies in front, or the proxies' addresses and ranges. Never "every hop": the leftmost
   * entry is whatever the client sent, so trusting it lets anyone pick the address sign-in is
   * throttled by.
   */
  trustProxy: false | number | string[];
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string;
  mailTransport: MailTransport;
  smtpUrl: string | null;
  mailFrom: string;
  adminEmail: string | null;
  adminPassword: string | null;
  reminderHour: number;
  dueSoonWorkingDays: number;
  receiptRule: 'ico' | 'next-working-day';
  templatesDir: string;
  holidaysFile: string | null;
  /** Prefix of every Redis key Bull writes, so several installs (or test runs) share a Redis. */
  queuePrefix: string;
  /** Where people reach the service: the base of links in emails. */
  publicUrl: string;
  /** The union's FOI mailbox: Reply-To on letters sent to authorities. */
  replyTo: string | null;
  /** How often the worker re-enqueues open reminders (Redis only schedules; it can forget). */
  reconcileEveryMs: number;
  /** Whether `npm start`'s process also runs the worker (FOI_WORKER=off for an API alone). */
  embeddedWorker: boolean;
  /** Whether the worker sends each officer's daily digest (FOI_DIGESTS=off: reminders only). */
  digests: boolean;
  /** How many days an API token from POST /auth/login works (FOI_TOKEN_DAYS). */
  tokenDays: number;
  /** scrypt's cost for new password hashes: N = 2^scryptLog2N (FOI_SCRYPT_LOG2N). */
  scryptLog2N: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name}: "${raw}" must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

function oneOf<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    problems.push(`${name}: "${raw}" must be one of ${allowed.join(', ')}`);
    return fallback;
  }
  return raw as T;
}

function url(
  env: NodeJS.ProcessEnv,
  name: string,
  protocols: string[],
  problems: string[],
): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) throw new Error();
    return raw;
  } catch {
    problems.push(
      `${name}: "${raw.replace(/:[^:@/]*@/, ':***@')}" must be a ${protocols.join(' or ')}// URL`,
    );
    return null;
  }
}

/** A DNS name: letters, digits and hyphens in dot-separated labels, the last not all digits. */
const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9-]*[a-z-][a-z0-9-]*$/i;

function host(env: NodeJS.ProcessEnv, problems: string[]): string {
  const raw = env.HOST;
  if (raw === undefined || raw === '') return '127.0.0.1';
  if (isIP(raw) !== 0 || (HOSTNAME.test(raw) && !raw.startsWith('-') && !raw.endsWith('-')))
    return raw;
  problems.push(`HOST: "${raw}" must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name`);
  return '127.0.0.1';
}

/**
 * TRUST_PROXY: `off`; `on` for one proxy in front (the address it appends, the rightmost entry
 * of X-Forwarded-For, is the client); a number of proxies in a chain; or the proxies' own
 * addresses and ranges, comma-separated (`10.0.0.0/8,127.0.0.1`).
 */
function trustProxy(env: NodeJS.ProcessEnv, problems: string[]): false | number | string[] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'off') return false;
  if (raw === 'on') return 1;
  if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 10) return Number(raw);
  const ranges = raw.split(',').map((part) => part.trim());
  const isRange = (part: string) => {
    const [address, bits, extra] = part.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return false;
    if (bits === undefined) return true;
    return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  };
  if (ranges.every(isRange)) return ranges;
  problems.push(
    `TRUST_PROXY: "${raw}" must be off, on (one proxy), a number of proxies (1-10), or the proxies' addresses (10.0.0.0/8,127.0.0.1)`,
  );
  return false;
}

/** Reads and checks the environment; every problem is reported at once, one line each. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const dir = (value: string) => (isAbsolute(value) ? value : resolve(cwd, value));
  const dataDir = dir(env.DATA_DIR || './data');
  const mailTransport = oneOf(
    env,
    'MAIL_TRANSPORT',
    ['outbox', 'smtp'] as const,
    'outbox',
    problems,
  );
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  if (
    mailTransport === 'smtp' &&
    smtpUrl === null &&
    !problems.some((p) => p.startsWith('SMTP_URL'))
  ) {
    problems.push('SMTP_URL: required when MAIL_TRANSPORT=smtp');
  }
  const adminEmail = env.FOI_ADMIN_EMAIL || null;
  if (adminEmail !== null && !EMAIL.test(adminEmail))
    problems.push(`FOI_ADMIN_EMAIL: "${adminEmail}" is not an email address`);
  const adminPassword = env.FOI_ADMIN_PASSWORD || null;
  if (adminPassword !== null && adminPassword.length < 10)
    problems.push('FOI_ADMIN_PASSWORD: must be at least 10 characters');
  if ((adminEmail === null) !== (adminPassword === null)) {
    problems.push('FOI_ADMIN_EMAIL and FOI_ADMIN_PASSWORD: set both or neither');
  }
  const mailFrom = env.MAIL_FROM || 'FOI Tracker <foi@localhost>';
  const config: AppConfig = {
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    host: host(env, problems),
    trustProxy: trustProxy(env, problems),
    dataDir,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:', 'sqlite:'], problems),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], problems) ?? 'redis://127.0.0.1:6379',
    mailTransport,
    smtpUrl,
    mailFrom,
    adminEmail,
    adminPassword,
    reminderHour: integer(env, 'REMINDER_HOUR', 8, 0, 23, problems),
    dueSoonWorkingDays: integer(env, 'DUE_SOON_WORKING_DAYS', 5, 1, 20, problems),
    receiptRule: oneOf(
      env,
      'FOI_RECEIPT_RULE',
      ['ico', 'next-working-day'] as const,
      'ico',
      problems,
    ),
    templatesDir: dir(env.TEMPLATES_DIR || './templates'),
    holidaysFile: env.FOI_HOLIDAYS_FILE || null,
    queuePrefix: env.FOI_QUEUE_PREFIX || 'foi',
    publicUrl: (
      url(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ??
      `http://127.0.0.1:${env.PORT || 3000}`
    ).replace(/\/$/, ''),
    replyTo: env.FOI_REPLY_TO || null,
    reconcileEveryMs: integer(env, 'FOI_RECONCILE_EVERY_MS', 60_000, 1000, 3_600_000, problems),
    embeddedWorker: oneOf(env, 'FOI_WORKER', ['on', 'off'] as const, 'on', problems) === 'on',
    digests: oneOf(env, 'FOI_DIGESTS', ['on', 'off'] as const, 'on', problems) === 'on',
    tokenDays: integer(env, 'FOI_TOKEN_DAYS', 90, 1, 3650, problems),
    // OWASP's minimum is N = 2^17; the floor of 2^14 exists so test suites can hash quickly.
    scryptLog2N: integer(env, 'FOI_SCRYPT_LOG2N', OWASP_SCRYPT_LOG2N, 14, 20, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
