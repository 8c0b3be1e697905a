import { Injectable } from '@nestjs/common';
import { OUTSTANDING_STATUSES, parseIsoDate, RequestStatus } from '@app/domain';
import {
  AuthoritiesRepository,
  RequestFilter,
  RequestsRepository,
  UsersRepository,
} from '@app/persistence';
import { CsvExportService } from '../exports/csv-export.service';
import { DeadlineService } from '../requests/deadline.service';
import { ListRequestsQuery } from '../requests/request.dto';
import { RequestsService } from '../requests/requests.service';
import { dayCount } from './dashboard-views';
import { FieldErrors, firstMessages, validateAs } from './forms';

const RUNNING: readonly RequestStatus[] = ['awaiting-response', 'extended', 'internal-review'];
const PAGE_SIZE = 25;

/** The Outstanding page's model: counters, filters and one page of requests by due date. */
@Injectable()
export class OutstandingListService {
  constructor(
    private readonly requests: RequestsService,
    private readonly repository: RequestsRepository,
    private readonly authorities: AuthoritiesRepository,
    private readonly users: UsersRepository,
    private readonly deadlines: DeadlineService,
    private readonly exporter: CsvExportService,
  ) {}

  async build(values: Record<string, string>): Promise<Record<string, unknown>> {
    const { due, ...listValues } = values;
    const checked = await validateAs(ListRequestsQuery, listValues);
    const errors: FieldErrors = checked.errors ?? {};
    if (due !== undefined && due !== 'week') errors.due = ['due must be "week" when given'];
    const [counts, authorities, owners, campaigns] = await Promise.all([
      this.counts(),
      this.authorities.listByName(),
      this.users.listAll(),
      this.repository.listCampaigns(),
    ]);
    const query = checked.value ?? new ListRequestsQuery();
    const page = query.page ?? 1;
    const list = Object.keys(errors).length === 0 ? await this.page(query, due === 'week') : null;
    return {
      counts,
      query: values,
      csvUrl: this.csvUrl(values),
      errors: firstMessages(errors),
      authorities: authorities.map((a) => ({ id: a.id, name: a.name })),
      owners: owners.filter((u) => u.role !== 'viewer').map((u) => ({ id: u.id, name: u.name })),
      campaigns,
      statuses: OUTSTANDING_STATUSES,
      rows: list?.rows ?? [],
      total: list?.total ?? 0,
      page,
      pages: list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1,
      previous: page > 1 ? page - 1 : null,
      next: list && page * PAGE_SIZE < list.total ? page + 1 : null,
    };
  }

  /** The page's filter as the repository takes it: outstanding requests unless told otherwise. */
  private filterOf(query: ListRequestsQuery, thisWeek: boolean): RequestFilter | null {
    const filter = this.requests.filterOf({ ...query, outstanding: query.outstanding ?? 'true' });
    return filter && thisWeek ? { ...filter, ...this.dueThisWeek(filter) } : filter;
  }

  /** The list the page shows, every page of it, as CSV; null when the query is invalid. */
  async csv(values: Record<string, string>): Promise<string | null> {
    const { due, ...listValues } = values;
    const checked = await validateAs(ListRequestsQuery, listValues);
    if (checked.errors || (due !== undefined && due !== 'week')) return null;
    return this.exporter.csv(
      this.filterOf(checked.value, due === 'week'),
      checked.value.sort ?? 'dueDate',
    );
  }

  private async page(query: ListRequestsQuery, thisWeek: boolean) {
    const filter = this.filterOf(query, thisWeek);
    if (!filter) return { rows: [], total: 0 };
    const found = await this.repository.findPage(
      filter,
      query.sort ?? 'dueDate',
      query.page ?? 1,
      PAGE_SIZE,
    );
    const rows = found.items.map((r) => {
      const deadline = this.deadlines.viewFor(r, false);
      return {
        id: r.id,
        reference: r.reference,
        title: r.title,
        authority: r.authority?.name,
        owner: r.owner?.name,
        campaign: r.campaign,
        status: r.status,
        dueDate: r.dueDate,
        state: deadline.state,
        dayText: dayCount(deadline),
      };
    });
    return { rows, total: found.total };
  }

  /** The same list as CSV (every page, same filters). */
  private csvUrl(values: Record<string, string>): string {
    const params = new URLSearchParams(values);
    params.delete('page');
    const query = params.toString();
    return `/outstanding.csv${query ? `?${query}` : ''}`;
  }

  /** Running clocks due from today to Sunday. */
  private dueThisWeek(filter: RequestFilter): RequestFilter {
    const today = this.deadlines.clock.today();
    const day = parseIsoDate(today);
    const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
    const sunday = this.deadlines.calendar.iso(day + ((7 - weekday) % 7));
    const statuses = (filter.statuses ?? RUNNING).filter((s) => RUNNING.includes(s));
    return { statuses, dueFrom: today, dueTo: sunday };
  }

  /** The counters at the top, each also a link to its list. Cached with the pages (see countMatching). */
  private async counts() {
    const count = (filter: RequestFilter | null) =>
      filter ? this.repository.countMatching(filter) : 0;
    const [overdue, longOverdue, dueThisWeek, clarification, review] = await Promise.all([
      count(this.deadlines.filterFor('overdue')),
      count(this.deadlines.filterFor('long-overdue')),
      count(this.dueThisWeek({})),
      count({ statuses: ['awaiting-clarification'] }),
      count({ statuses: ['internal-review'] }),
    ]);
    return { overdue, longOverdue, dueThisWeek, clarification, review };
  }
}
