/** Queue and job names, and the payloads both apps agree on. Never string literals elsewhere. */
export const REMINDER_QUEUE = 'reminders';
export const DELIVER_REMINDER_JOB = 'deliver-reminder';
export const RECONCILE_REMINDERS_JOB = 'reconcile-reminders';

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
