import { Controller, Get, Query, Req } from '@nestjs/common';
import { AUDIT_TYPES } from '../audit/audit-types';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { pageOrFirst } from '../common/paging';
import { AdminOnly } from '../common/public.decorator';
import { DashboardViews } from './dashboard-views';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';

const PAGE_SIZE = 50;

/** The audit log for admins: sign-ins, users, tokens and authorities, newest first, 50 a page. */
@AdminOnly()
@DashboardPages()
@Controller('audit')
export class AuditPagesController {
  constructor(
    private readonly audit: AuditService,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  async list(
    @Req() request: AuthenticatedRequest,
    @Query('type') rawType?: unknown,
    @Query('page') rawPage?: unknown,
  ): Promise<string> {
    // A link from elsewhere with an odd filter shows everything rather than an error.
    const type = (AUDIT_TYPES as readonly unknown[]).includes(rawType)
      ? (rawType as string)
      : undefined;
    const page = pageOrFirst(rawPage);
    const result = await this.audit.page(type, page, PAGE_SIZE);
    const pages = Math.max(Math.ceil(result.total / PAGE_SIZE), 1);
    const link = (p: number) =>
      `/audit?${new URLSearchParams({ ...(type ? { type } : {}), page: String(p) })}`;
    return this.views.render('audit', {
      ...pageContext(request, 'audit', 'Audit log'),
      items: result.items.map((item) => ({
        ...item,
        before: item.before ? JSON.stringify(item.before) : '',
        after: item.after ? JSON.stringify(item.after) : '',
      })),
      types: AUDIT_TYPES,
      type,
      total: result.total,
      page,
      pages,
      previous: page > 1 ? link(page - 1) : null,
      next: page < pages ? link(page + 1) : null,
    });
  }
}
