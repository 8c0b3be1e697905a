import { Nation } from '../calendar/holiday';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ClockEvent, ReceiptRule } from '../deadlines/deadline.types';
import { Regime } from '../deadlines/regimes';
import { StoredDates } from '../deadlines/request-deadline';
import { PlannedReminder, ReminderSettings } from '../reminders/plan-reminders';
import {
  Direction,
  LifecycleMessage,
  MessageKind,
  Outcome,
  RequestStatus,
  SendMethod,
} from './lifecycle.types';
import { CorrectableFields, CorrectionInput } from './message-correction';

/** The request as a change finds it: the row, with its authority. */
export interface RequestFacts {
  regime: Regime;
  status: RequestStatus;
  /** As stored: the audit event says what it was before. */
  dueDate: string | null;
  outcome: Outcome | null;
  /** The letter: sending it logs it as the first message. */
  subject: string;
  body: string;
  sentAt: Date | null;
  sentVia: SendMethod | null;
  receivedOn: string | null;
  withdrawnAt: Date | null;
  authority: { name: string; nation: Nation; referencePattern: string | null };
}

/** A message of the request's history, as stored. */
export interface StoredMessage extends CorrectableFields {
  id: number;
}

/** A message as an officer logs it (the API's body, or the dashboard's form). */
export interface NewMessage {
  direction: Direction;
  kind: MessageKind;
  occurredAt: string;
  subject?: string;
  body?: string;
  outcome?: Outcome;
  exemptions?: string[];
  extendedTo?: string;
  authorityReference?: string;
}

/** Every way a request changes; each goes through `nextState`. */
export type RequestChange =
  | {
      type: 'sent';
      method: SendMethod;
      /** When it was sent: a date, or an instant with its zone. */
      sentAt: string;
      /** When the authority got it, if known; otherwise worked out from the method. */
      receivedAt?: string;
      /** The email's Message-ID, when the tracker emailed it. */
      messageId: string | null;
    }
  | { type: 'message-logged'; message: NewMessage }
  | { type: 'message-corrected'; messageId: number; correction: CorrectionInput }
  | { type: 'message-removed'; messageId: number }
  /** The mail server refused a letter recorded as sent: its message goes, and the draft is back. */
  | { type: 'send-undone'; messageId: number }
  | { type: 'withdrawn' };

/** What a change needs besides the request: the calendar, the time, the install's settings. */
export interface ChangeContext extends ReminderSettings {
  calendar: WorkingDayCalendar;
  /** Today in London (YYYY-MM-DD): nothing may be dated after tomorrow. */
  today: string;
  /** When the audit event says the change was made. */
  auditAt: Date;
  receiptRule: ReceiptRule;
  /** Whether `reference` follows an authority's `pattern` (the tracker runs patterns on RE2). */
  matchesReference(pattern: string, reference: string): boolean;
}

/** The request row after the change: what follows from the history, and what the change set. */
export interface RequestRowChange extends StoredDates {
  status: RequestStatus;
  withdrawnAt: Date | null;
  clockEvents: ClockEvent[];
  outcome: Outcome | null;
  exemptions: string[] | null;
  sentAt?: Date | null;
  sentVia?: SendMethod | null;
  receivedOn?: string | null;
}

/** A message the change adds to the history. */
export interface MessageToAdd extends LifecycleMessage {
  subject: string | null;
  body: string | null;
  outcome?: Outcome | null;
  exemptions?: string[] | null;
  extendedTo?: string | null;
  authorityReference?: string | null;
  /** The email's Message-ID, for a letter the tracker emailed. */
  messageId?: string | null;
}

/** The audit event of a change: the request's status, due date and outcome before and after. */
export interface AuditRecord {
  type: RequestChange['type'];
  at: Date;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Everything one change writes: the row, at most one message, the reminder plan, the event. */
export interface NextState {
  row: RequestRowChange;
  addMessage?: MessageToAdd;
  correctMessage?: { id: number; fields: CorrectableFields };
  removeMessageId?: number;
  /** The reminders the request's clock calls for now (open rows not in it are cancelled). */
  reminders: PlannedReminder[];
  event: AuditRecord;
}
