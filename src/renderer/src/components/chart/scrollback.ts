/** Older history is asked for when the view comes within this many bars of the oldest loaded. */
export const OLDER_THRESHOLD_BARS = 100;

export interface ScrollbackState {
  readonly hasMore: boolean;
  readonly isFetching: boolean;
  readonly barCount: number;
}

/**
 * Whether the visible logical range (bar indices, 0 = the oldest loaded bar; the left edge may
 * be negative when the view reaches past the data) is close enough to the start to ask for the
 * page before it.
 */
export function shouldLoadOlder(range: { from: number; to: number } | null, state: ScrollbackState): boolean {
  if (range === null || !state.hasMore || state.isFetching || state.barCount === 0) return false;
  return range.from < OLDER_THRESHOLD_BARS;
}
