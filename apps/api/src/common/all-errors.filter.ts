import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DashboardErrorsFilter } from '../dashboard/dashboard-errors.filter';
import { logServerError, setRetryAfter, toErrorBody } from './error-body';

/**
 * Every error leaves in one shape with the request id; domain errors map by code, and anything
 * unexpected is logged here and reaches the client as a bare 500 — never a stack trace or SQL.
 */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('errors');

  constructor(private readonly pages: DashboardErrorsFilter) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    // A browser asking for a page no route serves (a mistyped address): the dashboard's 404 page.
    if (isBrowserPage(request)) return this.pages.catch(exception, host);
    const body = toErrorBody(exception, String(request.id));
    logServerError(this.logger, request, exception, body);
    setRetryAfter(reply, exception);
    void reply.status(body.statusCode).header('x-request-id', body.requestId).send(body);
  }
}

function isBrowserPage(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  return (
    request.method === 'GET' &&
    !path.startsWith('/api/') &&
    path !== '/health' &&
    (request.headers.accept ?? '').includes('text/html')
  );
}
