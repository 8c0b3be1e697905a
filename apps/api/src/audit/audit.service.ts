import { TimeSource } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { AuditEventEntity, AuditRepository, UserEntity } from '@app/persistence';
import type { AuditType } from './audit-types';

/** Who did it and from where: the signed-in user (none for a failed sign-in) and the address. */
export interface Actor {
  user: Pick<UserEntity, 'id' | 'name'> | null;
  ip?: string;
}

export interface AuditEventView {
  id: number;
  type: string;
  actor: { id: number; name: string } | null;
  subject: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip?: string;
}

export interface AuditEntry {
  type: AuditType;
  subject: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The audit log of sign-ins, users, tokens and authorities, for admins to read. */
@Injectable()
export class AuditService {
  constructor(
    private readonly events: AuditRepository,
    private readonly time: TimeSource,
  ) {}

  async record(actor: Actor, entry: AuditEntry): Promise<void> {
    await this.events.record({
      type: entry.type,
      actorId: actor.user?.id ?? null,
      actorName: actor.user?.name ?? null,
      subject: entry.subject.slice(0, 400),
      at: this.time.now(),
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: actor.ip?.slice(0, 64) ?? null,
    });
  }

  async page(
    type: string | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ items: AuditEventView[]; total: number; page: number; pageSize: number }> {
    const { items, total } = await this.events.page(type, page, pageSize);
    return { items: items.map(toView), total, page, pageSize };
  }
}

function toView(event: AuditEventEntity): AuditEventView {
  return {
    id: event.id,
    type: event.type,
    actor:
      event.actorId === null ? null : { id: event.actorId, name: event.actorName ?? '(unknown)' },
    subject: event.subject,
    at: event.at.toISOString(),
    before: event.before,
    after: event.after,
    ...(event.ip ? { ip: event.ip } : {}),
  };
}

/** The signed-in user of a request, and where it came from. */
export function actorOf<U extends Pick<UserEntity, 'id' | 'name'>>(request: {
  user: U;
  ip: string;
}): Actor & { user: U } {
  return { user: request.user, ip: request.ip };
}

/** How users appear as a subject: id and email, so the line reads on its own. */
export function userSubject(user: Pick<UserEntity, 'id' | 'email'>): string {
  return `user ${user.id} (${user.email})`;
}
