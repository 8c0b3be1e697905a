import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RequestsRepository, UserEntity } from '@app/persistence';
import { CurrentUser } from '../auth/current-user.decorator';
import { DeadlineService } from '../requests/deadline.service';
import { ListRequestsQuery } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { csvLine } from './csv';
import { CalendarFeedService } from './calendar-feed.service';

import { EXPORT_LIMIT } from './calendar-feed.service';

const COLUMNS = [
  'reference',
  'title',
  'authority',
  'regime',
  'status',
  'campaign',
  'owner',
  'sentAt',
  'receivedOn',
  'dueDate',
  'state',
  'workingDaysRemaining',
  'outcome',
  'exemptions',
];

export class CalendarQuery {
  @IsOptional()
  @IsIn(['true', 'false'])
  all?: 'true' | 'false';
}

@ApiTags('exports')
@ApiBearerAuth()
@Controller('api/v1')
export class ExportsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly repository: RequestsRepository,
    private readonly deadlines: DeadlineService,
    private readonly feed: CalendarFeedService,
  ) {}

  /** Any filtered list (the same query as GET /requests, without paging) as CSV. */
  @Get('requests.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="foi-requests.csv"')
  async csv(@Query() query: ListRequestsQuery): Promise<string> {
    const filter = this.requests.filterOf(query);
    const rows = filter
      ? await this.repository.findAll(filter, query.sort ?? 'dueDate', EXPORT_LIMIT)
      : [];
    let out = csvLine(COLUMNS);
    for (const r of rows) {
      const d = this.deadlines.viewFor(r, false);
      out += csvLine([
        r.reference,
        r.title,
        r.authority?.name,
        r.regime,
        r.status,
        r.campaign,
        r.owner?.name,
        r.sentAt,
        r.receivedOn,
        d.dueDate,
        d.state,
        d.workingDaysRemaining,
        r.outcome,
        r.exemptions,
      ]);
    }
    return out;
  }

  /** The signed-in officer's running deadlines (everyone's with ?all=true) as an iCalendar feed. */
  @Get('calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  calendar(@Query() query: CalendarQuery, @CurrentUser() user: UserEntity): Promise<string> {
    return this.feed.forOwner(query.all === 'true' ? undefined : user.id);
  }
}
