import { Controller, Get, Req } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { DashboardViews } from './dashboard-views';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';
import { StatisticsService } from './statistics.service';

@DashboardPages()
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  async page(@Req() request: AuthenticatedRequest): Promise<string> {
    return this.views.render('statistics', {
      ...pageContext(request, 'statistics', 'Statistics'),
      ...(await this.statistics.build()),
    });
  }
}
