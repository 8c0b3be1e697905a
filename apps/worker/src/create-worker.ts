import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** The worker as an application context: no HTTP server, only queue consumers. */
export async function createWorker(
  options: { logger?: false } = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  worker.enableShutdownHooks();
  new Logger('FOI Tracker worker').log('consuming the reminder queue');
  return worker;
}
