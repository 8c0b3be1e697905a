import { Inject, Injectable } from '@nestjs/common';
import { formatTypedDate, parseIsoDate } from '@app/domain';
import { AuthoritiesRepository, UserEntity } from '@app/persistence';
import { APP_CONFIG, AppConfig, DomainError, TimeSource } from '@app/platform';
import {
  RenderedLetter,
  TemplateCatalog,
  TemplateKind,
  UnknownTemplateError,
} from '@app/templates';
import { RequestView } from '../requests/request-view';
import { RequestsService } from '../requests/requests.service';
import { shortDate } from './dashboard-views';
import type { SummaryIds } from './error-summary';
import { prefillLetter } from './letter-prefill';
import { letterKindsFor, logKind, logKindsFor } from './message-forms';
import { nextStepOf } from './next-step';
import { templateFieldViews, withTypedDates } from './template-fields';

/** A form on the request page that came back with problems, to show again as it was typed. */
export interface FormState {
  form: 'send' | 'email' | 'message' | 'letter' | 'withdraw';
  values: Record<string, string>;
  errors: Record<string, string>;
  message?: string;
}

/** Where each form of the request page has its fields, for the error summary at the top. */
const FORM_IDS: Record<FormState['form'], SummaryIds> = {
  email: { form: 'email-form' },
  send: { prefix: 'send-', form: 'send-form', inputs: 'method,sentAt,receivedAt' },
  message: {
    prefix: 'log-',
    form: 'log',
    inputs: 'occurredAt,extendedTo,outcome,exemptions,authorityReference,subject,body',
  },
  letter: { prefix: 'letter-', vars: 'letter-', form: 'letter-form' },
  withdraw: { prefix: 'withdraw-', form: 'withdraw-form', inputs: 'confirm' },
};

/**
 * What a `?done=` says, from the request as it is now: a flag alone claims nothing (back to
 * `?done=created` after sending shows no "Draft saved" on a sent request).
 */
const DONE: Record<string, string | ((view: RequestView, email: string) => string | undefined)> = {
  created: (view) =>
    view.status === 'draft' ? 'Draft saved. Check the letter, then send it.' : undefined,
  'already-created': (view) =>
    view.status === 'draft'
      ? 'This form was saved already, as this draft: nothing new was made.'
      : undefined,
  sent: sentMessage,
  logged: 'Logged.',
  withdrawn: (view) => (view.status === 'withdrawn' ? 'Withdrawn.' : undefined),
  corrected: 'Corrected: the dates are worked out again from the whole history.',
  removed: 'Removed: the dates are worked out again without it.',
};

const SEND_METHODS = [
  { value: 'email', label: 'Email' },
  { value: 'post', label: 'Post (received on the second working day)' },
  { value: 'web-form', label: 'Web form' },
  { value: 'in-person', label: 'In person' },
];

/** Everything the request page shows: the letter, the clock, the history and the forms. */
@Injectable()
export class RequestPageService {
  constructor(
    private readonly requests: RequestsService,
    private readonly authorities: AuthoritiesRepository,
    private readonly catalog: TemplateCatalog,
    private readonly time: TimeSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today in London, as the send form fills it in. */
  today(): string {
    return this.time.today();
  }

  /** Today in London as a date field shows it before the officer changes it: "29 11 2026". */
  private todayTyped(): string {
    return formatTypedDate(parseIsoDate(this.time.today()));
  }

  async build(
    id: number,
    options: {
      log?: string;
      letter?: string;
      done?: string;
      state?: FormState;
      preview?: RenderedLetter;
    } = {},
  ): Promise<Record<string, unknown>> {
    const view = await this.requests.show(id);
    const state = options.state;
    const errors = (form: FormState['form']) => (state?.form === form ? state.errors : {});
    const letterId = state?.form === 'letter' ? state.values.templateId : options.letter;
    const log = logKind(state?.form === 'message' ? state.values.log : options.log);
    const authority = await this.authorities.findById(view.authority.id);
    const authorityEmail = authority?.email ?? '';
    const done = options.done && Object.hasOwn(DONE, options.done) ? DONE[options.done] : undefined;
    return {
      request: view,
      deadline: view.deadline,
      timeline: timelineOf(view),
      nextStep: nextStepOf(view.status, view.deadline.state),
      done: typeof done === 'function' ? done(view, authorityEmail) : done,
      formSummary: state && {
        ...FORM_IDS[state.form],
        errors: state.errors,
        message: state.message,
      },
      formName: state?.form,
      today: this.time.today(),
      send: {
        open: view.status === 'draft',
        // Only a real mail server reaches the authority: the outbox writes files on this machine.
        emailing: this.config.mailTransport === 'smtp',
        authorityEmail,
        emailErrors: errors('email'),
        methods: SEND_METHODS,
        // Today filled in, until the form comes back: then what was typed, even nothing.
        values: state?.form === 'send' ? state.values : { sentAt: this.todayTyped() },
        errors: errors('send'),
      },
      logKinds: logKindsFor(view.status),
      log: log && {
        ...log,
        values: state?.form === 'message' ? state.values : { occurredAt: this.todayTyped() },
        errors: errors('message'),
      },
      letters: letterKindsFor(view.status).flatMap((kind) =>
        this.catalog
          .list()
          .filter((t) => t.kind === kind)
          .map((t) => ({ id: t.id, title: t.title })),
      ),
      letter: letterId ? this.letterForm(view, letterId, state, options.preview) : undefined,
      withdraw: {
        open: view.status !== 'withdrawn' && view.status !== 'closed',
        errors: errors('withdraw'),
      },
    };
  }

  /** The follow-up letter's form: what the tracker knows filled in, what was typed kept. */
  private letterForm(
    view: RequestView,
    templateId: string,
    state: FormState | undefined,
    preview: RenderedLetter | undefined,
  ) {
    const template = this.catalog.get(templateId);
    const fields = this.catalog.fieldsOf(templateId);
    if (!template || !fields || template.kind === 'request')
      throw new UnknownTemplateError(templateId);
    refuseLetterOutOfTurn(view, template.kind);
    const typed = state?.form === 'letter' ? state.values : prefillLetter(view, fields);
    const errors = state?.form === 'letter' ? state.errors : {};
    return {
      id: template.id,
      title: template.title,
      occurredAt: state?.form === 'letter' ? (typed.occurredAt ?? '') : this.todayTyped(),
      occurredAtError: errors.occurredAt,
      fields: templateFieldViews(fields, typed, errors, { idPrefix: 'letter' }),
      preview,
    };
  }

  /** A follow-up letter rendered with the request's facts, for preview or to log as sent. */
  async renderLetter(
    view: RequestView,
    templateId: string,
    variables: Record<string, string>,
    sender: UserEntity,
  ): Promise<RenderedLetter> {
    const authority = await this.authorities.findById(view.authority.id);
    if (!authority) throw DomainError.notFound('authority', 'id', view.authority.id);
    const fields = this.catalog.fieldsOf(templateId) ?? [];
    return this.catalog.render(templateId, withTypedDates(fields, variables), {
      authority: { name: authority.name, email: authority.email },
      reference: view.reference,
      today: this.time.today(),
      sender: { name: sender.name, email: sender.email },
    });
  }
}

/** A letter the request's state does not call for (a chaser for a draft) is not offered. */
export function refuseLetterOutOfTurn(view: RequestView, kind: TemplateKind): void {
  if (!letterKindsFor(view.status).includes(kind))
    throw new DomainError(
      'conflict',
      view.status === 'draft'
        ? 'this request has not been sent yet: send it before writing a follow-up letter'
        : `a letter of this kind does not fit a request that is ${view.status.replace(/-/g, ' ')}`,
    );
}

const SENT_BY: Record<NonNullable<RequestView['sentVia']>, string> = {
  email: 'by email',
  post: 'by post',
  'web-form': 'through a web form',
  'in-person': 'in person',
};

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * Which of the two sends happened, read from the request: emailed from here (its letter has a
 * Message-ID) or recorded as sent another way. Nothing while it is still a draft.
 */
function sentMessage(view: RequestView, authorityEmail: string): string | undefined {
  if (!view.sentAt || view.status === 'draft') return undefined;
  const letter = (view.messages ?? []).find((m) => m.kind === 'request');
  if (letter?.messageId)
    return `Emailed to ${authorityEmail} on ${shortDate(view.sentAt)} at ${LONDON_TIME.format(view.sentAt)}; the clock has started.`;
  const how = view.sentVia ? `${SENT_BY[view.sentVia]} ` : '';
  return `Recorded as sent ${how}on ${shortDate(view.sentAt)}; the clock has started.`;
}

/** Messages and audit events in one list, oldest first. */
function timelineOf(view: RequestView) {
  const at = (value: Date | string) =>
    value instanceof Date
      ? value.toISOString()
      : value.length === 10
        ? `${value}T12:00:00Z`
        : new Date(value).toISOString();
  const entries = [
    ...(view.messages ?? []).map((m) => ({ at: at(m.occurredAt), message: m })),
    ...(view.events ?? []).map((e) => ({
      at: at(e.at),
      event: {
        ...e,
        from: (e.before as { status?: string } | null)?.status,
        to: (e.after as { status?: string } | null)?.status,
      },
    })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
