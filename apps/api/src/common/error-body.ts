import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DeadlineInputError, InvalidMessageError, LifecycleConflict } from '@app/domain';
import { TemplateVariablesError, UnknownTemplateError } from '@app/templates';
import { DomainError, DomainErrorCode } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The one error shape, shared by the API's filter (JSON), the dashboard's (an HTML page) and its
 * forms (the form again, with the messages). A module of its own so that neither filter imports
 * the other for it: the API's filter hands browser pages to the dashboard's, and a cycle between
 * the two left one of them injected with `Object`, depending on which file loaded first.
 */

const STATUS_OF: Record<DomainErrorCode, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unauthorised: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  throttled: HttpStatus.TOO_MANY_REQUESTS,
  upstream: HttpStatus.BAD_GATEWAY,
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
  if (exception instanceof InvalidMessageError) {
    return {
      statusCode: 400,
      error: REASON[400],
      message: exception.reason,
      errors: { [exception.field]: [exception.reason] },
      requestId,
    };
  }
  if (exception instanceof LifecycleConflict) {
    return {
      statusCode: 409,
      error: REASON[409],
      message: exception.reason,
      errors: { [exception.field]: [exception.reason] },
      requestId,
    };
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

/** A failure on our side (or upstream) goes to the log with its stack, which the client never sees. */
export function logServerError(
  logger: Logger,
  request: FastifyRequest,
  exception: unknown,
  body: ErrorBody,
): void {
  if (body.statusCode >= 500)
    logger.error(
      `${request.method} ${request.url} [${body.requestId}]`,
      (exception as Error)?.stack,
    );
}

/** A refusal to come back later (too many sign-ins) says when, as Retry-After. */
export function setRetryAfter(reply: FastifyReply, exception: unknown): void {
  if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined)
    void reply.header('retry-after', String(exception.retryAfterSeconds));
}
