import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { toErrorBody } from '../common/all-errors.filter';
import { DashboardViews } from './dashboard-views';
import { pageContext } from './page-context';
import { setSecurityHeaders } from './security-headers';

/**
 * The dashboard's errors are pages, not JSON: signed-out visitors go to the sign-in page (and come
 * back afterwards); anything else gets the same message the API would give, on an HTML page.
 */
@Catch()
export class DashboardErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('dashboard');

  constructor(private readonly views: DashboardViews) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = toErrorBody(exception, String(request.id));
    if (body.statusCode === 401) {
      const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
      void reply.redirect(`/sign-in${next}`, 303);
      return;
    }
    if (body.statusCode >= 500)
      this.logger.error(
        `${request.method} ${request.url} [${body.requestId}]`,
        (exception as Error)?.stack,
      );
    setSecurityHeaders(reply);
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(exception.retryAfterSeconds));
    const html = this.views.render('error', {
      ...pageContext(request, 'none', body.error),
      error: body,
      details: Object.entries(body.errors ?? {}).map(([field, list]) => ({
        field,
        message: list.join('; '),
      })),
    });
    void reply
      .code(body.statusCode)
      .header('x-request-id', body.requestId)
      .type('text/html; charset=utf-8')
      .send(html);
  }
}
