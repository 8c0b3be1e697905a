import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { REGIMES } from '@app/domain';
import { AuthoritiesRepository } from '@app/persistence';
import { DomainError, TimeSource } from '@app/platform';
import { RenderedLetter, TemplateCatalog, UnknownTemplateError } from '@app/templates';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { CreateRequestDto } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, everyProblem, formValues, sendPage } from './forms';
import { DashboardPages } from './html.decorator';
import { pageContext } from './page-context';
import { templateFieldViews, withTypedDates } from './template-fields';

const VARIABLE = 'variables.';
/** A form's one-time token: a random UUID. */
const FORM_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** New request: choose a template, fill in its variables, preview the letter, save the draft. */
@DashboardPages()
@Controller('requests/new')
export class NewRequestController {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly authorities: AuthoritiesRepository,
    private readonly requests: RequestsService,
    private readonly time: TimeSource,
    private readonly views: DashboardViews,
  ) {}

  /**
   * The form for a template. Its address carries a one-time token (`form`, added by a redirect
   * the first time), so the same form reached again by the back button still has it.
   */
  @Get()
  async page(
    @Query() query: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Its forms only make a draft, but a viewer has nothing to do with them.
    if (request.user.role === 'viewer')
      throw new DomainError('forbidden', 'viewers can read but not change anything');
    const { template, form } = formValues(query);
    if (!template) {
      return sendPage(
        reply,
        200,
        this.views.render('new-request', {
          ...pageContext(request, 'new', 'New request'),
          templates: this.catalog.list().filter((t) => t.kind === 'request'),
        }),
      );
    }
    const chosen = this.catalog.get(template);
    if (!chosen || chosen.kind !== 'request') throw new UnknownTemplateError(template);
    if (!form || !FORM_TOKEN.test(form)) {
      const params = new URLSearchParams({ template, form: randomUUID() });
      return void reply.redirect(`/requests/new?${params.toString()}`, 303);
    }
    sendPage(
      reply,
      200,
      this.views.render('new-request', await this.form(request, template, { formToken: form }, {})),
    );
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
        // Dates, the request's own fields and the letter's variables, all checked at once.
        const fields = this.catalog.fieldsOf(templateId) ?? [];
        let typed = variables;
        let dto: CreateRequestDto | undefined;
        await everyProblem(
          [
            () => (typed = withTypedDates(fields, variables, VARIABLE)),
            async () =>
              (dto = await checkedForm(CreateRequestDto, {
                authorityId:
                  values.authorityId === undefined ? undefined : Number(values.authorityId),
                templateId,
                variables: typed,
                title: values.title,
                campaign: values.campaign,
                regime: values.regime,
              })),
            () => this.checkVariables(templateId, typed),
          ],
          (field) =>
            field.startsWith(VARIABLE)
              ? 1 + fields.findIndex((f) => `${VARIABLE}${f.name}` === field)
              : 0,
        );
        if (!dto) throw new Error('the form was checked but made no request');
        if (values.action === 'preview') {
          const preview = await this.preview(templateId, typed, dto.authorityId, request);
          return { page: await show({}, preview) };
        }
        return { redirect: await this.save(dto, request, values.formToken) };
      },
      ({ errors }) => show(errors),
    );
  }

  /**
   * Saves the draft once per form: the same form sent again (back button, a second click, another
   * process) goes to the draft it made. The token is unique in the database, so of two sent at
   * once one insert fails, and the draft the other made is found.
   */
  private async save(
    dto: CreateRequestDto,
    request: AuthenticatedRequest,
    token: string | undefined,
  ): Promise<string> {
    const formToken = token && FORM_TOKEN.test(token) ? token : undefined;
    const made = formToken ? await this.requests.draftMadeBy(formToken) : null;
    if (made !== null) return `/requests/${made}?done=already-created`;
    try {
      const created = await this.requests.create(dto, request.user, { formToken });
      return `/requests/${created.id}?done=created`;
    } catch (error) {
      const other = formToken ? await this.requests.draftMadeBy(formToken) : null;
      if (other === null) throw error;
      return `/requests/${other}?done=already-created`;
    }
  }

  /** The letter's variables as the template needs them, the messages keyed as the form's fields. */
  private checkVariables(templateId: string, variables: Record<string, string>): void {
    const problems = this.catalog.checkVariables(templateId, variables);
    if (Object.keys(problems).length === 0) return;
    throw new DomainError(
      'invalid',
      'Some fields need correcting: see the messages beside them.',
      Object.fromEntries(
        Object.entries(problems).map(([name, messages]) => [`${VARIABLE}${name}`, messages]),
      ),
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
      today: this.time.today(),
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
