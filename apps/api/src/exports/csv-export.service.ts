import { Injectable } from '@nestjs/common';
import { RequestFilter, RequestSort, RequestsRepository } from '@app/persistence';
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
];

/** A filtered list as CSV, for the API's export and the dashboard's "Download as CSV". */
@Injectable()
export class CsvExportService {
  constructor(
    private readonly repository: RequestsRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  /** `null`: filters that exclude each other, so only the header line. */
  async csv(filter: RequestFilter | null, sort: RequestSort): Promise<string> {
    const rows = filter ? await this.repository.findAll(filter, sort, EXPORT_LIMIT) : [];
    let out = csvLine(COLUMNS);
    for (const r of rows) {
      const d = this.deadlines.viewFor(r, false);
      out += csvLine([
        r.reference,
        r.title,
        r.authority?.name,
        r.regime,
        r.status,
        r.campaign,
        r.owner?.name,
        r.sentAt,
        r.receivedOn,
        d.dueDate,
        d.state,
        d.workingDaysRemaining,
        r.outcome,
        r.exemptions,
      ]);
    }
    return out;
  }
}
