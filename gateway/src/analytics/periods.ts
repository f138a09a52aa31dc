import { isIsoDate } from '@linli/domain';

/** A reporting period, both days included, with the label integrators see. */
export interface Period {
  label: string;
  from: string;
  to: string;
}

export type Every = 'DAY' | 'MONTH' | 'QUARTER' | 'YEAR';

/** A request's `periods` parameter could not be read; `reason` says why, for the caller. */
export class PeriodError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One period written as a year, a quarter, a month or a day. */
function single(text: string): Period & { unit: Every } {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return { label: text, from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, unit: 'YEAR' };
  if ((m = /^(\d{4})Q([1-4])$/.exec(text))) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return { label: text, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${lastDay(year, first + 2)}`, unit: 'QUARTER' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { label: text, from: `${text}-01`, to: `${text}-${lastDay(year, month)}`, unit: 'MONTH' };
  }
  if (isIsoDate(text)) return { label: text, from: text, to: text, unit: 'DAY' };
  throw new PeriodError(`${JSON.stringify(text)} is not a year (2026), quarter (2026Q3), month (2026-07) or day (2026-07-15)`);
}

function check(period: Period): Period {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) throw new PeriodError(`${period.label} lies outside 1900–2100`);
  return period;
}

/** The label of the period of a unit that starts on a day. */
function labelOf(from: string, every: Every): string {
  const [y, m] = from.split('-').map(Number);
  if (every === 'YEAR') return String(y);
  if (every === 'QUARTER') return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
  if (every === 'MONTH') return from.slice(0, 7);
  return from;
}

function next(from: string, every: Every): string {
  const d = new Date(`${from}T00:00:00Z`);
  if (every === 'YEAR') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (every === 'QUARTER') d.setUTCMonth(d.getUTCMonth() + 3);
  else if (every === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function startOf(day: string, every: Every): string {
  const [y, m] = day.split('-').map(Number);
  if (every === 'YEAR') return `${y}-01-01`;
  if (every === 'QUARTER') return `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`;
  if (every === 'MONTH') return `${y}-${pad(m)}-01`;
  return day;
}

/**
 * Reads `periods`: a comma-separated list of periods, each one of
 * - a year `2026`, a quarter `2026Q3`, a month `2026-07`, a day `2026-07-15`;
 * - a range `A..B` of those (both included), one period from A's first day to B's last;
 * - a series `A..B;every=MONTH|QUARTER|YEAR|DAY`: one period per unit over the range, the
 *   first and last cut to the range.
 * At most `limit` periods in all.
 */
export function parsePeriods(text: string, limit: number): Period[] {
  if (!text.trim()) throw new PeriodError('periods is empty');
  const periods: Period[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const [range, ...options] = part.split(';');
    const every = options.map((o) => /^every=(DAY|MONTH|QUARTER|YEAR)$/i.exec(o)?.[1]?.toUpperCase() as Every | undefined);
    if (options.length > 1 || every.some((e) => !e)) throw new PeriodError(`${JSON.stringify(part)}: the only option is every=DAY|MONTH|QUARTER|YEAR`);
    const [a, b, ...rest] = range.split('..');
    if (rest.length) throw new PeriodError(`${JSON.stringify(range)} has more than one ".."`);
    const start = single(a.trim());
    const end = b === undefined ? start : single(b.trim());
    if (end.to < start.from) throw new PeriodError(`${JSON.stringify(range)} ends before it starts`);
    if (!every[0]) {
      periods.push(check({ label: b === undefined ? start.label : `${start.label}..${end.label}`, from: start.from, to: end.to }));
    } else {
      for (let from = startOf(start.from, every[0]); from <= end.to; from = next(from, every[0])) {
        const to = next(from, every[0]);
        const last = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        periods.push(check({ label: labelOf(from, every[0]), from: from < start.from ? start.from : from, to: last > end.to ? end.to : last }));
        if (periods.length > limit) break;
      }
    }
    if (periods.length > limit) throw new PeriodError(`more than ${limit} periods asked for (ANALYTICS_MAX_PERIODS); split the request`);
  }
  return periods;
}

/** A request's periods when they are exactly one series of months, quarters or years: the range and the unit. */
export interface Series {
  from: string;
  to: string;
  every: Exclude<Every, 'DAY'>;
}

/**
 * The series `periods` asks for, when it is one (`A..B;every=MONTH|QUARTER|YEAR`), so each
 * domain can answer it in one statement (`Area.<domain>Series`); null for anything else.
 */
export function seriesOf(text: string): Series | null {
  const match = /^([^,;]+)\.\.([^,;]+);every=(MONTH|QUARTER|YEAR)$/i.exec(text.trim());
  if (!match) return null;
  try {
    return { from: single(match[1].trim()).from, to: single(match[2].trim()).to, every: match[3].toUpperCase() as Series['every'] };
  } catch {
    return null;
  }
}
