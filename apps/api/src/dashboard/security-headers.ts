import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import { PRIVATE_HEADERS } from '../common/api-headers';

/**
 * The dashboard runs no scripts, so its pages can forbid them outright: a stored title that
 * slipped past escaping still could not run. No framing (clickjacking), forms post only here.
 * (Pico's select arrows are data: images.) The API's Swagger UI needs scripts, so this is the
 * dashboard's alone.
 */
const HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'same-origin',
  // Pages show what one signed-in person may see: never kept by a shared cache or the back button
  // after signing out; never sniffed.
  ...PRIVATE_HEADERS,
};

export function setSecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(HEADERS)) void reply.header(name, value);
}

@Injectable()
export class SecurityHeadersInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    setSecurityHeaders(context.switchToHttp().getResponse<FastifyReply>());
    return next.handle();
  }
}
