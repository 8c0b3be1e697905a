import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/**
 * The worker as an application context: no HTTP server, only queue consumers. The caller decides
 * how it ends (see shutdown.ts: `exitGracefullyOnSignal` in the processes, `close` in tests).
 */
export async function createWorker(
  options: { logger?: false } = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule, {
    logger: options.logger ?? ['error', 'warn', 'log'],
  });
  new Logger('FOI Tracker worker').log('consuming the reminder queue');
  return worker;
}
