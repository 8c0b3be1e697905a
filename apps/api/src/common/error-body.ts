import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ChangeRefusal, DeadlineInputError } from '@app/domain';
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
  return { ...bodyOf(exception), requestId };
}

type Body = Omit<ErrorBody, 'requestId'>;

function bodyOf(exception: unknown): Body {
  if (exception instanceof DomainError)
    return withReason(STATUS_OF[exception.code], exception.message, exception.errors);
  if (exception instanceof ChangeRefusal) return refusalBody(exception);
  if (exception instanceof TemplateVariablesError)
    return withReason(400, exception.message, variableErrors(exception.errors));
  if (exception instanceof UnknownTemplateError)
    return onField(404, 'templateId', exception.message);
  if (exception instanceof DeadlineInputError)
    return onField(400, exception.field, exception.message);
  if (exception instanceof HttpException) return httpExceptionBody(exception);
  return fastifyErrorBody(exception) ?? SERVER_FAILURE;
}

function withReason(statusCode: number, message: string, errors?: Record<string, string[]>): Body {
  return { statusCode, error: REASON[statusCode] ?? 'Error', message, errors };
}

/** A problem with one field: the message at the top and beside the field. */
function onField(statusCode: number, field: string, message: string): Body {
  return withReason(statusCode, message, { [field]: [message] });
}

/** A change the domain refused: the sentence at the top, and beside its field when it has one. */
function refusalBody(refusal: ChangeRefusal): Body {
  const statusCode = STATUS_OF[refusal.kind];
  const errors = refusal.field === null ? undefined : { [refusal.field]: [refusal.fieldReason] };
  return withReason(statusCode, refusal.reason, errors);
}

/** A letter's variables are fields of the request body's `variables`. */
function variableErrors(errors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([name, list]) => [`variables.${name}`, list]),
  );
}

/** Nest's own refusals (validation, unknown routes), and the few HttpExceptions thrown on purpose. */
function httpExceptionBody(exception: HttpException): Body {
  const response = exception.getResponse() as
    { message?: unknown; errors?: Record<string, string[]> } | string;
  const raw = typeof response === 'string' ? response : response.message;
  const message = Array.isArray(raw)
    ? raw.join('; ')
    : typeof raw === 'string'
      ? raw
      : exception.message;
  const errors = typeof response === 'object' ? response.errors : undefined;
  return withReason(exception.getStatus(), message, errors);
}

/** Fastify's own errors: body too large, bad JSON, wrong content type. */
function fastifyErrorBody(exception: unknown): Body | null {
  const status = (exception as { statusCode?: number })?.statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  return withReason(status, (exception as Error).message);
}

const SERVER_FAILURE: Body = withReason(
  500,
  'Something went wrong on our side; the request id identifies it in the logs.',
);

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
