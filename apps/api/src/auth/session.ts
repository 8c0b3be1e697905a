import { createHmac, timingSafeEqual } from 'node:crypto';

/** The dashboard's session: the same kind of token the API hands out, kept in an httpOnly cookie. */
export const SESSION_COOKIE = 'foi_session';

/** Before sign-in there is no session to bind a form to, so the sign-in form carries its own nonce. */
export const SIGN_IN_COOKIE = 'foi_sign_in';

/** Where forms put the CSRF token, and where scripts calling the API with a session put it. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The CSRF token of a session: derived from the secret session token, so it needs no storage and
 * another site, which can make the browser send the cookie but never read it, cannot forge it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('foi-csrf').digest('base64url');
}

export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export interface CookieOptions {
  secure: boolean;
}

/** httpOnly so no script reads it; Lax so a link from a reminder email still arrives signed in. */
export function sessionCookieOptions({ secure }: CookieOptions) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}
