import { TimeSource } from '@app/platform';
import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RenderedLetter, TemplateCatalog, UnknownTemplateError } from '@app/templates';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { ReadsOnly } from '../common/public.decorator';
import { DashboardViews } from './dashboard-views';
import { answerForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { pageContext } from './page-context';
import { templateFieldViews, withTypedDates } from './template-fields';

/** The letters, and a preview of any of them with sample facts. */
@DashboardPages()
@Controller('templates')
export class TemplatesPagesController {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly time: TimeSource,
    private readonly views: DashboardViews,
  ) {}

  @Get()
  @Html()
  list(@Req() request: AuthenticatedRequest): string {
    return this.views.render('templates', {
      ...pageContext(request, 'templates', 'Templates'),
      templates: this.catalog.list(),
    });
  }

  @Get(':id')
  @Html()
  show(@Param('id') id: string, @Req() request: AuthenticatedRequest): string {
    return this.view(request, id, {}, {});
  }

  /** Preview only: nothing is saved, so viewers may use it too. */
  @ReadsOnly()
  @Post(':id/preview')
  preview(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const sample = {
      authority: { name: 'the authority', email: 'foi@authority.example' },
      reference: 'FOI-YYYY-NNNN',
      today: this.time.today(),
      sender: { name: request.user.name, email: request.user.email },
    };
    return answerForm(
      reply,
      String(request.id),
      async () => {
        const preview = this.catalog.render(
          id,
          withTypedDates(this.catalog.fieldsOf(id) ?? [], values),
          sample,
        );
        return { page: this.view(request, id, values, {}, preview) };
      },
      ({ errors }) => this.view(request, id, values, errors),
    );
  }

  private view(
    request: AuthenticatedRequest,
    id: string,
    values: Record<string, string>,
    errors: Record<string, string>,
    preview?: RenderedLetter,
  ): string {
    const template = this.catalog.get(id);
    const fields = this.catalog.fieldsOf(id);
    if (!template || !fields) throw new UnknownTemplateError(id);
    return this.views.render('template', {
      ...pageContext(request, 'templates', template.title),
      template,
      preview,
      message: errors.message,
      fields: templateFieldViews(fields, values, errors, { idPrefix: 'var' }),
    });
  }
}
