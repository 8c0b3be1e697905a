import type { FoiRequestEntity } from '@app/persistence';

/** What every list row shows of a request, whatever else the list adds. */
export function requestSummary(r: FoiRequestEntity) {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    authority: r.authority?.name,
    owner: r.owner?.name,
  };
}
