import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/platform';
import { createWorker } from './create-worker';

async function main(): Promise<void> {
  try {
    loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) process.stderr.write(`configuration: ${problem}\n`);
    process.exit(1);
  }
  await createWorker();
}

void main();
