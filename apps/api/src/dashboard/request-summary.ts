import type { RequestSummaryRow } from '@app/persistence';

/** What every list row shows of a request, whatever else the list adds. */
export function requestSummary(
  r: Pick<RequestSummaryRow, 'id' | 'reference' | 'title' | 'authority' | 'owner'>,
) {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    authority: r.authority.name,
    owner: r.owner.name,
  };
}
