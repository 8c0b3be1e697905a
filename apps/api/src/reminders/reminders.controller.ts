import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { FailedReminder, RemindersRepository } from '@app/persistence';
import { PageQuery } from '../common/paging';

export class ListRemindersQuery extends PageQuery {
  /** Only `failed` for now: the reminders that need a person (the rest show on each request). */
  @IsIn(['failed'])
  status!: 'failed';
}

/** Reminders across requests: the failed ones, each with its request and last error. */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('api/v1/reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersRepository) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ items: [{ id, kind, fireAt, attempts, lastError, request }], total, page, pageSize }',
  })
  list(@Query() query: ListRemindersQuery): Promise<{
    items: FailedReminder[];
    total: number;
    page: number;
    pageSize: number;
  }> {
    return this.reminders.findFailed(query.page ?? 1, query.pageSize ?? 50);
  }
}
