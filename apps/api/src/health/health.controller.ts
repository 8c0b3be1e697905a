import { Controller, Get } from '@nestjs/common';

export interface HealthReport {
  status: 'ok' | 'degraded';
}

/** Liveness for load balancers and people: no authentication, no side effects. */
@Controller('health')
export class HealthController {
  @Get()
  check(): HealthReport {
    return { status: 'ok' };
  }
}
