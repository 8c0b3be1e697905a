import { Module } from '@nestjs/common';

/** Queue consumers live here (reminder delivery, outbox, reconciliation); never HTTP. */
@Module({})
export class WorkerModule {}
