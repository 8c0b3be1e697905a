import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ROLES } from '@app/persistence';
import { DomainError } from '@app/platform';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { IdPipe } from '../common/id.pipe';
import { AdminOnly } from '../common/public.decorator';
import { CreateUserDto, UpdateUserDto } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';

const DONE: Record<string, string> = {
  added: 'User added.',
  saved: 'Saved.',
  disabled: 'Disabled: they cannot sign in, and their sessions and tokens no longer work.',
  enabled: 'Enabled: they can sign in again.',
};

/** Admins add people, change their roles and disable them (the last active admin stays). */
@AdminOnly()
@DashboardPages()
@Controller('users')
export class UsersPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  list(@Req() request: AuthenticatedRequest, @Query('done') done?: string): Promise<string> {
    const message = typeof done === 'string' && Object.hasOwn(DONE, done) ? DONE[done] : undefined;
    return this.view(request, {}, {}, message);
  }

  @Post()
  async create(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const { password: _password, ...kept } = values; // never sent back to the browser
    await answerForm(
      reply,
      String(request.id),
      async () => {
        await this.users.create(await checkedForm(CreateUserDto, values), actorOf(request));
        return { redirect: '/users?done=added' };
      },
      ({ errors }) => this.view(request, kept, errors),
    );
  }

  @Post(':id')
  async changeRole(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { role } = formValues(body);
    await answerForm(
      reply,
      String(request.id),
      async () => {
        await this.users.update(id, await checkedForm(UpdateUserDto, { role }), actorOf(request));
        return { redirect: '/users?done=saved' };
      },
      ({ message }) => this.view(request, {}, { message }),
    );
  }

  /** One button per user: "Disable" or "Enable", saying which with `disabled` = true or false. */
  @Post(':id/access')
  async changeAccess(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { disabled } = formValues(body);
    await answerForm(
      reply,
      String(request.id),
      async () => {
        if (disabled !== 'true' && disabled !== 'false')
          throw new DomainError('invalid', 'Choose to disable or enable the user.', {
            disabled: ['Choose to disable or enable the user.'],
          });
        const change = { disabled: disabled === 'true' };
        await this.users.update(id, change, actorOf(request));
        return { redirect: `/users?done=${change.disabled ? 'disabled' : 'enabled'}` };
      },
      ({ message }) => this.view(request, {}, { message }),
    );
  }

  private async view(
    request: AuthenticatedRequest,
    values: Record<string, string>,
    errors: Record<string, string>,
    done?: string,
  ): Promise<string> {
    return this.views.render('users', {
      ...pageContext(request, 'users', 'Users'),
      users: await this.users.list(),
      roles: ROLES,
      // A new user is an officer unless an admin chooses otherwise.
      values: { role: 'officer', ...values },
      errors,
      done,
    });
  }
}
