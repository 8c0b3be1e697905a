/** Queue and job names, and the payloads both apps agree on. Never string literals elsewhere. */
export const REMINDER_QUEUE = 'reminders';
export const DELIVER_REMINDER_JOB = 'deliver-reminder';
export const RECONCILE_REMINDERS_JOB = 'reconcile-reminders';
export const SEND_DIGESTS_JOB = 'send-digests';

/**
 * The daily digests. The repeatable job carries nothing (it runs for now); `at` runs them for
 * another instant (an operator re-running a day, or a test on a fixed working day).
 */
export interface SendDigestsPayload {
  at?: string;
}

/** The run's time: the payload's `at`, or `now` (the scheduled run's own time) when it has none. */
export function parseSendDigestsPayload(data: unknown, now: Date = new Date()): { at: Date } {
  const at = (data as { at?: unknown } | null)?.at;
  if (at === undefined) return { at: now };
  const parsed = typeof at === 'string' ? new Date(at) : new Date(NaN);
  if (Number.isNaN(parsed.getTime()))
    throw new Error(`${SEND_DIGESTS_JOB}: "at" must be an ISO instant, got ${JSON.stringify(at)}`);
  return { at: parsed };
}

export interface DeliverReminderPayload {
  reminderId: number;
}

/** Jobs outlive deploys in Redis, so the worker checks every payload before acting on it. */
export function parseDeliverReminderPayload(data: unknown): DeliverReminderPayload {
  const id = (data as { reminderId?: unknown })?.reminderId;
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) {
    throw new Error(
      `${DELIVER_REMINDER_JOB}: payload needs a positive integer reminderId, got ${JSON.stringify(data)}`,
    );
  }
  return { reminderId: id };
}

export function reminderJobId(reminderId: number): string {
  return `reminder-${reminderId}`;
}
