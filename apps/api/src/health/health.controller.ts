import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DatabaseHealth } from '@app/persistence';
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
    private readonly database: DatabaseHealth,
    private readonly dispatcher: ReminderDispatcher,
  ) {}

  @Get()
  async check(): Promise<HealthReport> {
    const db = upOrDown(await this.database.isUp());
    const queue = upOrDown(await this.dispatcher.isUp());
    return { status: db === 'up' && queue === 'up' ? 'ok' : 'degraded', db, queue };
  }
}

function upOrDown(up: boolean): 'up' | 'down' {
  return up ? 'up' : 'down';
}
