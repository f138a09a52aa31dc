import { GraphQLError } from 'graphql';
import {
  DisclosureError,
  disclosedAverage,
  disclosedRate,
  finerThanStatisticsCell,
  isStatisticsOnly,
  sensitiveCount,
  sensitiveSum,
  statisticsMonths,
  type SuppressibleCount,
  type Viewer,
} from '@linli/auth';
import { defaultPeriod, type Period } from '@linli/domain';
import type { AreaResolvers } from '../__generated__/resolvers-types';
import type { MediationContext } from '../context';
import { INCIDENT_STEPS } from '../domain/incident-steps';
import { DISPUTE_TYPES, OUTCOMES, type Cell, type MediationFigures, type SeriesInterval } from '../repositories/statistics-repository';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * The period asked for, checked: from not after to, and for a statistics-only caller whole
 * calendar months (the disclosure rule). A period reaching today or beyond counts up to the end
 * of its month for them (nothing has happened after today, so the figures are the same and no
 * edge can be slid): their default is this year to the end of this month.
 */
function checkPeriod(viewer: Viewer, period: Period | null | undefined, today: string): Period {
  const asked = period ?? defaultPeriod();
  const p = { from: asked.from, to: isStatisticsOnly(viewer) && asked.to >= today ? endOfMonth(asked.to) : asked.to };
  if (p.from > p.to) throw badInput('period.from must not be after period.to');
  monthsOf(viewer, p);
  return p;
}

function monthsOf(viewer: Viewer, p: Period): string[] {
  try {
    return statisticsMonths(viewer, p);
  } catch (error) {
    if (error instanceof DisclosureError) throw badInput(error.message);
    throw error;
  }
}

const endOfMonth = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** How many calendar months, quarters or years a range touches. */
function periodsIn(p: Period, every: SeriesInterval): number {
  const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
  if (every === 'MONTH') return months;
  const quarter = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return every === 'QUARTER' ? quarter(p.to) - quarter(p.from) + 1 : Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1;
}

const WITHHELD: SuppressibleCount = { value: null, suppressed: true };

/**
 * The dispute counts a caller may see. Staff: the exact counts of the figures. A statistics-only
 * caller: the sum of the published community-month cells beneath the area within the months
 * asked (`sensitiveSum`), nothing at all for an area finer than a community (docs/access.md).
 */
function disputeCounts(viewer: Viewer, code: string, f: MediationFigures, cells: Cell[] | null, months: ReadonlySet<string>) {
  if (!isStatisticsOnly(viewer) || !cells) {
    const exact = (n: number) => sensitiveCount(viewer, n);
    return {
      casesOpened: exact(f.casesOpened),
      casesByType: (t: string) => exact(f.casesByType[t as keyof MediationFigures['casesByType']]),
      casesClosed: exact(f.casesClosed),
      casesByOutcome: (o: string) => exact(f.casesByOutcome[o as keyof MediationFigures['casesByOutcome']]),
      casesFulfilled: exact(f.casesFulfilled),
      overdueCases: exact(f.overdueCases),
    };
  }
  if (finerThanStatisticsCell(viewer, code))
    return { casesOpened: WITHHELD, casesByType: () => WITHHELD, casesClosed: WITHHELD, casesByOutcome: () => WITHHELD, casesFulfilled: WITHHELD, overdueCases: WITHHELD };
  const published = (kind: Cell['kind'], key?: string) => {
    const sums = new Map<string, number>();
    for (const c of cells)
      if (c.kind === kind && (key === undefined || c.key === key) && (c.month === null || months.has(c.month)))
        sums.set(`${c.community}|${c.month}`, (sums.get(`${c.community}|${c.month}`) ?? 0) + c.count);
    return sensitiveSum(viewer, [...sums.values()]);
  };
  return {
    casesOpened: published('opened'),
    casesByType: (t: string) => published('opened', t),
    casesClosed: published('closed'),
    casesByOutcome: (o: string) => published('closed', o),
    casesFulfilled: published('closed', 'FULFILLED'),
    overdueCases: published('overdue'),
  };
}

/** Mediation's figures as a caller may see them: dispute counts and what is derived from them under the disclosure rule. */
function figures(f: MediationFigures, viewer: Viewer, code: string, cells: Cell[] | null, months: ReadonlySet<string>) {
  const d = disputeCounts(viewer, code, f, cells, months);
  const withheldGrid = isStatisticsOnly(viewer) && finerThanStatisticsCell(viewer, code);
  return {
    from: f.from,
    to: f.to,
    casesOpened: d.casesOpened,
    casesByType: DISPUTE_TYPES.map((type) => ({ type, cases: d.casesByType(type) })),
    casesClosed: d.casesClosed,
    casesByOutcome: OUTCOMES.map((outcome) => ({ outcome, cases: d.casesByOutcome(outcome) })),
    casesFulfilled: d.casesFulfilled,
    successRate: disclosedRate(viewer, d.casesFulfilled, d.casesClosed),
    // withheld with its count as published (a community-month sum can be withheld while the exact count is not small)
    averageDaysToClose: withheldGrid || d.casesClosed.suppressed ? null : disclosedAverage(viewer, f.totalDaysToClose, f.casesClosed),
    overdueCases: d.overdueCases,
    incidentsReported: f.incidentsReported,
    incidentsByStep: INCIDENT_STEPS.map((step) => ({ step, incidents: f.incidentsByStep[step] })),
    incidentsByDepartment: f.incidentsByDepartment,
    incidentsHandled: f.incidentsHandled,
    onTimeHandlingRate: ratio(f.incidentsHandledOnTime, f.incidentsHandled),
    evaluations: f.evaluations,
    satisfactionRate: ratio(f.satisfiedEvaluations, f.evaluations),
    averageScore: f.averageScore,
    councilMeetings: f.councilMeetings,
    topicsRaised: f.topicsRaised,
    topicsResolved: f.topicsResolved,
    topicsImplemented: f.topicsImplemented,
  };
}

/** The disclosure cells of an area over a period, loaded only for statistics-only callers. */
async function cellsOf(ctx: MediationContext, code: string, period: Period): Promise<Cell[] | null> {
  if (!isStatisticsOnly(ctx.viewer)) return null;
  return (await ctx.loaders.mediationCells.load({ code, period }))?.cells ?? [];
}

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),

  mediation: async (area, { period }, ctx) => {
    const p = checkPeriod(ctx.viewer, period, ctx.today);
    const [f, cells] = await Promise.all([ctx.loaders.mediationFigures.load({ code: area.code, period: p }), cellsOf(ctx, area.code, p)]);
    return f ? figures(f, ctx.viewer, area.code, cells, new Set(monthsOf(ctx.viewer, p))) : null;
  },

  mediationSeries: async (area, { period, every }, ctx) => {
    const p = checkPeriod(ctx.viewer, period, ctx.today);
    const interval = every ?? 'MONTH';
    const periods = periodsIn(p, interval);
    if (periods > ctx.settings.TREND_MAX_MONTHS) throw badInput(`a series has at most ${ctx.settings.TREND_MAX_MONTHS} periods; this range has ${periods}`);
    const [series, cells] = await Promise.all([ctx.loaders.mediationSeries.load({ code: area.code, period: { ...p, every: interval } }), cellsOf(ctx, area.code, p)]);
    return series ? series.points.map((f) => ({ ...figures(f, ctx.viewer, area.code, cells, new Set(monthsOf(ctx.viewer, f))), label: f.label! })) : null;
  },

  mediationTrend: async (area, { period }, ctx) => {
    const p = checkPeriod(ctx.viewer, period, ctx.today);
    const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
    if (months > ctx.settings.TREND_MAX_MONTHS) throw badInput(`a trend covers at most ${ctx.settings.TREND_MAX_MONTHS} months`);
    const [trend, cells] = await Promise.all([ctx.loaders.mediationTrend.load({ code: area.code, period: p }), cellsOf(ctx, area.code, p)]);
    if (!trend) return null;
    return trend.months.map((m) => {
      const published = (kind: Cell['kind'], key?: string): SuppressibleCount => {
        if (!cells) return sensitiveCount(ctx.viewer, kind === 'opened' ? m.casesOpened : key ? m.casesFulfilled : m.casesClosed);
        if (finerThanStatisticsCell(ctx.viewer, area.code)) return WITHHELD;
        const sums = new Map<string, number>();
        for (const c of cells) if (c.kind === kind && c.month === m.month && (key === undefined || c.key === key)) sums.set(c.community, (sums.get(c.community) ?? 0) + c.count);
        return sensitiveSum(ctx.viewer, [...sums.values()]);
      };
      return {
        month: m.month,
        casesOpened: published('opened'),
        casesClosed: published('closed'),
        casesFulfilled: published('closed', 'FULFILLED'),
        incidentsReported: m.incidentsReported,
        incidentsClosed: m.incidentsClosed,
        councilMeetings: m.councilMeetings,
        topicsRaised: m.topicsRaised,
      };
    });
  },
};
