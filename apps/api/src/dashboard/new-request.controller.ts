import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { REGIMES } from '@app/domain';
import { AuthoritiesRepository } from '@app/persistence';
import { DomainError } from '@app/platform';
import { RenderedLetter, TemplateCatalog, UnknownTemplateError } from '@app/templates';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { Clock } from '../common/clock';
import { CreateRequestDto } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';
import { templateFieldViews, withTypedDates } from './template-fields';

const VARIABLE = 'variables.';

/** New request: choose a template, fill in its variables, preview the letter, save the draft. */
@DashboardPages()
@Controller('requests/new')
export class NewRequestController {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly authorities: AuthoritiesRepository,
    private readonly requests: RequestsService,
    private readonly clock: Clock,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  async page(@Query() query: unknown, @Req() request: AuthenticatedRequest): Promise<string> {
    // Its forms only make a draft, but a viewer has nothing to do with them.
    if (request.user.role === 'viewer')
      throw new DomainError('forbidden', 'viewers can read but not change anything');
    const { template } = formValues(query);
    if (!template) {
      return this.views.render('new-request', {
        ...pageContext(request, 'new', 'New request'),
        templates: this.catalog.list().filter((t) => t.kind === 'request'),
      });
    }
    return this.views.render('new-request', await this.form(request, template, {}, {}));
  }

  @Post()
  async submit(
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const templateId = values.templateId ?? '';
    const variables: Record<string, string> = {};
    for (const [key, value] of Object.entries(values))
      if (key.startsWith(VARIABLE)) variables[key.slice(VARIABLE.length)] = value;
    const show = async (errors: Record<string, string>, preview?: RenderedLetter) =>
      this.views.render(
        'new-request',
        await this.form(request, templateId, values, errors, preview),
      );
    await answerForm(
      reply,
      String(request.id),
      async () => {
        const typed = withTypedDates(this.catalog.fieldsOf(templateId) ?? [], variables, VARIABLE);
        const dto = await checkedForm(CreateRequestDto, {
          authorityId: values.authorityId === undefined ? undefined : Number(values.authorityId),
          templateId,
          variables: typed,
          title: values.title,
          campaign: values.campaign,
          regime: values.regime,
        });
        if (values.action === 'preview') {
          const preview = await this.preview(templateId, typed, dto.authorityId, request);
          return { page: await show({}, preview) };
        }
        const created = await this.requests.create(dto, request.user);
        return { redirect: `/requests/${created.id}?done=created` };
      },
      ({ errors }) => show(errors),
    );
  }

  private async preview(
    templateId: string,
    variables: Record<string, string>,
    authorityId: number,
    request: AuthenticatedRequest,
  ): Promise<RenderedLetter> {
    const authority = await this.authorities.findById(authorityId);
    if (!authority)
      throw DomainError.invalid('authorityId', `authority ${authorityId} does not exist`);
    return this.catalog.render(templateId, variables, {
      authority: { name: authority.name, email: authority.email },
      today: this.clock.today(),
      sender: { name: request.user.name, email: request.user.email },
    });
  }

  /** The template's form; what was typed is kept and each message sits beside its field. */
  private async form(
    request: AuthenticatedRequest,
    templateId: string,
    values: Record<string, string>,
    errors: Record<string, string>,
    preview?: RenderedLetter,
  ): Promise<Record<string, unknown>> {
    const template = this.catalog.get(templateId);
    const fields = this.catalog.fieldsOf(templateId);
    if (!template || !fields || template.kind !== 'request')
      throw new UnknownTemplateError(templateId);
    const authorities = await this.authorities.listByName();
    return {
      ...pageContext(request, 'new', `New request: ${template.title}`),
      template,
      values: { title: template.title, ...values },
      errors,
      message: errors.message,
      preview,
      regimes: REGIMES,
      authorities: authorities.map((a) => ({ id: a.id, name: a.name })),
      // The officer is the requester unless they say otherwise.
      fields: templateFieldViews(
        fields,
        { [`${VARIABLE}requesterName`]: request.user.name, ...values },
        errors,
        { idPrefix: 'var', prefix: VARIABLE },
      ),
    };
  }
}
