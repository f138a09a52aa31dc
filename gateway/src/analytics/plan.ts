import { today } from '@linli/domain';
import { INDICATOR_BY_CODE, INDICATOR_GROUPS, INDICATORS, type Indicator, type IndicatorDomain } from './indicators';
import { parsePeriods, PeriodError, seriesOf, type Period, type Series } from './periods';

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
  /** When the periods are one series: each domain answers its flows in one statement. */
  series: Series | null;
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
  const series = seriesOf(periodText);
  return { indicators, areas, periods, format, layout, series: series && periods.length <= SERIES_MAX_PERIODS ? series : null };
}

/** The most periods a domain's series answers at once (organizations' and mediation's default limit); longer ones go period by period. */
export const SERIES_MAX_PERIODS = 36;

/**
 * The figures each domain's `Area.<domain>Series` answers per period, under the names
 * `Area.<domain>` gives them (a test checks they are in the schema). Figures as of today have
 * no series.
 */
export const SERIES_FIELDS: Record<IndicatorDomain, readonly string[]> = {
  population: ['visitsDone', 'newRegistrations', 'departures'],
  housing: ['inspections', 'hazardsReported', 'hazardsRectified', 'onTimeRectificationRate'],
  organizations: ['activities', 'participants', 'peopleServed', 'fundsRaisedFen', 'donations', 'volunteerHours'],
  mediation: [
    'casesOpened', 'casesByType', 'casesClosed', 'casesByOutcome', 'casesFulfilled', 'successRate', 'averageDaysToClose', 'overdueCases', 'incidentsReported', 'incidentsByStep',
    'incidentsByDepartment', 'incidentsHandled', 'onTimeHandlingRate', 'evaluations', 'satisfactionRate', 'averageScore', 'councilMeetings', 'topicsRaised', 'topicsResolved', 'topicsImplemented',
  ],
  volunteering: ['volunteers', 'approvedHours', 'personTimes', 'activities'],
};

/** Whether a request's series answers an indicator (else it is asked period by period). */
export const fromSeries = (indicator: Indicator, series: Series | null) => Boolean(series) && indicator.timing !== 'today' && SERIES_FIELDS[indicator.domain].includes(indicator.field);

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

/**
 * The statistics of an area for every period: a domain's series in one field
 * (`<domain>_series`) for the flows it answers, and per period (`<domain>_<index>`) for the
 * rest; a figure as of today only for the period that holds today.
 */
export function areaSelection(indicators: Indicator[], periods: Period[], series: Series | null = null, now = today()): string {
  const byDomain = new Map<IndicatorDomain, Indicator[]>();
  for (const i of indicators) byDomain.set(i.domain, [...(byDomain.get(i.domain) ?? []), i]);
  const parts = ['code', 'name'];
  for (const [domain, list] of byDomain) {
    const serial = list.filter((i) => fromSeries(i, series));
    if (serial.length) parts.push(`${domain}_series: ${domain}Series(period: $series, every: $every) { from ${domainSelection(serial)} }`);
    const rest = list.filter((i) => !fromSeries(i, series));
    periods.forEach((period, p) => {
      const asked = rest.filter((i) => i.timing !== 'today' || (period.from <= now && now <= period.to));
      if (asked.length) parts.push(`${domain}_${p}: ${domain}(period: $p${p}) { ${domainSelection(asked)} }`);
    });
  }
  return parts.join(' ');
}

export const periodVariables = (periods: Period[], series: Series | null = null) => ({
  ...Object.fromEntries(periods.map((p, i) => [`p${i}`, { from: p.from, to: p.to }])),
  ...(series ? { series: { from: series.from, to: series.to }, every: series.every } : {}),
});
export const periodDeclarations = (periods: Period[], series: Series | null = null) =>
  [...periods.map((_, i) => `$p${i}: PeriodInput!`), ...(series ? ['$series: PeriodInput!', '$every: SeriesInterval!'] : [])].join(', ');

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
export function rowsOf(area: Record<string, unknown>, indicators: Indicator[], periods: Period[], series: Series | null = null, now = today()): Row[] {
  const rows: Row[] = [];
  const code = String(area.code);
  const name = String(area.name);
  periods.forEach((period, p) => {
    for (const indicator of indicators) {
      if (indicator.timing === 'today' && !(period.from <= now && now <= period.to)) continue;
      const figures = (
        fromSeries(indicator, series)
          ? ((area[`${indicator.domain}_series`] as { from: string }[] | null) ?? []).find((point) => point.from === period.from) ?? null
          : area[`${indicator.domain}_${p}`]
      ) as Figures;
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
