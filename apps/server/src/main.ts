import 'reflect-metadata';
import { loadConfigOrExit } from '@app/platform';
import { startApi } from '../../api/src/start-api';
import { createWorker } from '../../worker/src/create-worker';
import { exitGracefullyOnSignal } from '../../worker/src/shutdown';

/**
 * `npm start`: the API and a worker in one process, the simplest way to run the tracker.
 * FOI_WORKER=off leaves the queue to separate workers. The only place the two apps meet: neither
 * imports the other (eslint.config.mjs).
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  await startApi(config);
  if (config.embeddedWorker) exitGracefullyOnSignal(await createWorker());
}

void main();
