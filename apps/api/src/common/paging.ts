import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The last page a list serves: a hundred million rows at the largest page size, far past any
 * union's requests, and an offset every database holds (page=1e20 was a 500, not a 400).
 */
export const MAX_PAGE = 1_000_000;

/** The largest page size a list serves. */
export const MAX_PAGE_SIZE = 100;

/** `page` and `pageSize` of every list, with their bounds; list queries extend it. */
export class PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

/**
 * A page number from a dashboard link: anything but a whole number from 1 to MAX_PAGE is the
 * first page, so a link with an odd page shows the list rather than an error.
 */
export function pageOrFirst(raw: unknown): number {
  const page = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : 0;
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}
