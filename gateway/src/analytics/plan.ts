import { today } from '@linli/domain';
import { INDICATOR_BY_CODE, INDICATOR_GROUPS, INDICATORS, type Indicator, type IndicatorDomain } from './indicators';
import { parsePeriods, PeriodError, type Period } from './periods';

/** A request the caller must fix: which parameter, and why. */
export class AnalyticsRequestError extends Error {
  constructor(
    readonly parameter: string,
    readonly reason: string,
    readonly status = 400,
  ) {
    super(`${parameter}: ${reason}`);
  }
}

export const LEVELS = { DISTRICT: 6, STREET: 9, COMMUNITY: 12, GRID: 15 } as const;
export type Level = keyof typeof LEVELS;

/** Areas asked for: one area, an area with every area of a level beneath it, or a list. */
export type AreaSpec = { code: string } | { within: string; level: Level };

export type Format = 'json' | 'csv' | 'xlsx';
export type Layout = 'long' | 'wide';

export interface AnalyticsRequest {
  indicators: Indicator[];
  areas: AreaSpec[];
  periods: Period[];
  format: Format;
  layout: Layout;
}

export interface AnalyticsLimits {
  maxPeriods: number;
  maxAreas: number;
}

const one = (query: Record<string, unknown>, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new AnalyticsRequestError(name, 'give it once');
  return value;
};

/** Reads and checks the query string of `GET /analytics`; everything wrong is named by its parameter. */
export function parseRequest(query: Record<string, unknown>, limits: AnalyticsLimits): AnalyticsRequest {
  const known = new Set(['indicators', 'areas', 'periods', 'format', 'layout']);
  for (const name of Object.keys(query)) if (!known.has(name)) throw new AnalyticsRequestError(name, `not a parameter (use ${[...known].join(', ')})`);

  const indicatorText = one(query, 'indicators');
  if (!indicatorText) throw new AnalyticsRequestError('indicators', 'required: indicator codes or a group (all, population, housing, organizations, mediation, volunteering)');
  const indicators: Indicator[] = [];
  for (const code of indicatorText.split(',').map((c) => c.trim()).filter(Boolean)) {
    const group = INDICATOR_GROUPS[code.toLowerCase()];
    const found = group ?? (INDICATOR_BY_CODE.has(code.toUpperCase()) ? [INDICATOR_BY_CODE.get(code.toUpperCase())!] : null);
    if (!found) throw new AnalyticsRequestError('indicators', `${JSON.stringify(code)} is not an indicator code or group; see GET /analytics/indicators`);
    for (const indicator of found) if (!indicators.includes(indicator)) indicators.push(indicator);
  }
  if (!indicators.length) throw new AnalyticsRequestError('indicators', 'no indicator given');

  const areaText = one(query, 'areas');
  if (!areaText) throw new AnalyticsRequestError('areas', 'required: an area code, a code with a level beneath it (440118;level=COMMUNITY), or a list');
  const areas: AreaSpec[] = [];
  for (const part of areaText.split(',').map((a) => a.trim()).filter(Boolean)) {
    const [code, ...options] = part.split(';');
    if (!/^\d+$/.test(code) || !Object.values(LEVELS).includes(code.length as never)) throw new AnalyticsRequestError('areas', `${JSON.stringify(code)} is not an area code (6, 9, 12 or 15 digits)`);
    if (!options.length) {
      areas.push({ code });
      continue;
    }
    const level = options.length === 1 ? /^level=(DISTRICT|STREET|COMMUNITY|GRID)$/i.exec(options[0])?.[1]?.toUpperCase() : undefined;
    if (!level) throw new AnalyticsRequestError('areas', `${JSON.stringify(part)}: the only option is level=DISTRICT|STREET|COMMUNITY|GRID`);
    if (LEVELS[level as Level] < code.length) throw new AnalyticsRequestError('areas', `${level} lies above ${code}: ask for a level at or beneath the area`);
    areas.push({ within: code, level: level as Level });
  }
  if (!areas.length) throw new AnalyticsRequestError('areas', 'no area given');

  const periodText = one(query, 'periods') ?? String(new Date().getUTCFullYear());
  let periods: Period[];
  try {
    periods = parsePeriods(periodText, limits.maxPeriods);
  } catch (error) {
    if (error instanceof PeriodError) throw new AnalyticsRequestError('periods', error.message);
    throw error;
  }

  const format = (one(query, 'format') ?? 'json').toLowerCase();
  if (format !== 'json' && format !== 'csv' && format !== 'xlsx') throw new AnalyticsRequestError('format', `${JSON.stringify(format)} is not offered: json, csv or xlsx`);
  const layout = (one(query, 'layout') ?? 'long').toLowerCase();
  if (layout !== 'long' && layout !== 'wide') throw new AnalyticsRequestError('layout', `${JSON.stringify(layout)} is not a layout: long or wide`);
  return { indicators, areas, periods, format, layout };
}

/** The selection of one domain's statistics for the indicators asked of it. */
function domainSelection(indicators: Indicator[]): string {
  const fields = new Map<string, Set<string>>();
  for (const i of indicators) {
    const inner = fields.get(i.field) ?? new Set<string>();
    if (i.breakdown) inner.add(i.breakdown.key).add(i.breakdown.value);
    fields.set(i.field, inner);
  }
  const counted = (name: string, indicator?: Indicator) => (indicator?.disclosure === 'small-count' ? `${name} { value suppressed }` : name);
  return [...fields]
    .map(([field, inner]) => {
      const indicator = indicators.find((i) => i.field === field)!;
      if (!inner.size) return counted(field, indicator);
      const key = indicator.breakdown!.key;
      return `${field} { ${[...inner].map((f) => (f === key ? f : counted(f, indicator))).join(' ')} }`;
    })
    .join(' ');
}

/** The per-period statistics of an area, aliased `<domain>_<period index>`. */
export function areaSelection(indicators: Indicator[], periods: Period[]): string {
  const byDomain = new Map<IndicatorDomain, Indicator[]>();
  for (const i of indicators) byDomain.set(i.domain, [...(byDomain.get(i.domain) ?? []), i]);
  const parts = ['code', 'name'];
  periods.forEach((_, p) => {
    for (const [domain, list] of byDomain) parts.push(`${domain}_${p}: ${domain}(period: $p${p}) { ${domainSelection(list)} }`);
  });
  return parts.join(' ');
}

export const periodVariables = (periods: Period[]) => Object.fromEntries(periods.map((p, i) => [`p${i}`, { from: p.from, to: p.to }]));
export const periodDeclarations = (periods: Period[]) => periods.map((_, i) => `$p${i}: PeriodInput!`).join(', ');

/** One cell of the long table. */
export interface Row {
  areaCode: string;
  areaName: string;
  period: string;
  indicator: string;
  value: number | null;
  withheld: boolean;
}

type Figures = Record<string, unknown> | null;

const read = (raw: unknown): { value: number | null; withheld: boolean } => {
  if (raw && typeof raw === 'object') {
    const count = raw as { value: number | null; suppressed: boolean };
    return { value: count.value, withheld: Boolean(count.suppressed) };
  }
  return { value: typeof raw === 'number' ? raw : null, withheld: false };
};

/**
 * The long table of one area's answer. A figure that holds only today is reported for the
 * period that contains today and for no other (it says nothing of the past).
 */
export function rowsOf(area: Record<string, unknown>, indicators: Indicator[], periods: Period[], now = today()): Row[] {
  const rows: Row[] = [];
  const code = String(area.code);
  const name = String(area.name);
  periods.forEach((period, p) => {
    for (const indicator of indicators) {
      if (indicator.timing === 'today' && !(period.from <= now && now <= period.to)) continue;
      const figures = area[`${indicator.domain}_${p}`] as Figures;
      if (!figures) continue;
      const raw = figures[indicator.field];
      if (indicator.breakdown) {
        for (const item of (raw as Record<string, unknown>[] | null) ?? [])
          rows.push({ areaCode: code, areaName: name, period: period.label, indicator: `${indicator.code}.${String(item[indicator.breakdown.key])}`, ...read(item[indicator.breakdown.value]) });
      } else rows.push({ areaCode: code, areaName: name, period: period.label, indicator: indicator.code, ...read(raw) });
    }
  });
  return rows;
}

/** The order indicator columns take in a wide table: the catalogue's, breakdowns as they came. */
export function indicatorColumns(rows: Row[]): string[] {
  const order = new Map(INDICATORS.map((i, n) => [i.code, n]));
  const seen = [...new Set(rows.map((r) => r.indicator))];
  return seen.sort((a, b) => (order.get(a.split('.')[0])! - order.get(b.split('.')[0])!) || seen.indexOf(a) - seen.indexOf(b));
}
