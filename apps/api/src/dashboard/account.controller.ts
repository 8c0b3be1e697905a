import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { Public, ReadsOnly } from '../common/public.decorator';
import { CalendarFeedService } from '../exports/calendar-feed.service';
import { DashboardViews } from './dashboard-views';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';

/** The signed-in officer's own settings: for now, the secret address of their deadline calendar. */
@DashboardPages()
@Controller()
export class AccountController {
  constructor(
    private readonly feed: CalendarFeedService,
    private readonly views: DashboardViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('account')
  @Html()
  page(@Req() request: AuthenticatedRequest): string {
    return this.views.render('account', { ...pageContext(request, 'none', 'Your account') });
  }

  /** Viewers may have a feed too: it only reads. The address is shown once; only its hash is kept. */
  @ReadsOnly()
  @Post('account/calendar')
  async newCalendar(
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const key = await this.feed.newKey(request.user.id);
    const html = this.views.render('account', {
      ...pageContext(request, 'none', 'Your account'),
      calendarUrl: `${this.config.publicUrl}/calendar/${key}.ics`,
    });
    void reply.type('text/html; charset=utf-8').send(html);
  }

  @Public()
  @Get('calendar/:file')
  async calendar(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const ics = await this.feed.forKey(file.replace(/\.ics$/, ''));
    void reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .send(ics);
  }
}
