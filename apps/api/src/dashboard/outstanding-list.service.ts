import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  DeadlineState,
  endOfWorkingWeek,
  formatIsoDate,
  OUTSTANDING_STATUSES,
  parseIsoDate,
  REQUEST_STATUSES,
  RequestStatus,
} from '@app/domain';
import {
  AuthoritiesRepository,
  RequestFilter,
  RequestListRepository,
  UsersRepository,
} from '@app/persistence';
import { EXPORT_LIMIT } from '../exports/calendar-feed.service';
import { CsvExportService } from '../exports/csv-export.service';
import { DeadlineService } from '../requests/deadline.service';
import { ListRequestsQuery } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { dayCount, STATE_LABELS } from './dashboard-views';
import { activeFilters, FilterMenus } from './filter-summary';
import { FieldErrors, firstMessages, validateAs } from './forms';
import { requestSummary } from './request-summary';

/** Outstanding (`/`, by due date) or All requests (`/requests`, every status, newest first). */
export type ListKind = 'outstanding' | 'all';

const RUNNING: readonly RequestStatus[] = ['awaiting-response', 'extended', 'internal-review'];
const PAGE_SIZE = 25;
const DRAFTS_SHOWN = 10;

/** Outstanding is by due date; All requests newest first, unless the link says otherwise. */
function sortOf(query: ListRequestsQuery, kind: ListKind) {
  return query.sort ?? (kind === 'all' ? '-createdAt' : 'dueDate');
}
/** The filters the form shows, each with its message beside it; others come only from links. */
const FILTER_FIELDS = new Set([
  'q',
  'authorityId',
  'ownerId',
  'campaign',
  'status',
  'deadlineState',
]);
const FILTER_STATES: readonly DeadlineState[] = [
  'on-time',
  'due-soon',
  'due-today',
  'overdue',
  'long-overdue',
  'paused',
];

/** The Outstanding page's model: counters, filters and one page of requests by due date. */
@Injectable()
export class OutstandingListService {
  constructor(
    private readonly requests: RequestsService,
    private readonly repository: RequestListRepository,
    private readonly authorities: AuthoritiesRepository,
    private readonly users: UsersRepository,
    private readonly deadlines: DeadlineService,
    private readonly exporter: CsvExportService,
  ) {}

  /** The page's query checked: the API's list query, plus `due=week` (this page's own). */
  private async checked(values: Record<string, string>) {
    const { due, ...listValues } = values;
    const checked = await validateAs(ListRequestsQuery, listValues);
    const errors: FieldErrors = checked.errors ?? {};
    if (due !== undefined && due !== 'week') errors.due = ['due must be "week" when given'];
    const valid = Object.keys(errors).length === 0;
    return {
      query: checked.value ?? new ListRequestsQuery(),
      thisWeek: due === 'week',
      errors,
      valid,
    };
  }

  async build(
    values: Record<string, string>,
    kind: ListKind = 'outstanding',
  ): Promise<Record<string, unknown>> {
    const { query, thisWeek, errors, valid } = await this.checked(values);
    const [counts, authorities, owners, campaigns] = await Promise.all([
      this.counts(),
      this.authorities.listByName(),
      this.users.listAll(),
      this.repository.listCampaigns(),
    ]);
    const page = query.page ?? 1;
    const list = valid ? await this.page(query, thisWeek, kind) : null;
    const all = kind === 'all';
    const menus: FilterMenus = {
      authorityId: authorities.map((a) => ({ value: a.id, text: a.name })),
      ownerId: owners
        .filter((u) => u.role !== 'viewer')
        .map((u) => ({ value: u.id, text: u.name })),
      campaign: campaigns.map((c) => ({ value: c, text: c })),
      status: (all ? REQUEST_STATUSES : OUTSTANDING_STATUSES).map((s) => ({
        value: s,
        text: s.replace(/-/g, ' '),
      })),
      deadlineState: FILTER_STATES.map((s) => ({ value: s, text: STATE_LABELS[s] })),
    };
    const fieldErrors = Object.keys(errors).some((field) => FILTER_FIELDS.has(field));
    return {
      valid,
      all,
      listPath: all ? '/requests' : '/',
      counts,
      query: values,
      filtered: Object.keys(values).some((key) => key !== 'page'),
      csvUrl: this.csvUrl(values, kind),
      csvLimit: list && list.total > EXPORT_LIMIT ? EXPORT_LIMIT.toLocaleString('en-GB') : null,
      errors: firstMessages(errors),
      otherErrors: Object.entries(firstMessages(errors))
        .filter(([field]) => !FILTER_FIELDS.has(field))
        .map(([, message]) => message)
        .join('; '),
      // The filter box is folded on a phone: open when a field has a problem to show.
      filterBox: { open: fieldErrors, active: activeFilters(values, menus).join(' · ') },
      authorities: menus.authorityId,
      owners: menus.ownerId,
      campaigns: menus.campaign,
      statusAny: all ? 'Any' : 'Any outstanding',
      statuses: menus.status,
      deadlineStates: menus.deadlineState,
      rows: list?.rows ?? [],
      total: list?.total ?? 0,
      page,
      pages: list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1,
      previous: page > 1 ? page - 1 : null,
      next: list && page * PAGE_SIZE < list.total ? page + 1 : null,
    };
  }

  /**
   * The page's filter as the repository takes it: outstanding requests unless told otherwise, and
   * "due this week" narrowing whatever else was chosen (null when nothing can match both).
   */
  private filterOf(
    query: ListRequestsQuery,
    thisWeek: boolean,
    kind: ListKind,
  ): RequestFilter | null {
    const filter = this.requests.filterOf(
      kind === 'all' ? query : { ...query, outstanding: query.outstanding ?? 'true' },
    );
    if (!filter || !thisWeek) return filter;
    const week = this.dueThisWeek();
    const statuses = (filter.statuses ?? RUNNING).filter((s) => RUNNING.includes(s));
    const dueFrom = [filter.dueFrom, week.dueFrom].filter(Boolean).sort().pop();
    const dueTo = [filter.dueTo, week.dueTo].filter(Boolean).sort().shift();
    if (statuses.length === 0 || (dueFrom && dueTo && dueFrom > dueTo)) return null;
    return { ...filter, statuses, dueFrom, dueTo };
  }

  /** The list the page shows, every page of it, as CSV; null when the query is invalid. */
  async csv(
    values: Record<string, string>,
    kind: ListKind = 'outstanding',
  ): Promise<Readable | null> {
    const { query, thisWeek, valid } = await this.checked(values);
    if (!valid) return null;
    return this.exporter.csv(this.filterOf(query, thisWeek, kind), sortOf(query, kind));
  }

  /** The signed-in officer's drafts, newest first: the home page's "Your drafts". */
  async draftsOf(ownerId: number) {
    const found = await this.repository.findPage(
      { statuses: ['draft'], ownerId },
      '-createdAt',
      1,
      DRAFTS_SHOWN,
    );
    return {
      rows: found.items.map((r) => ({ ...requestSummary(r), createdAt: r.createdAt })),
      total: found.total,
      more: found.total > DRAFTS_SHOWN,
    };
  }

  private async page(query: ListRequestsQuery, thisWeek: boolean, kind: ListKind) {
    const filter = this.filterOf(query, thisWeek, kind);
    if (!filter) return { rows: [], total: 0 };
    const found = await this.repository.findPage(
      filter,
      sortOf(query, kind),
      query.page ?? 1,
      PAGE_SIZE,
    );
    const rows = found.items.map((r) => {
      const deadline = this.deadlines.viewFor(r, false);
      return {
        ...requestSummary(r),
        campaign: r.campaign,
        status: r.status,
        dueDate: deadline.headline?.date ?? null,
        dueLabel: deadline.headline?.label ?? null,
        state: deadline.state,
        beyond: deadline.extensionBeyondGuidance && deadline.headline?.stage === 'response',
        dayText: deadline.headline ? dayCount(deadline.headline) : '',
      };
    });
    return { rows, total: found.total };
  }

  /** The same list as CSV (every page, same filters). */
  private csvUrl(values: Record<string, string>, kind: ListKind): string {
    const params = new URLSearchParams(values);
    params.delete('page');
    const query = params.toString();
    return `${kind === 'all' ? '/requests.csv' : '/outstanding.csv'}${query ? `?${query}` : ''}`;
  }

  /**
   * Running clocks due from today to Sunday; at a weekend, "this week" is the coming one (from
   * today to the Sunday after next), which is what an officer looking on a Sunday means.
   */
  private dueThisWeek(): { statuses: readonly RequestStatus[]; dueFrom: string; dueTo: string } {
    const today = this.deadlines.time.today();
    const dueTo = formatIsoDate(endOfWorkingWeek(parseIsoDate(today)));
    return { statuses: RUNNING, dueFrom: today, dueTo };
  }

  /** The counters at the top, each also a link to its list. Cached with the pages (see countMatching). */
  private async counts() {
    const count = (filter: RequestFilter | null) =>
      filter ? this.repository.countMatching(filter) : 0;
    const [overdue, longOverdue, dueThisWeek, clarification, review] = await Promise.all([
      count(this.deadlines.filterFor('overdue')),
      count(this.deadlines.filterFor('long-overdue')),
      count(this.dueThisWeek()),
      count({ statuses: ['awaiting-clarification'] }),
      count({ statuses: ['internal-review'] }),
    ]);
    return { overdue, longOverdue, dueThisWeek, clarification, review };
  }
}
