import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { UserEntity } from '@app/persistence';
import { CurrentUser } from '../auth/current-user.decorator';
import { ListRequestsQuery } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { CalendarFeedService } from './calendar-feed.service';
import { CsvExportService } from './csv-export.service';

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
    private readonly csvExport: CsvExportService,
    private readonly feed: CalendarFeedService,
  ) {}

  /** Any filtered list (the same query as GET /requests, without paging) as CSV, streamed. */
  @Get('requests.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="foi-requests.csv"')
  async csv(@Query() query: ListRequestsQuery): Promise<StreamableFile> {
    return new StreamableFile(
      await this.csvExport.csv(this.requests.filterOf(query), query.sort ?? 'dueDate'),
    );
  }

  /** The signed-in officer's running deadlines (everyone's with ?all=true) as an iCalendar feed. */
  @Get('calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  async calendar(
    @Query() query: CalendarQuery,
    @CurrentUser() user: UserEntity,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.feed.forOwner(query.all === 'true' ? undefined : user.id));
  }
}
