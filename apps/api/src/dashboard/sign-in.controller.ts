import { Body, Controller, Get, Inject, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import {
  CSRF_FIELD,
  sameSecret,
  SESSION_COOKIE,
  sessionCookieOptions,
  SIGN_IN_COOKIE,
} from '../auth/session';
import { Public, ReadsOnly } from '../common/public.decorator';
import { DashboardViews } from './dashboard-views';
import { formValues } from './forms';
import { DashboardPages } from './html.decorator';
import { safeNext } from './safe-next';

/** A working day and then some: a session left open overnight has to sign in again. */
export const SESSION_MS = 12 * 3_600_000;

@DashboardPages()
@Controller()
export class SignInController {
  private readonly cookie: ReturnType<typeof sessionCookieOptions>;

  constructor(
    private readonly auth: AuthService,
    private readonly views: DashboardViews,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cookie = sessionCookieOptions({ secure: config.publicUrl.startsWith('https:') });
  }

  @Public()
  @Get('sign-in')
  page(@Query('next') next: unknown, @Res() reply: FastifyReply): void {
    this.show(reply, 200, { next: safeNext(next) });
  }

  /** Throttled like the API's login: ten tries a minute per address. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('sign-in')
  async signIn(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const next = safeNext(values.next);
    if (!this.cameFromOurForm(body, request))
      // No email echoed: a form from another site would put its author's address on our page.
      return this.show(reply, 403, {
        next,
        message:
          'This form had expired or did not come from this site, so you are not signed in. Please sign in again on this page.',
      });
    const errors: Record<string, string> = {};
    if (!values.email) errors.email = 'Enter your email address.';
    else if (values.email.length > 320) errors.email = 'That is too long for an email address.';
    if (!values.password) errors.password = 'Enter your password.';
    else if (values.password.length > 200) errors.password = 'That is too long for a password.';
    if (Object.keys(errors).length > 0)
      return this.show(reply, 400, { next, email: values.email, errors });
    try {
      const { token } = await this.auth.login(values.email, values.password, {
        sessionMs: SESSION_MS,
        ip: request.ip,
      });
      void reply
        .clearCookie(SIGN_IN_COOKIE, { path: '/' })
        .setCookie(SESSION_COOKIE, token, { ...this.cookie, maxAge: SESSION_MS / 1000 })
        .redirect(next, 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code === 'throttled') {
        void reply.header('retry-after', String(error.retryAfterSeconds));
        const minutes = Math.ceil((error.retryAfterSeconds ?? 60) / 60);
        const message = `Too many failed attempts for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
        return this.show(reply, 429, { next, email: values.email, message });
      }
      if (error.code !== 'unauthorised') throw error;
      this.show(reply, 401, { next, email: values.email, message: error.message });
    }
  }

  /** Revokes the session's token, so a copied cookie is worthless afterwards too. */
  @ReadsOnly()
  @Post('sign-out')
  async signOut(@Req() request: AuthenticatedRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.token);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect('/sign-in', 303);
  }

  /**
   * The form's nonce matches the cookie the sign-in page set. With no cookie there is nothing to
   * match: another site's form posting any nonce at all would otherwise sign the visitor in to
   * its author's account (login CSRF).
   */
  private cameFromOurForm(body: unknown, request: AuthenticatedRequest): boolean {
    const expected = request.cookies[SIGN_IN_COOKIE];
    const nonce = (body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
    return typeof expected === 'string' && expected !== '' && sameSecret(nonce, expected);
  }

  private show(reply: FastifyReply, status: number, context: Record<string, unknown>): void {
    const nonce = randomBytes(24).toString('base64url');
    void reply
      .setCookie(SIGN_IN_COOKIE, nonce, { ...this.cookie, sameSite: 'strict' })
      .code(status)
      .type('text/html; charset=utf-8')
      .send(this.views.render('sign-in', { title: 'Sign in', csrf: nonce, ...context }));
  }
}
