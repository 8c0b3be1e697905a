import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig, hashToken } from '@app/platform';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { TokensService } from '../auth/tokens.service';
import { IdPipe } from '../common/id.pipe';
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
    private readonly tokens: TokensService,
    private readonly views: DashboardViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('account')
  @Html()
  page(@Req() request: AuthenticatedRequest, @Query('done') done?: string): Promise<string> {
    return this.render(request, { tokenRevoked: done === 'revoked' });
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

  /** Viewers may have a feed too: it only reads. The address is shown once; only its hash is kept. */
  @ReadsOnly()
  @Post('account/calendar')
  async newCalendar(
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const key = await this.feed.newKey(request.user.id);
    const calendarUrl = `${this.config.publicUrl}/calendar/${key}.ics`;
    sendPage(reply, 200, await this.render(request, { calendarUrl }));
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
        return { page: await this.render(request, { passwordChanged: true }) };
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
