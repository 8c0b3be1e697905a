import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { RequestStatus } from '@app/domain';
import type { AuthorityEntity } from '../../entities/authority.entity';
import { FoiRequestEntity, NO_DUE_DATE } from '../../entities/foi-request.entity';
import type { UserEntity } from '../../entities/user.entity';

/**
 * The questions lists and exports ask of the requests table: which rows match a filter, in
 * which order, and the narrow columns they read. Shared by the list (RequestListRepository) and
 * the exports (RequestSummariesRepository), so both find and order rows the same way.
 */

export interface RequestFilter {
  statuses?: readonly RequestStatus[];
  authorityId?: number;
  ownerId?: number;
  campaign?: string;
  /**
   * Contains this, any case: our reference, the title, the authority's name, or a reference the
   * authority gave (on a message).
   */
  q?: string;
  /** Inclusive bounds on the running clock's due date (YYYY-MM-DD). */
  dueFrom?: string;
  dueTo?: string;
  /** Long stop strictly before / on or after this date. */
  longStopBefore?: string;
  longStopFromOrNone?: string;
}

export type RequestSort =
  'dueDate' | '-dueDate' | 'createdAt' | '-createdAt' | 'reference' | '-reference';

/** The request columns exports and action lists show (or work the deadline from): no letter. */
export const SUMMARY_COLUMNS = [
  'id',
  'reference',
  'title',
  'regime',
  'status',
  'outcome',
  'exemptions',
  'campaign',
  'sentAt',
  'receivedOn',
  'clockEvents',
  'dueDate',
  'longStopDate',
] as const;

/** A request as exports and the Action needed page read it: a row of a few hundred bytes. */
export type RequestSummaryRow = Pick<FoiRequestEntity, (typeof SUMMARY_COLUMNS)[number]> & {
  authority: Pick<AuthorityEntity, 'id' | 'name' | 'nation'>;
  owner: Pick<UserEntity, 'id' | 'name'>;
};

/** A request as lists show it: every column but the letter's body (up to 100 KB). */
export type RequestListRow = Omit<FoiRequestEntity, 'body' | 'messages' | 'authority' | 'owner'> & {
  authority: Pick<AuthorityEntity, 'id' | 'name' | 'nation'>;
  owner: Pick<UserEntity, 'id' | 'name' | 'email'>;
};

/** Exports read their rows this many at a time, so memory stays flat however many there are. */
export const EXPORT_CHUNK = 500;

export interface Page<T> {
  items: T[];
  total: number;
}

/** The requests matching `filter`; with their authority and owner unless only ids are wanted. */
export function filtered(
  dataSource: DataSource,
  filter: RequestFilter,
  withRelations = true,
): SelectQueryBuilder<FoiRequestEntity> {
  const query = dataSource.getRepository(FoiRequestEntity).createQueryBuilder('r');
  if (withRelations)
    query.leftJoinAndSelect('r.authority', 'authority').leftJoinAndSelect('r.owner', 'owner');
  if (filter.statuses) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.authorityId !== undefined)
    query.andWhere('r.authority_id = :authorityId', { authorityId: filter.authorityId });
  if (filter.ownerId !== undefined)
    query.andWhere('r.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.campaign !== undefined)
    query.andWhere('r.campaign = :campaign', { campaign: filter.campaign });
  if (filter.dueFrom !== undefined)
    query.andWhere('r.due_date >= :dueFrom', { dueFrom: filter.dueFrom });
  if (filter.dueTo !== undefined) query.andWhere('r.due_date <= :dueTo', { dueTo: filter.dueTo });
  if (filter.longStopBefore !== undefined)
    query.andWhere('r.long_stop_date < :lsb', { lsb: filter.longStopBefore });
  if (filter.longStopFromOrNone !== undefined) {
    query.andWhere(
      new Brackets((b) =>
        b
          .where('r.long_stop_date IS NULL')
          .orWhere('r.long_stop_date >= :lsf', { lsf: filter.longStopFromOrNone }),
      ),
    );
  }
  if (filter.q) query.andWhere(searchFor(dataSource, filter.q));
  return query;
}

/** Our reference, the title, the authority's name or one of its references contains `q`. */
function searchFor(dataSource: DataSource, q: string): Brackets {
  // SQLite's LIKE already ignores ASCII case, and LOWER() on every row doubled a search's
  // time over 100,000 requests; PostgreSQL says so with ILIKE.
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const op = dataSource.options.type === 'postgres' ? 'ILIKE' : 'LIKE';
  return new Brackets((b) =>
    b
      .where(`r.reference ${op} :like ESCAPE '\\'`, { like })
      .orWhere(`r.title ${op} :like ESCAPE '\\'`, { like })
      // Authorities are few: the matching ones are found once, not per request.
      .orWhere(
        `r.authority_id IN (SELECT a.id FROM authorities a WHERE a.name ${op} :like ESCAPE '\\')`,
        { like },
      )
      // Read from the partial index of the authority's references (FindingRequests).
      .orWhere(
        `r.id IN (SELECT m.request_id FROM messages m WHERE m.authority_reference IS NOT NULL AND m.authority_reference ${op} :like ESCAPE '\\')`,
        { like },
      ),
  );
}

/** `query` in the order `sort` asks for, ties broken by id (so pages never overlap). */
export function sorted(
  dataSource: DataSource,
  query: SelectQueryBuilder<FoiRequestEntity>,
  sort: RequestSort,
  filter: RequestFilter = {},
): SelectQueryBuilder<FoiRequestEntity> {
  const descending = sort.startsWith('-');
  const column = { dueDate: 'r.due_date', createdAt: 'r.id', reference: 'r.reference' }[
    sort.replace('-', '') as 'dueDate'
  ];
  if (column === 'r.due_date' && descending) {
    // No running clock is stored as NO_DUE_DATE (see the entity), which ascending order already
    // puts last; keep those last when descending too.
    query
      .orderBy(`CASE WHEN r.due_date = '${NO_DUE_DATE}' THEN 1 ELSE 0 END`, 'ASC')
      .addOrderBy('r.due_date', 'DESC');
  } else if (
    column === 'r.due_date' &&
    (filter.longStopFromOrNone !== undefined || filter.q) &&
    dataSource.options.type !== 'postgres'
  ) {
    // Ordered by the plain column, SQLite walks the due-date index through every row and
    // reads each from the table to test it: 70 ms a page for "overdue" (a few hundred rows
    // among 100,000 mostly long overdue), 150 ms for a search. `+` hides that index from the
    // ORDER BY, so SQLite finds the rows first (by long stop, or in one pass over the table)
    // and sorts only those.
    query.orderBy('+r.due_date', 'ASC');
  } else {
    query.orderBy(column, descending ? 'DESC' : 'ASC');
  }
  return query.addOrderBy('r.id', 'ASC');
}

/** A query for just `columns` of a request, with its authority's and owner's names. */
export function withPeople(
  dataSource: DataSource,
  columns: string[],
  more: string[] = [],
): SelectQueryBuilder<FoiRequestEntity> {
  return dataSource
    .getRepository(FoiRequestEntity)
    .createQueryBuilder('r')
    .leftJoin('r.authority', 'authority')
    .leftJoin('r.owner', 'owner')
    .select([
      ...columns,
      'authority.id',
      'authority.name',
      'authority.nation',
      'owner.id',
      'owner.name',
      ...more,
    ]);
}

/** Rows in the order of `ids` (a query gives them in its own). */
export function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
}
