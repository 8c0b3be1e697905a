import type { AuthenticatedRequest } from '../auth/auth.guard';
import { csrfTokenFor } from '../auth/session';

export type NavSection =
  | 'outstanding'
  | 'all'
  | 'action'
  | 'new'
  | 'authorities'
  | 'templates'
  | 'statistics'
  | 'users'
  | 'audit'
  | 'none';

/** What every signed-in page's layout needs: who is signed in, what they may do, the form token. */
export function pageContext(
  request: AuthenticatedRequest,
  nav: NavSection,
  title: string,
): Record<string, unknown> {
  const user = request.user;
  return {
    title,
    nav,
    user: user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null,
    canWrite: user ? user.role !== 'viewer' : false,
    isAdmin: user?.role === 'admin',
    csrf: request.viaSession ? csrfTokenFor(request.token) : '',
  };
}
