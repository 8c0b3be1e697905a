const HERE = 'http://foi-tracker.invalid';

/**
 * Only a path on this site: `next` must never send a signed-in officer somewhere else. Resolved
 * as a browser would (which drops tabs and newlines, so "/\t/evil.example" is another host) and
 * kept only if it stays here. Resolving can itself make a path that starts with "//" (dot
 * segments: "/..//evil.example"), which a browser reads as another host, so the result is checked
 * again: what comes out is safe as it is and unchanged by a second pass.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/')) return '/';
  try {
    const url = new URL(next, HERE);
    const path = `${url.pathname}${url.search}`;
    return url.origin === HERE && !/^[/\\]{2}/.test(path) ? path : '/';
  } catch {
    return '/';
  }
}
