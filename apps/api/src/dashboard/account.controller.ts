import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig, hashToken, TimeSource } from '@app/platform';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { TokensService } from '../auth/tokens.service';
import { IdPipe } from '../common/id.pipe';
import { Public, ReadsOnly } from '../common/public.decorator';
import { CalendarFeedService } from '../exports/calendar-feed.service';
import { UsersService } from '../users/users.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';
import { ShownOnce } from './shown-once';

/** What `?done=` may say on the account page. */
const DONE = new Set(['revoked', 'password']);

/** The signed-in person's own settings: their password, and the secret address of their calendar. */
@DashboardPages()
@Controller()
export class AccountController {
  /** New calendar addresses, each shown once on the page the POST redirects to. */
  private readonly newCalendars = new ShownOnce<string>();

  constructor(
    private readonly feed: CalendarFeedService,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly views: DashboardViews,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `?calendar=<note>` shows a new calendar address once (then the note is gone, so a reload shows
   * that it was shown, and makes nothing); `?done=` confirms a change that has happened.
   */
  @Get('account')
  @Html()
  page(
    @Req() request: AuthenticatedRequest,
    @Query('done') done?: string,
    @Query('calendar') note?: string,
  ): Promise<string> {
    const now = this.time.now().getTime();
    const calendarUrl =
      typeof note === 'string' ? this.newCalendars.take(request.user.id, note, now) : undefined;
    return this.render(request, {
      done: typeof done === 'string' && DONE.has(done) ? done : undefined,
      calendarUrl,
      calendarShownAlready: typeof note === 'string' && !calendarUrl,
    });
  }

  /** Viewers too: revoking one of one's own sessions changes nothing else. */
  @ReadsOnly()
  @Post('account/tokens/:id/revoke')
  async revokeToken(
    @Param('id', IdPipe) id: number,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.tokens.revoke(request.user.id, id, actorOf(request));
    void reply.redirect('/account?done=revoked', 303);
  }

  /**
   * Viewers may have a feed too: it only reads. Only the address's hash is stored; the address
   * itself waits, in memory, for the one page this redirects to (a reload there makes no new one).
   */
  @ReadsOnly()
  @Post('account/calendar')
  async newCalendar(
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const key = await this.feed.newKey(request.user.id);
    const calendarUrl = `${this.config.publicUrl}/calendar/${key}.ics`;
    const note = this.newCalendars.put(request.user.id, calendarUrl, this.time.now().getTime());
    void reply.redirect(`/account?calendar=${note}#calendar-heading`, 303);
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
        const change = { current, next: password, keepTokenHash: hashToken(request.token) };
        await this.users.changeOwnPassword(request.user.id, change, actorOf(request));
        return { redirect: '/account?done=password' };
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

  private async render(
    request: AuthenticatedRequest,
    context: Record<string, unknown>,
  ): Promise<string> {
    return this.views.render('account', {
      ...pageContext(request, 'none', 'Your account'),
      tokens: await this.tokens.list(request.user.id, request.token),
      errors: {},
      ...context,
    });
  }
}
