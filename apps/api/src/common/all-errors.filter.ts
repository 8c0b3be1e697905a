import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { ChangeRefusal, DeadlineInputError } from '@app/domain';
import { TemplateVariablesError, UnknownTemplateError } from '@app/templates';
import { DomainError, DomainErrorCode } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DashboardErrorsFilter } from '../dashboard/dashboard-errors.filter';

const STATUS_OF: Record<DomainErrorCode, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unauthorised: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: Record<string, string[]>;
  requestId: string;
}

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
    if (body.statusCode >= 500)
      this.logger.error(
        `${request.method} ${request.url} [${body.requestId}]`,
        (exception as Error)?.stack,
      );
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(exception.retryAfterSeconds));
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

/** Any exception as the one error shape: domain errors by code, anything unexpected as a bare 500. */
export function toErrorBody(exception: unknown, requestId: string): ErrorBody {
  if (exception instanceof DomainError) {
    const statusCode = STATUS_OF[exception.code];
    return {
      statusCode,
      error: REASON[statusCode],
      message: exception.message,
      errors: exception.errors,
      requestId,
    };
  }
  if (exception instanceof ChangeRefusal) {
    const statusCode = STATUS_OF[exception.kind];
    const errors =
      exception.field === null ? undefined : { [exception.field]: [exception.fieldReason] };
    return { statusCode, error: REASON[statusCode], message: exception.reason, errors, requestId };
  }
  if (exception instanceof TemplateVariablesError) {
    const errors = Object.fromEntries(
      Object.entries(exception.errors).map(([name, list]) => [`variables.${name}`, list]),
    );
    return { statusCode: 400, error: REASON[400], message: exception.message, errors, requestId };
  }
  if (exception instanceof UnknownTemplateError) {
    return {
      statusCode: 404,
      error: REASON[404],
      message: exception.message,
      errors: { templateId: [exception.message] },
      requestId,
    };
  }
  if (exception instanceof DeadlineInputError) {
    return {
      statusCode: 400,
      error: REASON[400],
      message: exception.message,
      errors: { [exception.field]: [exception.message] },
      requestId,
    };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse() as
      { message?: unknown; errors?: Record<string, string[]> } | string;
    const raw = typeof response === 'string' ? response : response.message;
    const message = Array.isArray(raw)
      ? raw.join('; ')
      : typeof raw === 'string'
        ? raw
        : exception.message;
    const errors = typeof response === 'object' ? response.errors : undefined;
    return { statusCode, error: REASON[statusCode] ?? 'Error', message, errors, requestId };
  }
  const status = (exception as { statusCode?: number })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own errors: body too large, bad JSON, wrong content type.
    return {
      statusCode: status,
      error: REASON[status] ?? 'Error',
      message: (exception as Error).message,
      requestId,
    };
  }
  return {
    statusCode: 500,
    error: REASON[500],
    message: 'Something went wrong on our side; the request id identifies it in the logs.',
    requestId,
  };
}
