import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { NATIONS, REGIMES } from '@app/domain';
import { ROLES } from '@app/persistence';
import { DomainError } from '@app/platform';
import { TemplateCatalog, UnknownTemplateError } from '@app/templates';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AuthoritiesService } from '../authorities/authorities.service';
import { CreateAuthorityDto, UpdateAuthorityDto } from '../authorities/authority.dto';
import { toErrorBody } from '../common/all-errors.filter';
import { Clock } from '../common/clock';
import { IdPipe } from '../common/id.pipe';
import { AdminOnly, ReadsOnly } from '../common/public.decorator';
import { CreateUserDto, UpdateUserDto } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { DashboardViews } from './dashboard-views';
import { besideField, firstMessages, formValues, validateAs } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';
import { humanise } from './request-page.service';

/** Authorities, templates and users: the lists officers and admins keep. */
@DashboardPages()
@Controller()
export class DirectoryController {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly users: UsersService,
    private readonly catalog: TemplateCatalog,
    private readonly clock: Clock,
    private readonly views: DashboardViews,
  ) {}

  @Get('authorities')
  @Html()
  async authoritiesPage(@Req() request: AuthenticatedRequest): Promise<string> {
    return this.authoritiesView(request, {}, {});
  }

  @Post('authorities')
  async createAuthority(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    try {
      await this.authorities.create(await this.checked(CreateAuthorityDto, values));
      void reply.redirect('/authorities?done=added', 303);
    } catch (error) {
      const errors = this.problems(error, request);
      this.sendPage(
        reply,
        errors.status,
        await this.authoritiesView(request, values, errors.fields),
      );
    }
  }

  @Get('authorities/:id')
  @Html()
  async authorityPage(
    @Param('id', IdPipe) id: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    const { name, email, nation, regime, referencePattern } = await this.authorities.show(id);
    const values = { name, email, nation, regime, referencePattern: referencePattern ?? '' };
    return this.authorityView(request, id, values, {});
  }

  @Post('authorities/:id')
  async updateAuthority(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    try {
      await this.authorities.update(id, await this.checked(UpdateAuthorityDto, values));
      void reply.redirect(`/authorities?done=saved`, 303);
    } catch (error) {
      const errors = this.problems(error, request);
      this.sendPage(
        reply,
        errors.status,
        await this.authorityView(request, id, values, errors.fields),
      );
    }
  }

  @Get('templates')
  @Html()
  templatesPage(@Req() request: AuthenticatedRequest): string {
    return this.views.render('templates', {
      ...pageContext(request, 'templates', 'Templates'),
      templates: this.catalog.list(),
    });
  }

  @Get('templates/:id')
  @Html()
  templatePage(@Param('id') id: string, @Req() request: AuthenticatedRequest): string {
    return this.templateView(request, id, {}, {});
  }

  /** Preview only: nothing is saved, so viewers may use it too. */
  @ReadsOnly()
  @Post('templates/:id/preview')
  previewTemplate(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): void {
    const values = formValues(body);
    try {
      const preview = this.catalog.render(id, values, {
        authority: { name: 'the authority', email: 'foi@authority.example' },
        reference: 'FOI-YYYY-NNNN',
        today: this.clock.today(),
        sender: { name: request.user.name, email: request.user.email },
      });
      this.sendPage(reply, 200, this.templateView(request, id, values, {}, preview));
    } catch (error) {
      const errors = this.problems(error, request);
      this.sendPage(reply, errors.status, this.templateView(request, id, values, errors.fields));
    }
  }

  @AdminOnly()
  @Get('users')
  @Html()
  async usersPage(
    @Req() request: AuthenticatedRequest,
    @Query('done') done?: string,
  ): Promise<string> {
    return this.usersView(request, {}, {}, done);
  }

  @AdminOnly()
  @Post('users')
  async createUser(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    try {
      await this.users.create(await this.checked(CreateUserDto, values));
      void reply.redirect('/users?done=added', 303);
    } catch (error) {
      const { password: _password, ...kept } = values;
      const errors = this.problems(error, request);
      this.sendPage(reply, errors.status, await this.usersView(request, kept, errors.fields));
    }
  }

  /** Change someone's role (the last admin keeps theirs). */
  @AdminOnly()
  @Post('users/:id')
  async updateUser(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    try {
      await this.users.update(id, await this.checked(UpdateUserDto, { role: values.role }));
      void reply.redirect('/users?done=saved', 303);
    } catch (error) {
      const errors = this.problems(error, request);
      this.sendPage(
        reply,
        errors.status,
        await this.usersView(
          request,
          {},
          { [`role-${id}`]: errors.fields.role ?? errors.fields.message },
        ),
      );
    }
  }

  private async authoritiesView(
    request: AuthenticatedRequest,
    values: Record<string, string>,
    errors: Record<string, string>,
  ): Promise<string> {
    return this.views.render('authorities', {
      ...pageContext(request, 'authorities', 'Authorities'),
      authorities: await this.authorities.list(),
      values,
      errors,
      nations: NATIONS,
      regimes: REGIMES,
    });
  }

  private async authorityView(
    request: AuthenticatedRequest,
    id: number,
    values: Record<string, string>,
    errors: Record<string, string>,
  ): Promise<string> {
    const authority = await this.authorities.show(id);
    return this.views.render('authority', {
      ...pageContext(request, 'authorities', authority.name),
      authority,
      values,
      errors,
      nations: NATIONS,
      regimes: REGIMES,
    });
  }

  private templateView(
    request: AuthenticatedRequest,
    id: string,
    values: Record<string, string>,
    errors: Record<string, string>,
    preview?: { subject: string; body: string },
  ): string {
    const template = this.catalog.get(id);
    const fields = this.catalog.fieldsOf(id);
    if (!template || !fields) throw new UnknownTemplateError(id);
    return this.views.render('template', {
      ...pageContext(request, 'templates', template.title),
      template,
      preview,
      message: errors.message,
      fields: fields.map((f) => ({
        ...f,
        id: `var-${f.name}`,
        label: humanise(f.name),
        value: values[f.name] ?? '',
        error: besideField(humanise(f.name), errors[f.name] ?? errors[`variables.${f.name}`]),
        multiline: f.type === 'list' || f.name === 'grounds' || f.name === 'correspondence',
        inputType: f.type === 'date' ? 'date' : 'text',
      })),
    });
  }

  private async usersView(
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
      done: done === 'added' ? 'User added.' : done === 'saved' ? 'Saved.' : undefined,
    });
  }

  private async checked<T extends object>(
    dto: new () => T,
    plain: Record<string, unknown>,
  ): Promise<T> {
    const result = await validateAs(dto, plain);
    if (result.errors)
      throw new DomainError(
        'invalid',
        'Some fields need correcting: see the messages beside them.',
        result.errors,
      );
    return result.value!;
  }

  /** A 400 or 409 as messages beside the fields; anything else is the error page's business. */
  private problems(
    error: unknown,
    request: AuthenticatedRequest,
  ): { status: number; fields: Record<string, string> } {
    const body = toErrorBody(error, String(request.id));
    if (body.statusCode !== 400 && body.statusCode !== 409) throw error;
    return {
      status: body.statusCode,
      fields: { ...firstMessages(body.errors ?? {}), message: body.message },
    };
  }

  private sendPage(reply: FastifyReply, status: number, html: string): void {
    void reply.code(status).type('text/html; charset=utf-8').send(html);
  }
}
