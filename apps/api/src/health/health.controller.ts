import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ReminderDispatcher } from '@app/queue';
import { Public } from '../common/public.decorator';

export interface HealthReport {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  queue: 'up' | 'down';
}

/** Liveness for load balancers and people: no authentication, no side effects. */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: ReminderDispatcher,
  ) {}

  @Get()
  async check(): Promise<HealthReport> {
    const db = await this.dataSource.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const queue = (await this.dispatcher.isUp()) ? ('up' as const) : ('down' as const);
    return { status: db === 'up' && queue === 'up' ? 'ok' : 'degraded', db, queue };
  }
}
