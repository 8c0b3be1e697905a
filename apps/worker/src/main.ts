import 'reflect-metadata';
import { loadConfigOrExit } from '@app/platform';
import { createWorker } from './create-worker';
import { exitGracefullyOnSignal } from './shutdown';

async function main(): Promise<void> {
  loadConfigOrExit(process.env);
  exitGracefullyOnSignal(await createWorker());
}

void main();
