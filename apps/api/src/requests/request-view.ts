import type { DeadlineView } from '@app/domain';
import type {
  FoiRequestEntity,
  MessageEntity,
  ReminderEntity,
  RequestEventEntity,
  RequestListRow,
} from '@app/persistence';

export interface MessageView {
  id: number;
  direction: MessageEntity['direction'];
  kind: MessageEntity['kind'];
  occurredAt: string;
  subject: string | null;
  body: string | null;
  outcome: MessageEntity['outcome'];
  exemptions: string[] | null;
  extendedTo: string | null;
  authorityReference: string | null;
  messageId: string | null;
  createdBy: number;
  createdAt: Date;
}

export interface EventView {
  id: number;
  type: string;
  actor: { id: number; name: string } | null;
  at: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface RequestView {
  id: number;
  reference: string;
  title: string;
  regime: FoiRequestEntity['regime'];
  status: FoiRequestEntity['status'];
  outcome: FoiRequestEntity['outcome'];
  exemptions: string[] | null;
  campaign: string | null;
  authority: { id: number; name: string };
  owner: { id: number; name: string; email: string };
  templateId: string | null;
  variables: Record<string, unknown> | null;
  subject: string;
  body: string;
  sentAt: Date | null;
  sentVia: FoiRequestEntity['sentVia'];
  receivedOn: string | null;
  deadline: DeadlineView;
  messages?: MessageView[];
  events?: EventView[];
  reminders?: ReminderView[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ReminderView {
  id: number;
  kind: ReminderEntity['kind'];
  fireAt: Date;
  status: ReminderEntity['status'];
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export function toReminderView(r: ReminderEntity): ReminderView {
  return {
    id: r.id,
    kind: r.kind,
    fireAt: r.fireAt,
    status: r.status,
    sentAt: r.sentAt,
    attempts: r.attempts,
    lastError: r.lastError,
  };
}

export function toMessageView(m: MessageEntity): MessageView {
  return {
    id: m.id,
    direction: m.direction,
    kind: m.kind,
    occurredAt: m.occurredAt,
    subject: m.subject,
    body: m.body,
    outcome: m.outcome,
    exemptions: m.exemptions,
    extendedTo: m.extendedTo,
    authorityReference: m.authorityReference,
    messageId: m.messageId,
    createdBy: m.createdById,
    createdAt: m.createdAt,
  };
}

export function toEventView(e: RequestEventEntity): EventView {
  return {
    id: e.id,
    type: e.type,
    actor: e.actor ? { id: e.actor.id, name: e.actor.name } : null,
    at: e.at,
    before: e.before,
    after: e.after,
  };
}

export function toRequestView(r: FoiRequestEntity, deadline: DeadlineView): RequestView {
  return { ...toListItem(r as RequestListRow, deadline), body: r.body };
}

/**
 * A request in a list: everything but the letter's body and its history; the deadline comes
 * without its explanation. GET /requests/:id has it all. (Letters made a page ~100 KB.)
 */
export type RequestListItem = Omit<RequestView, 'body' | 'messages' | 'events' | 'reminders'>;

export function toListItem(r: RequestListRow, deadline: DeadlineView): RequestListItem {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    regime: r.regime,
    status: r.status,
    outcome: r.outcome,
    exemptions: r.exemptions,
    campaign: r.campaign,
    authority: { id: r.authority.id, name: r.authority.name },
    owner: { id: r.owner.id, name: r.owner.name, email: r.owner.email },
    templateId: r.templateId,
    variables: r.variables,
    subject: r.subject,
    sentAt: r.sentAt,
    sentVia: r.sentVia,
    receivedOn: r.receivedOn,
    deadline,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
