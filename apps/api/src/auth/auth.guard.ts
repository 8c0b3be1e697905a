import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@app/platform';
import type { UserEntity } from '@app/persistence';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, READS_ONLY, REQUIRED_ROLE } from '../common/public.decorator';
import { AuthService } from './auth.service';

export type AuthenticatedRequest = FastifyRequest & { user: UserEntity; token: string };

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route needs a Bearer token unless marked @Public(). Viewers may only read; @AdminOnly()
 * routes need an admin. Applied globally so a new controller cannot forget it.
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
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await this.auth.authenticate(match[1]) : null;
    if (!user)
      throw new DomainError(
        'unauthorised',
        'sign in first: send Authorization: Bearer <token> from POST /api/v1/auth/login',
      );
    request.user = user;
    request.token = match![1];
    const role = this.reflector.getAllAndOverride<string>(REQUIRED_ROLE, targets);
    if (role === 'admin' && user.role !== 'admin')
      throw new DomainError('forbidden', 'only an admin may do this');
    const readsOnly = this.reflector.getAllAndOverride<boolean>(READS_ONLY, targets);
    if (user.role === 'viewer' && !READ_METHODS.has(request.method) && !readsOnly) {
      throw new DomainError('forbidden', 'viewers can read but not change anything');
    }
    return true;
  }
}
