import { GraphQLError } from 'graphql';
import type { Viewer } from '@linli/auth';
import { defaultPeriod, type Period } from '@linli/domain';
import type { AreaResolvers } from '../__generated__/resolvers-types';
import { disclosedAverage, disclosedCount, disclosedRate } from '../domain/disclosure';
import { INCIDENT_STEPS } from '../domain/incident-steps';
import { DISPUTE_TYPES, OUTCOMES, type MediationFigures, type SeriesInterval } from '../repositories/statistics-repository';

function checkPeriod(period: Period): Period {
  if (period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
  return { from: period.from, to: period.to };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** How many calendar months, quarters or years a range touches. */
function periodsIn(p: Period, every: SeriesInterval): number {
  const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
  if (every === 'MONTH') return months;
  const quarter = (day: string) => Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return every === 'QUARTER' ? quarter(p.to) - quarter(p.from) + 1 : Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1;
}

/** Mediation's figures as a caller may see them: sensitive counts and what is derived from them under the disclosure rule. */
function figures(f: MediationFigures, viewer: Viewer) {
  const count = (n: number) => disclosedCount(viewer, n);
  return {
    from: f.from,
    to: f.to,
    casesOpened: count(f.casesOpened),
    casesByType: DISPUTE_TYPES.map((type) => ({ type, cases: count(f.casesByType[type]) })),
    casesClosed: count(f.casesClosed),
    casesByOutcome: OUTCOMES.map((outcome) => ({ outcome, cases: count(f.casesByOutcome[outcome]) })),
    casesFulfilled: count(f.casesFulfilled),
    successRate: disclosedRate(viewer, f.casesFulfilled, f.casesClosed),
    averageDaysToClose: disclosedAverage(viewer, f.averageDaysToClose, f.casesClosed),
    overdueCases: count(f.overdueCases),
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

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),

  mediation: async (area, { period }, ctx) => {
    const p = checkPeriod(period ?? defaultPeriod());
    const f = await ctx.loaders.mediationFigures.load({ code: area.code, period: p });
    return f ? figures(f, ctx.viewer) : null;
  },

  mediationSeries: async (area, { period, every }, ctx) => {
    const p = checkPeriod(period);
    const interval = every ?? 'MONTH';
    const periods = periodsIn(p, interval);
    if (periods > ctx.settings.TREND_MAX_MONTHS)
      throw new GraphQLError(`a series has at most ${ctx.settings.TREND_MAX_MONTHS} periods; this range has ${periods}`, { extensions: { code: 'BAD_USER_INPUT' } });
    const series = await ctx.loaders.mediationSeries.load({ code: area.code, period: { ...p, every: interval } });
    return series ? series.points.map((f) => ({ ...figures(f, ctx.viewer), label: f.label! })) : null;
  },

  mediationTrend: async (area, { period }, ctx) => {
    const p = checkPeriod(period);
    const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
    if (months > ctx.settings.TREND_MAX_MONTHS)
      throw new GraphQLError(`a trend covers at most ${ctx.settings.TREND_MAX_MONTHS} months`, { extensions: { code: 'BAD_USER_INPUT' } });
    const trend = await ctx.loaders.mediationTrend.load({ code: area.code, period: p });
    if (!trend) return null;
    const count = (n: number) => disclosedCount(ctx.viewer, n);
    return trend.months.map((m) => ({
      month: m.month,
      casesOpened: count(m.casesOpened),
      casesClosed: count(m.casesClosed),
      casesFulfilled: count(m.casesFulfilled),
      incidentsReported: m.incidentsReported,
      incidentsClosed: m.incidentsClosed,
      councilMeetings: m.councilMeetings,
      topicsRaised: m.topicsRaised,
    }));
  },
};
