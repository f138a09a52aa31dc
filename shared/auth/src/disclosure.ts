import { isStatisticsOnly, type Viewer } from './roles';

/** Counts about sensitive groups below this are withheld from statistics-only callers. */
export const SUPPRESS_BELOW = 5;
/** Other counts about sensitive groups are rounded to a multiple of this for them. */
export const ROUND_TO = 5;

export interface SuppressibleCount {
  value: number | null;
  suppressed: boolean;
}

/**
 * A count about a sensitive group (key groups, disputes …) as a caller may receive it. Staff
 * see the exact count for their areas. A statistics-only caller sees nothing below 5 (zero
 * included, so "none" and "few" look alike) and the rest rounded to the nearest 5, so that
 * subtracting sibling areas from their parent cannot recover a small group exactly.
 */
export function sensitiveCount(viewer: Viewer, count: number): SuppressibleCount {
  if (!isStatisticsOnly(viewer)) return { value: count, suppressed: false };
  if (count < SUPPRESS_BELOW) return { value: null, suppressed: true };
  return { value: Math.round(count / ROUND_TO) * ROUND_TO, suppressed: false };
}
