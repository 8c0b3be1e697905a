import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { NATIONS, REGIMES } from '@app/domain';
import { actorOf } from '../audit/audit.service';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { AuthoritiesService } from '../authorities/authorities.service';
import { CreateAuthorityDto } from '../authorities/authority.dto';
import { IdPipe } from '../common/id.pipe';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';

type Values = Record<string, string>;

/** The authorities requests go to: listed for everyone, added and changed by officers and admins. */
@DashboardPages()
@Controller('authorities')
export class AuthoritiesPagesController {
  constructor(
    private readonly authorities: AuthoritiesService,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  list(@Req() request: AuthenticatedRequest): Promise<string> {
    return this.listView(request, {}, {});
  }

  @Post()
  async create(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    await answerForm(
      reply,
      String(request.id),
      async () => {
        const fields = await checkedForm(CreateAuthorityDto, values);
        await this.authorities.create(fields, actorOf(request));
        return { redirect: '/authorities' };
      },
      ({ errors }) => this.listView(request, values, errors),
    );
  }

  @Get(':id')
  @Html()
  async edit(
    @Param('id', IdPipe) id: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    const { name, email, nation, regime, referencePattern } = await this.authorities.show(id);
    const values = { name, email, nation, regime, referencePattern: referencePattern ?? '' };
    return this.editView(request, id, values, {});
  }

  @Post(':id')
  async update(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    await answerForm(
      reply,
      String(request.id),
      async () => {
        // Every field is on the form, so an emptied one is a change, not one left out; but an
        // officer's form shows the pattern without a field for it, so it keeps what is stored.
        const form = await checkedForm(
          CreateAuthorityDto,
          await this.withKeptPattern(id, values, request),
        );
        await this.authorities.replace(id, form, actorOf(request));
        return { redirect: '/authorities' };
      },
      ({ errors }) => this.editView(request, id, values, errors),
    );
  }

  private async withKeptPattern(
    id: number,
    values: Values,
    request: AuthenticatedRequest,
  ): Promise<Values> {
    if (request.user.role === 'admin' || 'referencePattern' in values) return values;
    const { referencePattern } = await this.authorities.show(id);
    return referencePattern ? { ...values, referencePattern } : values;
  }

  private async listView(request: AuthenticatedRequest, values: Values, errors: Values) {
    return this.views.render('authorities', {
      ...pageContext(request, 'authorities', 'Authorities'),
      authorities: await this.authorities.list(),
      values,
      errors,
      nations: NATIONS,
      regimes: REGIMES,
      mayEditPattern: request.user.role === 'admin',
    });
  }

  private async editView(
    request: AuthenticatedRequest,
    id: number,
    values: Values,
    errors: Values,
  ) {
    const authority = await this.authorities.show(id);
    return this.views.render('authority', {
      ...pageContext(request, 'authorities', authority.name),
      authority,
      values,
      errors,
      nations: NATIONS,
      regimes: REGIMES,
      mayEditPattern: request.user.role === 'admin',
    });
  }
}
