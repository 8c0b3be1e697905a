import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '@app/platform';
import { createWorker } from '../../worker/src/create-worker';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line per problem, and no stack: the person starting the service fixes the environment.
    for (const problem of error.problems) process.stderr.write(`configuration: ${problem}\n`);
    process.exit(1);
  }
  const app = await createApiApp();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, '0.0.0.0');
  new Logger('FOI Tracker').log(
    `listening on http://127.0.0.1:${port} (health: /health, API docs: /api/docs)`,
  );
  // `npm start` is one process; FOI_WORKER=off (npm run start:api) leaves the queue to workers.
  if (config.embeddedWorker) await createWorker();
}

void main();
