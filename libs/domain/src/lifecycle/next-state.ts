import { formatIsoDate } from '../dates/calendar-date';
import { asInstant, londonDateOf, toLondonDay } from '../dates/london-date';
import { DeadlineInputError, DeadlineView } from '../deadlines/deadline.types';
import { postalReceiptDate } from '../deadlines/postal-receipt';
import { DeadlineSubject, requestDeadline, storedDatesOf } from '../deadlines/request-deadline';
import { normaliseExemptions } from '../exemptions/exemptions';
import { remindersOfRequest } from '../reminders/plan-reminders';
import { replayStatus } from './apply-message';
import { clockEventsOf } from './clock-events-of';
import { InvalidMessageError, LifecycleConflict, LifecycleMessage } from './lifecycle.types';
import {
  correctableFields,
  CorrectableFields,
  CorrectionInput,
  correctedMessage,
  messageOf,
  refuseEmptyCorrection,
  sameFields,
} from './message-correction';
import {
  latestOutcome,
  LOGGED_BY_SENDING,
  refuseBeforeSend,
  refuseBeforeSent,
  refuseFieldsNotOfKind,
  refuseFuture,
  refuseIfWithdrawn,
  refuseUnlikeReference,
} from './message-rules';
import {
  AuditRecord,
  ChangeContext,
  MessageToAdd,
  NewMessage,
  NextState,
  RequestChange,
  RequestFacts,
  RequestRowChange,
  StoredMessage,
} from './request-change.types';

/** What one change does before the history is replayed: the message, and what it sets itself. */
interface Step {
  type: RequestChange['type'];
  add?: MessageToAdd;
  correct?: { id: number; fields: CorrectableFields };
  removeId?: number;
  row?: Pick<RequestRowChange, 'sentAt' | 'sentVia' | 'receivedOn'>;
  withdrawnAt?: Date;
  /** What the audit event adds to the request's before and after (the message's fields). */
  detail?: { before: Record<string, unknown>; after: Record<string, unknown> | null };
}

/**
 * The request after one change, and everything to write for it. The whole history is replayed
 * with the change (a message logged late lands where it happened), so the status, the clock,
 * the stored dates, the outcome and the reminder plan all follow from the history as corrected.
 * A change the rules refuse throws a ChangeRefusal (or a DeadlineInputError the engine raised
 * about the request itself); nothing is written then.
 */
export function nextState(
  request: RequestFacts,
  history: readonly StoredMessage[],
  change: RequestChange,
  context: ChangeContext,
): NextState {
  refuseBadInput(change, context.today);
  const step = stepOf(request, history, change, context);
  const messages = historyAfter(history, step);
  const withdrawnAt = step.withdrawnAt ?? request.withdrawnAt;
  const status = replayStatus(messages, withdrawnAt !== null);
  const clockEvents = clockEventsOf(messages, withdrawnAt ? withdrawnAt.toISOString() : null);
  const facts = { regime: request.regime, nation: request.authority.nation, status, clockEvents };
  const receivedOn = step.row?.receivedOn !== undefined ? step.row.receivedOn : request.receivedOn;
  const view = deadlineOf({ ...facts, authority: request.authority, receivedOn }, context);
  const dates = storedDatesOf(status, view);
  const answer = latestOutcome(messages);
  return {
    row: { ...step.row, status, withdrawnAt, clockEvents, ...answer, ...dates },
    addMessage: step.add,
    correctMessage: step.correct,
    removeMessageId: step.removeId,
    reminders: remindersOfRequest(facts, view, context.calendar, context),
    event: auditRecord(request, step, { status, dueDate: dates.dueDate, ...answer }, context),
  };
}

/**
 * The checks that need nothing but the change and today's date: a caller runs them before
 * reading the request, so bad input is a 400 whether or not the request exists.
 */
export function refuseBadInput(change: RequestChange, today: string): void {
  switch (change.type) {
    case 'sent':
      return refuseFuture('sentAt', change.sentAt, today);
    case 'message-logged':
      return refuseBadMessage(change.message, today);
    case 'message-corrected':
      refuseEmptyCorrection(change.correction);
      if (change.correction.occurredAt !== undefined)
        refuseFuture('occurredAt', change.correction.occurredAt, today);
      return;
  }
}

function refuseBadMessage(message: NewMessage, today: string): void {
  if (message.kind === 'request') throw new LifecycleConflict('kind', LOGGED_BY_SENDING);
  const given = (['extendedTo', 'outcome', 'exemptions'] as const).filter(
    (field) => message[field] !== undefined,
  );
  refuseFieldsNotOfKind(message.kind, given);
  refuseFuture('occurredAt', message.occurredAt, today);
}

function stepOf(
  request: RequestFacts,
  history: readonly StoredMessage[],
  change: RequestChange,
  context: ChangeContext,
): Step {
  switch (change.type) {
    case 'sent':
      return sent(request, change, context);
    case 'message-logged':
      return logged(request, change.message, context);
    case 'message-corrected':
      return corrected(request, history, change.messageId, change.correction, context);
    case 'message-removed':
      return removed(history, change.messageId);
    case 'send-undone':
      return {
        type: 'send-undone',
        removeId: change.messageId,
        row: { sentAt: null, sentVia: null, receivedOn: null },
      };
    case 'withdrawn':
      if (request.status === 'closed' || request.status === 'withdrawn')
        throw new LifecycleConflict('status', `the request is already ${request.status}`);
      return { type: 'withdrawn', withdrawnAt: context.now };
  }
}

/** The send: the letter becomes the first message, and the clock starts on its receipt. */
function sent(
  request: RequestFacts,
  change: Extract<RequestChange, { type: 'sent' }>,
  context: ChangeContext,
): Step {
  refuseIfWithdrawn(request.withdrawnAt, 'sent', 'status');
  const { sentAt, receivedAt, method } = change;
  const receivedOn =
    receivedAt !== undefined
      ? formatIsoDate(toLondonDay(receivedAt))
      : receiptOf(request, method, sentAt, context);
  if (receivedAt !== undefined && toLondonDay(receivedAt) < toLondonDay(sentAt)) {
    throw new InvalidMessageError(
      'receivedAt',
      `receivedAt ${receivedAt} is before the request was sent (${sentAt})`,
    );
  }
  return {
    type: 'sent',
    add: {
      direction: 'outgoing',
      kind: 'request',
      occurredAt: sentAt,
      subject: request.subject,
      body: request.body,
      messageId: change.messageId,
    },
    row: { sentAt: new Date(asInstant(sentAt)), sentVia: method, receivedOn },
  };
}

/**
 * The date of receipt of a request sent on `sentAt` with no date of receipt given: by post the
 * second working day after, otherwise the day it was sent.
 */
function receiptOf(
  request: RequestFacts,
  method: string | null,
  sentAt: string,
  context: ChangeContext,
): string {
  return method === 'post'
    ? postalReceiptDate(sentAt, request.regime, request.authority.nation, context.calendar)
    : londonDateOf(new Date(asInstant(sentAt)));
}

function logged(request: RequestFacts, input: NewMessage, context: ChangeContext): Step {
  if (input.kind !== 'note' && input.kind !== 'other')
    refuseIfWithdrawn(request.withdrawnAt, 'logged', 'kind');
  refuseBeforeSent(request, input);
  refuseUnlikeReference(request.authority, input.authorityReference, context.matchesReference);
  return {
    type: 'message-logged',
    add: {
      direction: input.direction,
      kind: input.kind,
      occurredAt: input.occurredAt,
      subject: input.subject ?? null,
      body: input.body ?? null,
      outcome: input.outcome ?? null,
      exemptions: input.exemptions ? normaliseExemptions(input.exemptions) : null,
      extendedTo: input.extendedTo ?? null,
      authorityReference: input.authorityReference ?? null,
    },
  };
}

/**
 * A logged message corrected, the sent request's date included. The sent request's corrected
 * date moves `sentAt` and the date of receipt, worked out as a send with no `receivedAt` works it.
 */
function corrected(
  request: RequestFacts,
  history: readonly StoredMessage[],
  id: number,
  input: CorrectionInput,
  context: ChangeContext,
): Step {
  const stored = messageOf(history, id);
  const fields = correctedMessage(stored, input);
  if (sameFields(stored, fields)) {
    throw new LifecycleConflict(
      null,
      'the message already says this (a second click?): nothing was changed',
    );
  }
  refuseUnlikeReference(request.authority, input.authorityReference, context.matchesReference);
  refuseBeforeSend(history.map((m) => (m.id === id ? { ...m, ...fields } : m)));
  const resent = stored.kind === 'request' && fields.occurredAt !== stored.occurredAt;
  const row = resent
    ? {
        sentAt: new Date(asInstant(fields.occurredAt)),
        receivedOn: receiptOf(request, request.sentVia, fields.occurredAt, context),
      }
    : undefined;
  return {
    type: 'message-corrected',
    correct: { id, fields },
    row,
    detail: {
      before: {
        message: { id, ...correctableFields(stored) },
        ...(row && { receivedOn: request.receivedOn }),
      },
      after: { message: { id, ...fields }, ...(row && { receivedOn: row.receivedOn }) },
    },
  };
}

/** A message logged in error leaves the history; the sent request itself stays. */
function removed(history: readonly StoredMessage[], id: number): Step {
  const stored = messageOf(history, id);
  if (stored.kind === 'request') {
    throw new LifecycleConflict(
      'messageId',
      'the sent request cannot be removed: correct its date instead, or withdraw the request',
    );
  }
  return {
    type: 'message-removed',
    removeId: id,
    detail: { before: { message: { id, ...correctableFields(stored) } }, after: null },
  };
}

/** The history as the change leaves it: without the removed message, corrected, with the new. */
function historyAfter(history: readonly StoredMessage[], step: Step): LifecycleMessage[] {
  const kept = history
    .filter((m) => m.id !== step.removeId)
    .map((m) => (m.id === step.correct?.id ? { ...m, ...step.correct.fields } : m));
  return step.add ? [...kept, step.add] : kept;
}

/**
 * The deadline of the history as changed. The engine names the event it refuses; here that
 * event is a message, so the refusal names the message's field: an extension's date, or a date.
 */
function deadlineOf(subject: DeadlineSubject, context: ChangeContext): DeadlineView {
  const { calendar, today, receiptRule, dueSoonWorkingDays } = context;
  try {
    return requestDeadline(subject, calendar, {
      today,
      receiptRule,
      dueSoonWorkingDays,
      explain: false,
    });
  } catch (error) {
    if (!(error instanceof DeadlineInputError)) throw error;
    if (!error.event) throw new InvalidMessageError(error.field, error.message);
    const field = error.event.part === 'until' ? 'extendedTo' : 'occurredAt';
    throw new InvalidMessageError(field, error.event.reason);
  }
}

function auditRecord(
  before: RequestFacts,
  step: Step,
  after: { status: string; dueDate: string | null; outcome: string | null },
  context: ChangeContext,
): AuditRecord {
  return {
    type: step.type,
    at: context.auditAt,
    before: {
      status: before.status,
      dueDate: before.dueDate,
      outcome: before.outcome,
      ...step.detail?.before,
    },
    after: {
      status: after.status,
      dueDate: after.dueDate,
      outcome: after.outcome,
      ...(step.add ? { kind: step.add.kind, occurredAt: step.add.occurredAt } : {}),
      ...step.detail?.after,
    },
  };
}
