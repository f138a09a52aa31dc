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

/**
 * The finest cell a statistics-only caller's figures are built from: one community (or a
 * coarser area asked for directly) in one calendar month. Every figure they receive about a
 * sensitive group is the **sum of the published cells** beneath it: each cell withheld below 5
 * (counting 0) or rounded to 5 on its own, then added up. A parent therefore carries nothing
 * its published children do not: parent − children is 0 whatever the withheld cells hold, and
 * a period minus a shorter period is the published months between them. Stateless: every
 * answer is computed from the cells alone, whatever was asked before (docs/access.md).
 */
export function sensitiveSum(viewer: Viewer, cells: readonly number[]): SuppressibleCount {
  if (!isStatisticsOnly(viewer)) return { value: cells.reduce((a, b) => a + b, 0), suppressed: false };
  let value = 0;
  let published = 0;
  for (const cell of cells) {
    const disclosed = sensitiveCount(viewer, cell);
    if (disclosed.value === null) continue;
    value += disclosed.value;
    published += 1;
  }
  // nothing published beneath: as withheld as a single small cell
  return published === 0 ? { value: null, suppressed: true } : { value, suppressed: false };
}

/**
 * A rate between two disclosed counts: withheld when either is, so a rate never gives back a
 * count that was withheld (fulfilled of closed, the rest of closed). For statistics-only
 * callers it is computed from the published figures only, to two decimals.
 */
export function disclosedRate(viewer: Viewer, part: SuppressibleCount, whole: SuppressibleCount): number | null {
  if (part.value === null || whole.value === null || whole.value === 0) return null;
  const rate = Math.min(1, part.value / whole.value);
  return isStatisticsOnly(viewer) ? Math.round(rate * 100) / 100 : rate;
}

/**
 * An average over `count` items (e.g. days to close over closed cases): withheld when its
 * count is, and for statistics-only callers rounded to whole units, so the denominator of an
 * exact fraction (94/7 = 13.428571…) cannot give the exact count back.
 */
export function disclosedAverage(viewer: Viewer, total: number, count: number): number | null {
  if (count === 0) return null;
  if (!isStatisticsOnly(viewer)) return total / count;
  if (count < SUPPRESS_BELOW) return null;
  return Math.round(total / count);
}

export interface MonthPeriod {
  from: string;
  to: string;
}

const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * The calendar months (YYYY-MM) a period covers. For a statistics-only caller the period must be
 * whole months (from a 1st to a last day): arbitrary days would let a caller slide one edge a day
 * at a time and watch a rounded count change, finding the day of every event. Throws a
 * DisclosureError (answer BAD_USER_INPUT) otherwise; staff may ask any period.
 */
export function statisticsMonths(viewer: Viewer, period: MonthPeriod): string[] {
  const first = period.from.slice(0, 7);
  const last = period.to.slice(0, 7);
  if (isStatisticsOnly(viewer) && (!period.from.endsWith('-01') || period.to !== lastDayOf(last)))
    throw new DisclosureError('statistics for your role cover whole calendar months: from the 1st of a month to the last day of a month');
  const months: string[] = [];
  for (let m = first; m <= last; ) {
    months.push(m);
    const [y, mm] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return months;
}

/** The length of a community's code: the finest area whose sensitive figures a statistics-only caller receives. */
const COMMUNITY_CODE_LENGTH = 12;

/**
 * True when a statistics-only caller asks for sensitive figures of an area finer than a
 * community (a grid): those are withheld whole, because a grid figure published beside its
 * community's would let the community be subtracted from its grids.
 */
export function finerThanStatisticsCell(viewer: Viewer, areaCode: string): boolean {
  return isStatisticsOnly(viewer) && areaCode.length > COMMUNITY_CODE_LENGTH;
}

/** A figure asked for in a way the disclosure rule does not allow; services answer it as BAD_USER_INPUT. */
export class DisclosureError extends Error {}
