import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { loadConfigOrExit } from '@app/platform';
import { createWorker } from '../../worker/src/create-worker';
import { exitGracefullyOnSignal } from '../../worker/src/shutdown';
import { createApiApp } from './create-api-app';

/** The address the server really has (HOST, and the port PORT=0 picked). */
function listeningUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') return String(address);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const app = await createApiApp();
  await app.listen(config.port, config.host);
  new Logger('FOI Tracker').log(
    `listening on ${listeningUrl(app.getHttpServer().address())} (health: /health, API docs: /api/docs)`,
  );
  // `npm start` is one process; FOI_WORKER=off (npm run start:api) leaves the queue to workers.
  if (config.embeddedWorker) exitGracefullyOnSignal(await createWorker());
}

void main();
