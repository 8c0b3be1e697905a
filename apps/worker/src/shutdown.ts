import { getQueueToken } from '@nestjs/bull';
import { INestApplicationContext, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { REMINDER_QUEUE } from '@app/queue';

/** How long the jobs in hand get to finish before the worker closes anyway. */
const GRACE_MS = 20_000;

/**
 * Stops taking jobs and lets the ones in hand finish, then closes. Bull's `close` waits for the
 * active jobs; should one hang (an SMTP server that stopped answering), the grace period ends it:
 * its message never got its final dot, so the server drops it, and its claim lapses and another
 * worker sends it. Either way nothing is lost or sent twice.
 */
export async function closeWorker(worker: INestApplicationContext): Promise<void> {
  const queue = worker.get<Queue>(getQueueToken(REMINDER_QUEUE));
  await Promise.race([
    queue.close(),
    new Promise((resolve) => setTimeout(resolve, GRACE_MS).unref()),
  ]);
  await worker.close();
}

/**
 * SIGTERM or SIGINT: close the worker gracefully and exit 0. A plain listener (not `once`), so a
 * second signal (Nest re-raises its own after closing the API) does not cut the close short.
 */
export function exitGracefullyOnSignal(worker: INestApplicationContext): void {
  const logger = new Logger('FOI Tracker worker');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: finishing the jobs in hand, then exiting`);
    closeWorker(worker).then(
      () => process.exit(0),
      (error: Error) => {
        logger.error(`could not close cleanly: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
