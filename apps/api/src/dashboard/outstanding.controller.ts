import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { ActionNeededService } from './action-needed.service';
import { DashboardViews } from './dashboard-views';
import { formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { ListKind, OutstandingListService } from './outstanding-list.service';
import { pageContext } from './page-context';

@DashboardPages()
@Controller()
export class OutstandingController {
  constructor(
    private readonly list: OutstandingListService,
    private readonly actions: ActionNeededService,
    private readonly views: DashboardViews,
  ) {}

  /** The home page: what is waiting on the authority or on us, by due date. */
  @Get()
  @Html()
  async outstanding(
    @Req() request: AuthenticatedRequest,
    @Query() query: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const [model, drafts] = await Promise.all([
      this.list.build(formValues(query)),
      request.user.role === 'viewer' ? null : this.list.draftsOf(request.user.id),
    ]);
    // A filter that is not valid shows the page with its message, as a 400.
    if (!model.valid) void reply.code(400);
    return this.views.render('outstanding', {
      ...pageContext(request, 'outstanding', 'Outstanding requests'),
      ...model,
      drafts: drafts && drafts.total > 0 ? drafts : null,
    });
  }

  /** Every request, whatever its status (drafts and closed ones too), newest first. */
  @Get('requests')
  @Html()
  async all(
    @Req() request: AuthenticatedRequest,
    @Query() query: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const model = await this.list.build(formValues(query), 'all');
    if (!model.valid) void reply.code(400);
    return this.views.render('outstanding', {
      ...pageContext(request, 'all', 'All requests'),
      ...model,
    });
  }

  /** The list as shown, every page of it, as CSV. */
  @Get('outstanding.csv')
  csv(@Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.sendCsv(query, reply, 'outstanding');
  }

  /** All requests as shown, every page of it, as CSV. */
  @Get('requests.csv')
  allCsv(@Query() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.sendCsv(query, reply, 'all');
  }

  private async sendCsv(query: unknown, reply: FastifyReply, kind: ListKind): Promise<void> {
    const csv = await this.list.csv(formValues(query), kind);
    if (csv === null)
      throw new DomainError('invalid', 'the filters are not valid: go back to the list');
    void reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="${kind === 'all' ? 'foi-requests' : 'foi-outstanding'}.csv"`,
      )
      .send(csv);
  }

  @Get('action-needed')
  @Html()
  async actionNeeded(@Req() request: AuthenticatedRequest): Promise<string> {
    return this.views.render('action-needed', {
      ...pageContext(request, 'action', 'Action needed'),
      ...(await this.actions.build()),
    });
  }
}
