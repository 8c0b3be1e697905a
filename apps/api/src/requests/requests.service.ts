import { Injectable } from '@nestjs/common';
import { OUTSTANDING_STATUSES } from '@app/domain';
import {
  AuthoritiesRepository,
  AuthorityEntity,
  NewRequest,
  RequestChangesRepository,
  RequestEventRow,
  RequestFilter,
  RequestListRepository,
  RequestsRepository,
  UserEntity,
} from '@app/persistence';
import { DomainError } from '@app/platform';
import { LetterTemplate, TemplateCatalog, UnknownTemplateError } from '@app/templates';
import { DeadlineService } from './deadline.service';
import { CreateRequestDto, ListRequestsQuery } from './request.dto';
import {
  RequestListItem,
  RequestView,
  toEventView,
  toListItem,
  toMessageView,
  toReminderView,
  toRequestView,
} from './request-view';

export interface RequestList {
  items: RequestListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** Creating and reading requests. Changing their status lives in RequestLifecycleService. */
@Injectable()
export class RequestsService {
  private readonly rendered = new WeakMap<object, { today: string; json: string }>();

  constructor(
    private readonly requests: RequestsRepository,
    private readonly lists: RequestListRepository,
    private readonly changes: RequestChangesRepository,
    private readonly authorities: AuthoritiesRepository,
    private readonly catalog: TemplateCatalog,
    private readonly deadlines: DeadlineService,
  ) {}

  /** The id of the draft a dashboard form already made, if it made one. */
  draftMadeBy(formToken: string): Promise<number | null> {
    return this.requests.findIdByFormToken(formToken);
  }

  /**
   * A new draft. `formToken` is the one-time token of the dashboard form it came from: unique in
   * the database, so that form sent again cannot make a second draft (see `draftMadeBy`).
   */
  async create(
    input: CreateRequestDto,
    owner: UserEntity,
    options: { formToken?: string } = {},
  ): Promise<RequestView> {
    const authority = await this.authorities.findById(input.authorityId);
    if (!authority)
      throw DomainError.invalid('authorityId', `authority ${input.authorityId} does not exist`);
    const template = this.templateOf(input);
    const today = this.deadlines.time.today();
    const { request, event } = await this.changes.create(
      Number(today.slice(0, 4)),
      owner.id,
      (reference) => {
        const letter = template
          ? this.catalog.render(template.id, input.variables ?? {}, {
              authority: { name: authority.name, email: authority.email },
              reference,
              today,
              sender: { name: owner.name, email: owner.email },
            })
          : { subject: input.subject!, body: input.body! };
        const row = draftRow(input, { reference, letter, template, authority, owner, ...options });
        return { row, event: createdEvent(row, this.deadlines.time.now()) };
      },
    );
    // Everything the new draft shows is in hand: no need to read it back.
    const view = toRequestView(
      { ...request, authority, owner },
      this.deadlines.viewFor({ ...request, authority }),
    );
    return {
      ...view,
      messages: [],
      events: [toEventView({ ...event, actor: owner })],
      reminders: [],
    };
  }

  /** The template a new request is written from, or none: then its own subject and body. */
  private templateOf(input: CreateRequestDto): LetterTemplate | null {
    const template = input.templateId === undefined ? null : this.catalog.get(input.templateId);
    if (input.templateId !== undefined && !template)
      throw new UnknownTemplateError(input.templateId);
    if (template && (input.subject !== undefined || input.body !== undefined)) {
      throw DomainError.invalid(
        input.subject !== undefined ? 'subject' : 'body',
        'give either templateId and variables, or subject and body, not both',
      );
    }
    if (template) return template;
    const missing = (['subject', 'body'] as const).filter((field) => input[field] === undefined);
    if (missing.length > 0) {
      throw new DomainError(
        'invalid',
        `${missing.join(' and ')} required for a request without a template`,
        Object.fromEntries(missing.map((f) => [f, [`${f} is required (or give templateId)`]])),
      );
    }
    if (input.variables !== undefined)
      throw DomainError.invalid('variables', 'variables need a templateId');
    return null;
  }

  async show(id: number): Promise<RequestView> {
    const found = await this.requests.findWithHistory(id);
    if (!found) throw DomainError.notFound('request', 'id', id);
    const view = toRequestView(found.request, this.deadlines.viewFor(found.request));
    const reminders = await this.requests.findReminders(id);
    return {
      ...view,
      messages: found.messages.map(toMessageView),
      events: found.events.map(toEventView),
      reminders: reminders.map(toReminderView),
    };
  }

  filterOf(query: ListRequestsQuery): RequestFilter | null {
    let filter: RequestFilter = {
      authorityId: query.authorityId,
      ownerId: query.ownerId,
      campaign: query.campaign,
      q: query.q?.trim() || undefined,
    };
    const sets: (readonly string[])[] = [];
    if (query.status) sets.push([query.status]);
    if (query.outstanding === 'true') sets.push(OUTSTANDING_STATUSES);
    if (query.deadlineState) {
      const byState = this.deadlines.filterFor(query.deadlineState);
      if (byState.statuses) sets.push(byState.statuses);
      filter = { ...filter, ...byState };
    }
    if (sets.length > 0) {
      const statuses = sets.reduce((a, b) => a.filter((s) => b.includes(s)));
      if (statuses.length === 0) return null; // the filters exclude each other
      filter.statuses = statuses as RequestFilter['statuses'];
    }
    if (query.outstanding === 'false') {
      filter.statuses = (filter.statuses ?? []).length
        ? filter.statuses!.filter((s) => !OUTSTANDING_STATUSES.includes(s))
        : ['draft', 'responded', 'review-responded', 'closed', 'withdrawn'];
      if (filter.statuses.length === 0) return null;
    }
    return filter;
  }

  /**
   * The list as JSON text. While the repository serves the same cached page (until a write, at
   * most 2 s) and the date is the same, so is every deadline in it: the text is kept with the page
   * and sent as it is, which is what lets the Outstanding list keep up with many readers.
   */
  async listJson(query: ListRequestsQuery): Promise<string> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const filter = this.filterOf(query);
    if (!filter) return JSON.stringify({ items: [], total: 0, page, pageSize });
    const found = await this.lists.findPage(filter, query.sort ?? 'dueDate', page, pageSize);
    const today = this.deadlines.time.today();
    const kept = this.rendered.get(found);
    if (kept && kept.today === today) return kept.json;
    const json = JSON.stringify({
      items: found.items.map((r) => toListItem(r, this.deadlines.viewFor(r, false))),
      total: found.total,
      page,
      pageSize,
    });
    this.rendered.set(found, { today, json });
    return json;
  }
}

/** A new draft's row: its letter, its authority and owner, nothing sent and no clock yet. */
function draftRow(
  input: CreateRequestDto,
  made: {
    reference: string;
    letter: { subject: string; body: string };
    template: LetterTemplate | null;
    authority: AuthorityEntity;
    owner: UserEntity;
    formToken?: string;
  },
): NewRequest {
  const { template, letter } = made;
  return {
    reference: made.reference,
    title: input.title ?? template?.title ?? letter.subject,
    regime: input.regime ?? template?.regime ?? made.authority.regime,
    status: 'draft',
    outcome: null,
    exemptions: null,
    campaign: input.campaign ?? null,
    authorityId: made.authority.id,
    ownerId: made.owner.id,
    templateId: template?.id ?? null,
    variables: template ? (input.variables ?? {}) : null,
    subject: letter.subject,
    body: letter.body,
    sentAt: null,
    sentVia: null,
    receivedOn: null,
    clockEvents: [],
    dueDate: null,
    longStopDate: null,
    withdrawnAt: null,
    formToken: made.formToken ?? null,
  };
}

/** The audit event of a new draft. */
function createdEvent(row: NewRequest, at: Date): RequestEventRow {
  return {
    type: 'created',
    at,
    before: null,
    after: {
      reference: row.reference,
      status: 'draft',
      title: row.title,
      regime: row.regime,
      templateId: row.templateId,
    },
  };
}
