import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/platform';
import type { UserEntity } from '@app/persistence';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, READS_ONLY, REQUIRED_ROLE } from '../common/public.decorator';
import { AuthService } from './auth.service';
import { CSRF_FIELD, CSRF_HEADER, csrfTokenFor, sameSecret, SESSION_COOKIE } from './session';

export type AuthenticatedRequest = FastifyRequest & {
  user: UserEntity;
  token: string;
  /** Signed in through the dashboard's cookie rather than a Bearer token. */
  viaSession: boolean;
};

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a Bearer token or a dashboard session unless marked @Public(). A write with a
 * session must carry the session's CSRF token. Viewers may only read; @AdminOnly() routes need an
 * admin. Applied globally so a new controller cannot forget it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const session = bearer ? undefined : request.cookies?.[SESSION_COOKIE];
    const token = bearer ?? session;
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user)
      throw new DomainError(
        'unauthorised',
        'sign in first: send Authorization: Bearer <token> from POST /api/v1/auth/login',
      );
    request.user = user;
    request.token = token!;
    request.viaSession = session !== undefined;
    if (request.viaSession && !READ_METHODS.has(request.method)) this.checkCsrf(request);
    const role = this.reflector.getAllAndOverride<string>(REQUIRED_ROLE, targets);
    if (role === 'admin' && user.role !== 'admin')
      throw new DomainError('forbidden', 'only an admin may do this');
    const readsOnly = this.reflector.getAllAndOverride<boolean>(READS_ONLY, targets);
    if (user.role === 'viewer' && !READ_METHODS.has(request.method) && !readsOnly) {
      throw new DomainError('forbidden', 'viewers can read but not change anything');
    }
    return true;
  }

  private checkCsrf(request: AuthenticatedRequest): void {
    const body = request.body as Record<string, unknown> | undefined;
    const given = body?.[CSRF_FIELD] ?? request.headers[CSRF_HEADER];
    if (!sameSecret(given, csrfTokenFor(request.token)))
      throw new DomainError(
        'forbidden',
        'this form has expired or did not come from this site: reload the page and try again',
      );
  }
}
