import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';
import { TemplateCatalog, UnknownTemplateError } from '@app/templates';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { IdPipe } from '../common/id.pipe';
import { CreateMessageDto, SendRequestDto } from '../requests/request.dto';
import { RequestLifecycleService } from '../requests/request-lifecycle.service';
import { RequestsService } from '../requests/requests.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, formDates, FormOutcome, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import { logKind, MESSAGE_KIND_OF_LETTER, parseExemptions } from './message-forms';
import { pageContext } from './page-context';
import { FormState, refuseLetterOutOfTurn, RequestPageService } from './request-page.service';

/** The request page and its forms: send, log a message, follow-up letters, withdraw. */
@DashboardPages()
@Controller('requests')
export class RequestPagesController {
  constructor(
    private readonly page: RequestPageService,
    private readonly requests: RequestsService,
    private readonly lifecycle: RequestLifecycleService,
    private readonly catalog: TemplateCatalog,
    private readonly views: DashboardViews,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id')
  @Html()
  async show(
    @Param('id', IdPipe) id: number,
    @Query() query: unknown,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    const { log, letter, done } = formValues(query);
    const model = await this.page.build(id, { log, letter, done });
    return this.render(request, model);
  }

  /**
   * Two distinct sends. `action=email`: the tracker emails the letter now (no date asked: it goes
   * now), offered only when a mail server is configured. `action=record`: the officer records that
   * it was already sent, on the date they type; nothing is emailed.
   */
  @Post(':id/send')
  async send(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    if (values.action === 'email') {
      await this.attempt(request, reply, id, { form: 'email', values }, 'sent', async () => {
        if (this.config.mailTransport !== 'smtp')
          throw DomainError.invalid(
            'action',
            'Emailing is not set up on this server, so nothing was sent: send the letter yourself, then record it.',
          );
        await this.lifecycle.send(id, { method: 'email', deliver: true }, request.user);
      });
      return;
    }
    await this.attempt(request, reply, id, { form: 'send', values }, 'sent', async () => {
      const dates = formDates(values, [
        { name: 'sentAt', label: 'Sent on', missing: 'Enter the date it was sent' },
        { name: 'receivedAt', label: 'Received on' },
      ]);
      const dto = await checkedForm(SendRequestDto, {
        method: values.method,
        sentAt: dates.sentAt,
        receivedAt: dates.receivedAt,
      });
      await this.lifecycle.send(id, dto, request.user);
    });
  }

  @Post(':id/messages')
  async addMessage(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    await this.attempt(request, reply, id, { form: 'message', values }, 'logged', async () => {
      const kind = logKind(values.log);
      if (!kind) throw DomainError.invalid('log', 'choose what kind of message to log');
      const dates = formDates(values, [
        { name: 'occurredAt', label: 'Date', missing: 'Enter the date of the message' },
        ...(kind.extendedTo ? [{ name: 'extendedTo', label: 'Extended to' }] : []),
      ]);
      const dto = await checkedForm(CreateMessageDto, {
        direction: kind.direction,
        kind: kind.kind,
        occurredAt: dates.occurredAt,
        subject: values.subject,
        body: values.body,
        outcome: values.outcome,
        exemptions: parseExemptions(values.exemptions),
        extendedTo: dates.extendedTo,
        authorityReference: values.authorityReference,
      });
      await this.lifecycle.addMessage(id, dto, request.user);
    });
  }

  /** Preview a follow-up letter, or log it as sent (an outgoing message of the letter's kind). */
  @Post(':id/letters/:templateId')
  async letter(
    @Param('id', IdPipe) id: number,
    @Param('templateId') templateId: string,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { action, occurredAt, ...variables } = formValues(body);
    const template = this.catalog.get(templateId);
    const kind = template && MESSAGE_KIND_OF_LETTER[template.kind];
    if (!kind) throw new UnknownTemplateError(templateId);
    const state: FormState = {
      form: 'letter',
      values: { ...variables, templateId, ...(occurredAt ? { occurredAt } : {}) },
      errors: {},
    };
    const view = await this.requests.show(id);
    refuseLetterOutOfTurn(view, template.kind);
    if (action === 'log') {
      await this.attempt(request, reply, id, state, 'logged', async () => {
        const dates = formDates(occurredAt === undefined ? {} : { occurredAt }, [
          { name: 'occurredAt', label: 'Sent on', missing: 'Enter the date the letter was sent' },
        ]);
        const letter = await this.page.renderLetter(view, templateId, variables, request.user);
        const dto = await checkedForm(CreateMessageDto, {
          direction: 'outgoing',
          kind,
          occurredAt: dates.occurredAt,
          subject: letter.subject,
          body: letter.body,
        });
        await this.lifecycle.addMessage(id, dto, request.user);
      });
      return;
    }
    await this.answer(request, reply, id, state, async () => {
      const preview = await this.page.renderLetter(view, templateId, variables, request.user);
      return { page: this.render(request, await this.page.build(id, { state, preview })) };
    });
  }

  @Post(':id/withdraw')
  async withdraw(
    @Param('id', IdPipe) id: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    await this.attempt(request, reply, id, { form: 'withdraw', values }, 'withdrawn', async () => {
      if (values.confirm !== 'yes')
        throw DomainError.invalid('confirm', 'tick the box to confirm the withdrawal');
      await this.lifecycle.withdraw(id, request.user);
    });
  }

  /**
   * Runs a change and goes back to the request page (POST, redirect, GET: a reload sends nothing
   * twice). Bad input or a conflict shows the page again with the form as it was typed.
   */
  private async attempt(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    id: number,
    state: Omit<FormState, 'errors'>,
    done: string,
    change: () => Promise<void>,
  ): Promise<void> {
    await this.answer(request, reply, id, state, async () => {
      await change();
      return { redirect: `/requests/${id}?done=${done}` };
    });
  }

  /** Any of the page's forms: when it comes back, the page again with that form as typed. */
  private answer(
    request: AuthenticatedRequest,
    reply: FastifyReply,
    id: number,
    state: Omit<FormState, 'errors'>,
    run: () => Promise<FormOutcome>,
  ): Promise<void> {
    return answerForm(reply, String(request.id), run, async ({ fields, message }) =>
      this.render(
        request,
        await this.page.build(id, { state: { ...state, errors: fields, message } }),
      ),
    );
  }

  private render(request: AuthenticatedRequest, model: Record<string, unknown>): string {
    const view = model.request as { reference: string; title: string };
    return this.views.render('request', {
      ...pageContext(request, 'none', `${view.reference}: ${view.title}`),
      ...model,
    });
  }
}
