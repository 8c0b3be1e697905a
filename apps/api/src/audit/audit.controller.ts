import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../common/paging';
import { AdminOnly } from '../common/public.decorator';
import { AUDIT_TYPES, AuditType } from './audit-types';
import { AuditEventView, AuditService } from './audit.service';

export class ListAuditQuery extends PageQuery {
  @IsOptional()
  @IsIn(AUDIT_TYPES)
  type?: AuditType;
}

/** The audit log outside requests (sign-ins, users, tokens, authorities): admins only. */
@ApiTags('audit')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ items: [{ id, type, actor, subject, at, before, after, ip? }], total, page, pageSize }',
  })
  list(@Query() query: ListAuditQuery): Promise<{
    items: AuditEventView[];
    total: number;
    page: number;
    pageSize: number;
  }> {
    return this.audit.page(query.type, query.page ?? 1, query.pageSize ?? 50);
  }
}
