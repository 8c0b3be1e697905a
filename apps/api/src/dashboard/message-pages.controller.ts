import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MessageEntity, RequestsRepository } from '@app/persistence';
import { DomainError } from '@app/platform';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { IdPipe, MessageIdPipe } from '../common/id.pipe';
import { CorrectMessageDto } from '../requests/request.dto';
import { CHANGED_MEANWHILE, RequestLifecycleService } from '../requests/request-lifecycle.service';
import { DashboardViews } from './dashboard-views';
import { answerForm, checkedForm, formValues } from './forms';
import { DashboardPages, Html } from './html.decorator';
import {
  chosenKind,
  correctionOfForm,
  formOfMessage,
  logKindOf,
  londonDateOfEvent,
} from './message-correction-form';
import { LOG_KINDS } from './message-forms';
import { pageContext } from './page-context';

interface Found {
  request: { id: number; reference: string; title: string; version: number };
  message: MessageEntity;
}

/**
 * Putting a logged message right: "Correct" (a form like "log a message", filled in) and
 * "Remove" (a confirmation page), officers only. Each form carries the request's version, so
 * a second click, or a change made meanwhile, is refused rather than applied twice.
 */
@DashboardPages()
@Controller('requests/:id/messages/:messageId')
export class MessagePagesController {
  constructor(
    private readonly requests: RequestsRepository,
    private readonly lifecycle: RequestLifecycleService,
    private readonly views: DashboardViews,
  ) {}

  @Get('correct')
  @Html()
  async correctPage(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    const found = await this.find(request, id, messageId);
    return this.renderCorrect(request, found, formOfMessage(found.message), {});
  }

  @Post('correct')
  async correct(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const found = await this.find(request, id, messageId, seen(values));
    await answerForm(
      reply,
      String(request.id),
      async () => {
        const kind = chosenKind(found.message, values.log);
        const dto = await checkedForm(
          CorrectMessageDto,
          correctionOfForm(found.message, kind, values),
        );
        await this.lifecycle.correctMessage(id, messageId, dto, request.user, seen(values));
        return { redirect: `/requests/${id}?done=corrected` };
      },
      (problem) =>
        this.renderCorrect(request, found, values, problem.fields, problem.message, values.version),
    );
  }

  @Get('remove')
  @Html()
  async removePage(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @Req() request: AuthenticatedRequest,
  ): Promise<string> {
    return this.renderRemove(request, await this.find(request, id, messageId));
  }

  @Post('remove')
  async remove(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @Body() body: unknown,
    @Req() request: AuthenticatedRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const values = formValues(body);
    const found = await this.find(request, id, messageId, seen(values));
    await answerForm(
      reply,
      String(request.id),
      async () => {
        await this.lifecycle.removeMessage(id, messageId, request.user, seen(values));
        return { redirect: `/requests/${id}?done=removed` };
      },
      (problem) => this.renderRemove(request, found, problem.message, values.version),
    );
  }

  /**
   * The request and its message, or the error page: 403 for a viewer, 404 for a message not on
   * this request, and 409 when a form's message has gone since it was made (a second click).
   */
  private async find(
    request: AuthenticatedRequest,
    id: number,
    messageId: number,
    seenVersion?: number,
  ) {
    if (request.user.role === 'viewer')
      throw new DomainError('forbidden', 'viewers can read but not change anything');
    const found = await this.requests.findById(id);
    if (!found) throw DomainError.notFound('request', 'id', id);
    const message = (await this.requests.findMessages(id)).find((m) => m.id === messageId);
    if (!message && seenVersion !== undefined && seenVersion !== found.version)
      throw new DomainError('conflict', CHANGED_MEANWHILE);
    if (!message) throw DomainError.notFound('message', 'messageId', messageId);
    return { request: found, message };
  }

  private renderCorrect(
    request: AuthenticatedRequest,
    found: Found,
    values: Record<string, string>,
    errors: Record<string, string>,
    message?: string,
    version?: string,
  ): string {
    const kind = chosenKind(found.message, values.log);
    return this.views.render('correct-message', {
      ...pageContext(request, 'none', `Correct a message: ${found.request.reference}`),
      request: found.request,
      message: found.message,
      was: {
        label: logKindOf(found.message).label,
        date: londonDateOfEvent(found.message.occurredAt),
      },
      kind,
      kinds: found.message.kind === 'request' ? null : LOG_KINDS,
      values,
      errors,
      problem: message,
      version: version ?? String(found.request.version),
    });
  }

  private renderRemove(
    request: AuthenticatedRequest,
    found: Found,
    message?: string,
    version?: string,
  ): string {
    return this.views.render('remove-message', {
      ...pageContext(request, 'none', `Remove a message: ${found.request.reference}`),
      request: found.request,
      message: found.message,
      was: {
        label: logKindOf(found.message).label,
        date: londonDateOfEvent(found.message.occurredAt),
      },
      sentRequest: found.message.kind === 'request',
      problem: message,
      version: version ?? String(found.request.version),
    });
  }
}

/** The version the form was made from: a number, or none (then the change is not held to one). */
function seen(values: Record<string, string>): number | undefined {
  return /^\d{1,10}$/.test(values.version ?? '') ? Number(values.version) : undefined;
}
