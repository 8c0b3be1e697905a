import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { Public, ReadsOnly } from '../common/public.decorator';
import { CalendarFeedService } from '../exports/calendar-feed.service';
import { UsersService } from '../users/users.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, formValues, sendPage } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';

/** The signed-in person's own settings: their password, and the secret address of their calendar. */
@DashboardPages()
@Controller()
export class AccountController {
  constructor(
    private readonly feed: CalendarFeedService,
    private readonly users: UsersService,
    private readonly views: DashboardViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('account')
  @Html()
  page(@Req() request: AuthenticatedRequest): string {
    return this.render(request, {});
  }

  /** Viewers may have a feed too: it only reads. The address is shown once; only its hash is kept. */
  @ReadsOnly()
  @Post('account/calendar')
  async newCalendar(
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const key = await this.feed.newKey(request.user.id);
    const calendarUrl = `${this.config.publicUrl}/calendar/${key}.ics`;
    sendPage(reply, 200, this.render(request, { calendarUrl }));
  }

  /** Viewers too: their own password is theirs to change. */
  @ReadsOnly()
  @Post('account/password')
  async changePassword(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { current = '', password = '' } = formValues(body);
    await answerForm(
      reply,
      String(request.id),
      async () => {
        await this.users.changeOwnPassword(request.user.id, current, password);
        return { page: this.render(request, { passwordChanged: true }) };
      },
      ({ fields }) => this.render(request, { errors: fields }),
    );
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

  private render(request: AuthenticatedRequest, context: Record<string, unknown>): string {
    return this.views.render('account', {
      ...pageContext(request, 'none', 'Your account'),
      errors: {},
      ...context,
    });
  }
}
