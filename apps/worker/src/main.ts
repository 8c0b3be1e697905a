import 'reflect-metadata';
import { loadConfigOrExit } from '@app/platform';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  loadConfigOrExit(process.env);
  await createWorker();
}

void main();
