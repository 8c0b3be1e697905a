import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { typedDateToIso } from '@app/domain';
import { DomainError } from '@app/platform';
import { CSRF_FIELD } from '../auth/session';
import { toErrorBody } from '../common/error-body';
import { fieldErrors } from '../common/validation';
import { missingMessage } from '../common/plain-words';

export type FormBody = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;

/**
 * What a form sent, as the API's DTOs expect it: the CSRF token dropped, text trimmed, and empty
 * fields left out (an empty optional field means "not given", not "the empty string").
 */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, raw] of Object.entries(body as FormBody)) {
    if (key === CSRF_FIELD) continue;
    const value = Array.isArray(raw) ? raw.join('\n') : raw;
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed !== '') values[key] = trimmed;
  }
  return values;
}

/** Validates a form against the API's DTO, so a form and an API call are held to the same rules. */
export async function validateAs<T extends object>(
  dto: new () => T,
  plain: Record<string, unknown>,
): Promise<{ value: T; errors: null } | { value: null; errors: FieldErrors }> {
  const value = plainToInstance(dto, plain);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length === 0
    ? { value, errors: null }
    : { value: null, errors: fieldErrors(errors) };
}

/** Errors from the domain (`{field: [...]}`) or validation, as the one message shown beside each field. */
export function firstMessages(errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list[0]]));
}

/** The DTO from a form, or a DomainError with every field's messages (shown beside the fields). */
export async function checkedForm<T extends object>(
  dto: new () => T,
  plain: Record<string, unknown>,
): Promise<T> {
  const defined = Object.fromEntries(Object.entries(plain).filter(([, v]) => v !== undefined));
  const result = await validateAs(dto, defined);
  if (!result.errors) return result.value!;
  // A field left empty gets what to do ("Choose the authority"), not the first of its rules.
  const errors = Object.fromEntries(
    Object.entries(result.errors).map(([field, messages]) => [
      field,
      field in defined ? messages : [missingMessage(field)],
    ]),
  );
  throw new DomainError(
    'invalid',
    'Some fields need correcting: see the messages beside them.',
    errors,
  );
}

/** A form that came back: the message at its top, one beside each field, and the status. */
export interface FormProblem {
  status: number;
  message: string;
  fields: Record<string, string>;
  /** The fields' messages with the top one as `message`: what most pages take as `errors`. */
  errors: Record<string, string>;
}

/** What a form leads to when it works: back to a page by redirect, or a page of its own. */
export type FormOutcome = { redirect: string } | { page: string };

/**
 * A form's whole answer. When `run` works: a redirect (POST, redirect, GET, so a reload sends
 * nothing twice) or the page it made. A 400 or 409: the form's page again (`again`), with the
 * messages and what was typed. Anything else (not found, forbidden, a bug) goes to the error page.
 */
export async function answerForm(
  reply: FastifyReply,
  requestId: string,
  run: () => Promise<FormOutcome>,
  again: (problem: FormProblem) => string | Promise<string>,
): Promise<void> {
  let outcome: FormOutcome;
  try {
    outcome = await run();
  } catch (error) {
    const body = toErrorBody(error, requestId);
    if (body.statusCode !== 400 && body.statusCode !== 409) throw error;
    const fields = firstMessages(body.errors ?? {});
    const problem = { status: body.statusCode, message: body.message, fields };
    return sendPage(
      reply,
      problem.status,
      await again({ ...problem, errors: { ...fields, message: body.message } }),
    );
  }
  if ('redirect' in outcome) void reply.redirect(outcome.redirect, 303);
  else sendPage(reply, 200, outcome.page);
}

/** A whole page as the reply, with the status that says how the form went. */
export function sendPage(reply: FastifyReply, status: number, html: string): void {
  void reply.code(status).type('text/html; charset=utf-8').send(html);
}

/** A date field on a form: its name, the words its messages use, and whether it may be left empty. */
export interface DateField {
  name: string;
  label: string;
  /** What to say when it is left empty ("Enter the date it was sent"); optional fields have none. */
  missing?: string;
}

/** The hint beside every date field, and the example its messages give. */
export const DATE_EXAMPLE = '27 11 2026';

/**
 * The form's dates as `YYYY-MM-DD`, read from what was typed (day month year, or YYYY-MM-DD). A
 * required date left empty, or any date that is not a real one, is a message beside its field:
 * a form never stands in today, or anything else, for a date it did not get.
 */
export function formDates(
  values: Record<string, string>,
  fields: readonly DateField[],
): Record<string, string | undefined> {
  const dates: Record<string, string | undefined> = {};
  const errors: FieldErrors = {};
  for (const { name, label, missing } of fields) {
    const typed = values[name];
    if (typed === undefined) {
      if (missing) errors[name] = [`${missing}, for example ${DATE_EXAMPLE}.`];
      continue;
    }
    const iso = typedDateToIso(typed);
    if (iso === undefined)
      errors[name] = [
        `${label} must be a real date, for example ${DATE_EXAMPLE} (day, month, year).`,
      ];
    dates[name] = iso;
  }
  if (Object.keys(errors).length > 0)
    throw new DomainError(
      'invalid',
      'Some fields need correcting: see the messages beside them.',
      errors,
    );
  return dates;
}

/**
 * Runs every check of a form, even after one has failed, and throws one DomainError with all
 * their fields' messages (the first message for a field wins), so a form shows every problem at
 * once instead of one check's on each try. A check failing in any other way is thrown as it is.
 */
export async function everyProblem(
  checks: ReadonlyArray<() => unknown>,
  order: (field: string) => number = () => 0,
): Promise<void> {
  const errors: FieldErrors = {};
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      const fields = error instanceof DomainError ? error.errors : undefined;
      if (!(error instanceof DomainError) || error.code !== 'invalid' || !fields) throw error;
      for (const [field, messages] of Object.entries(fields)) errors[field] ??= messages;
    }
  }
  const keys = Object.keys(errors);
  if (keys.length === 0) return;
  const sorted = keys
    .map((field, i) => ({ field, i }))
    .sort((a, b) => order(a.field) - order(b.field) || a.i - b.i);
  throw new DomainError(
    'invalid',
    'Some fields need correcting: see the messages beside them.',
    Object.fromEntries(sorted.map(({ field }) => [field, errors[field]])),
  );
}
