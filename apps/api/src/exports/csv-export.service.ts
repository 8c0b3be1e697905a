import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  RequestFilter,
  RequestSort,
  RequestSummariesRepository,
  RequestSummaryRow,
} from '@app/persistence';
import { DeadlineService } from '../requests/deadline.service';
import { EXPORT_LIMIT } from './calendar-feed.service';
import { csvLine } from './csv';

const COLUMNS = [
  'reference',
  'title',
  'authority',
  'regime',
  'status',
  'campaign',
  'owner',
  'sentAt',
  'receivedOn',
  'dueDate',
  'state',
  'workingDaysRemaining',
  'outcome',
  'exemptions',
  'dueWhat',
];

/** A filtered list as CSV, for the API's export and the dashboard's "Download as CSV". */
@Injectable()
export class CsvExportService {
  constructor(
    private readonly repository: RequestSummariesRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  /**
   * The CSV as a stream, written out a chunk of rows at a time as the database gives them (10,000
   * requests as one string, letters and all, took gigabytes). The first chunk is read before this
   * resolves, so a failing query is still an error reply rather than a cut-off file.
   * `null`: filters that exclude each other, so only the header line.
   */
  async csv(filter: RequestFilter | null, sort: RequestSort): Promise<Readable> {
    const chunks = filter
      ? this.repository.summaryChunks(filter, sort, EXPORT_LIMIT)
      : (async function* () {})();
    const first = await chunks.next();
    return Readable.from(this.lines(first, chunks));
  }

  private async *lines(
    first: IteratorResult<RequestSummaryRow[]>,
    rest: AsyncIterator<RequestSummaryRow[]>,
  ): AsyncGenerator<string> {
    yield csvLine(COLUMNS);
    for (let chunk = first; !chunk.done; chunk = await rest.next())
      yield chunk.value.map((r) => this.line(r)).join('');
  }

  /**
   * `dueDate` is the headline date (the one that matters now for the request's stage, named in
   * `dueWhat`), and `workingDaysRemaining` belongs to that stage's clock, blank where none counts.
   */
  private line(r: RequestSummaryRow): string {
    const d = this.deadlines.viewFor(r, false);
    return csvLine([
      r.reference,
      r.title,
      r.authority.name,
      r.regime,
      r.status,
      r.campaign,
      r.owner.name,
      r.sentAt,
      r.receivedOn,
      d.headline?.date,
      d.state,
      d.headline?.workingDaysRemaining,
      r.outcome,
      r.exemptions,
      d.headline?.label,
    ]);
  }
}
