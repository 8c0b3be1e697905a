const HERE = 'http://foi-tracker.invalid';

/**
 * Only a path on this site: `next` must never send a signed-in officer somewhere else. Resolved
 * as a browser would (which drops tabs and newlines, so "/\t/evil.example" is another host) and
 * kept only if it stays here.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/';
  try {
    const url = new URL(next, HERE);
    return url.origin === HERE ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}
