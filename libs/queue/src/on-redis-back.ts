import type { Queue } from 'bull';

/**
 * Runs `schedule` now, and again each time the queue's Redis connection is back after an error:
 * this install's Redis keeps nothing on disk, so a restart takes repeatable jobs and queued work
 * with it. `schedule` is not awaited, so with Redis away a worker still starts; it is told whether
 * this is a return (`again`), for its log.
 */
export function scheduleNowAndWhenRedisIsBack(
  queue: Queue,
  schedule: (again: boolean) => void,
): void {
  let lost = false;
  queue.client.on('error', () => (lost = true));
  queue.client.on('ready', () => {
    if (!lost) return;
    lost = false;
    schedule(true);
  });
  schedule(false);
}
