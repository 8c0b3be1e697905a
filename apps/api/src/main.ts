import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@app/platform';
import { createWorker } from '../../worker/src/create-worker';
import { exitGracefullyOnSignal } from '../../worker/src/shutdown';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const app = await createApiApp();
  await app.listen(config.port, '0.0.0.0');
  new Logger('FOI Tracker').log(
    `listening on http://127.0.0.1:${config.port} (health: /health, API docs: /api/docs)`,
  );
  // `npm start` is one process; FOI_WORKER=off (npm run start:api) leaves the queue to workers.
  if (config.embeddedWorker) exitGracefullyOnSignal(await createWorker());
}

void main();
