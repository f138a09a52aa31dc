/** Calendar dates travel as `YYYY-MM-DD` strings; Asia/Shanghai is the district's day. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The years a date in Linli may fall in: births, residences, cases and plans all lie within. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** A real calendar day `YYYY-MM-DD` between 1900-01-01 and 2100-12-31. */
export function isIsoDate(value: string): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in China Standard Time (UTC+8, no daylight saving). */
export function today(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Normalises a Date or date-like value from the database to `YYYY-MM-DD`. */
export function toIsoDate(value: Date | string | null | undefined): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  // DATE columns arrive as local-midnight Date objects from pg; read the local calendar day
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A reporting period, inclusive of both ends. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** The period a statistics field covers when the caller gives none: this calendar year to date. */
export function defaultPeriod(now: Date = new Date()): Period {
  const t = today(now);
  return { from: `${t.slice(0, 4)}-01-01`, to: t };
}
