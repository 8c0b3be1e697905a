/**
 * The last page a list serves: a hundred million rows at the largest page size, far past any
 * union's requests, and an offset every database holds (page=1e20 was a 500, not a 400).
 */
export const MAX_PAGE = 1_000_000;

/** The largest page size a list serves. */
export const MAX_PAGE_SIZE = 100;
