import { EntityManager, In, Repository } from 'typeorm';
import { ReminderEntity, ReminderStatus } from '../../entities/reminder.entity';

/** A reminder of a fresh plan, as its row is written. */
export type PlannedReminderRow = Pick<ReminderEntity, 'kind' | 'key' | 'forDate' | 'fireAt'> & {
  status: 'pending' | 'skipped';
};

/** A reminder row still to go out: what the queue needs of it. */
export interface OpenReminder {
  id: number;
  fireAt: Date;
}

const isOpen = (status: ReminderStatus) => status === 'pending' || status === 'queued';

/**
 * Makes the request's reminder rows match a fresh plan (inside the caller's transaction): pending
 * or queued rows the plan no longer has are cancelled; new ones are added; rows already sent,
 * failed or skipped stay as they are. Returns the rows left open (pending or queued), so the
 * caller puts them on the queue without reading them again.
 */
export async function replaceReminders(
  manager: EntityManager,
  requestId: number,
  plan: readonly PlannedReminderRow[],
): Promise<OpenReminder[]> {
  const repository = manager.getRepository(ReminderEntity);
  const existing = await repository.find({ where: { requestId } });
  const wanted = new Set(plan.map((p) => p.key));
  const stale = existing.filter((r) => isOpen(r.status) && !wanted.has(r.key)).map((r) => r.id);
  if (stale.length > 0) await repository.update({ id: In(stale) }, { status: 'cancelled' });
  const byKey = new Map(existing.map((r) => [r.key, r]));
  const open: OpenReminder[] = [];
  for (const planned of plan) {
    const row = await writePlanned(repository, requestId, planned, byKey.get(planned.key));
    if (row) open.push(row);
  }
  return open;
}

/** One planned reminder written over its row (if it has one); the row, if it is left open. */
async function writePlanned(
  repository: Repository<ReminderEntity>,
  requestId: number,
  planned: PlannedReminderRow,
  row: ReminderEntity | undefined,
): Promise<OpenReminder | null> {
  const { fireAt } = planned;
  if (!row) {
    const { identifiers } = await repository.insert({
      requestId,
      kind: planned.kind,
      key: planned.key,
      forDate: planned.forDate,
      fireAt,
      status: planned.status,
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    return planned.status === 'pending' ? { id: Number(identifiers[0].id), fireAt } : null;
  }
  if (isOpen(row.status)) {
    if (row.fireAt.getTime() !== fireAt.getTime())
      await repository.update({ id: row.id }, { fireAt });
    return { id: row.id, fireAt };
  }
  if (row.status === 'cancelled' && planned.status === 'pending') {
    // The clock came back to an earlier date (a message logged late was corrected).
    await repository.update({ id: row.id }, { status: 'pending', fireAt });
    return { id: row.id, fireAt };
  }
  return null;
}
