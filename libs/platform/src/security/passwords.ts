import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * OWASP's Password Storage Cheat Sheet: scrypt with N = 2^17, r = 8, p = 1 at least. Deployments
 * keep it; FOI_SCRYPT_LOG2N may lower it (to 2^14 at most) so test suites can hash quickly.
 */
export const OWASP_SCRYPT_LOG2N = 17;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
/** Hashes we made never go above 2^20; a stored N beyond that is refused rather than obeyed. */
const MAX_N = 2 ** 20;

/** scrypt needs 128·N·r bytes (plus a little for p); Node refuses more than `maxmem`. */
function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  const maxmem = 128 * n * r + 128 * r * p + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: n, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url), so the cost can rise later without breaking old hashes. */
export async function hashPassword(
  password: string,
  log2N: number = OWASP_SCRYPT_LOG2N,
): Promise<string> {
  const n = 2 ** log2N;
  const salt = randomBytes(16);
  const key = await derive(password, salt, n, R, P);
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return null;
  const cost = { n: Number(n), r: Number(r), p: Number(p) };
  const sane =
    Number.isInteger(Math.log2(cost.n)) && cost.n <= MAX_N && cost.r >= 1 && cost.r <= 32;
  return sane && cost.p >= 1 && cost.p <= 16 ? { ...cost, salt, hash } : null;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const expected = Buffer.from(parsed.hash, 'base64url');
  const key = await derive(
    password,
    Buffer.from(parsed.salt, 'base64url'),
    parsed.n,
    parsed.r,
    parsed.p,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether a stored hash was made at a lower cost than new ones get: rehash on the next sign-in. */
export function needsRehash(stored: string, log2N: number = OWASP_SCRYPT_LOG2N): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.n < 2 ** log2N || parsed.r < R || parsed.p < P;
}

/** A new Bearer token: 32 random bytes; only its SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
