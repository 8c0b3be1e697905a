import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { logServerError, setRetryAfter, toErrorBody } from '../common/error-body';
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
    logServerError(this.logger, request, exception, body);
    setSecurityHeaders(reply);
    setRetryAfter(reply, exception);
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
