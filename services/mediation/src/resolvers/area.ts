import { GraphQLError } from 'graphql';
import { sensitiveCount } from '@linli/auth';
import { defaultPeriod, type Period } from '@linli/domain';
import type { AreaResolvers, SuppressibleCount } from '../__generated__/resolvers-types';
import { DISPUTE_TYPES, OUTCOMES, type MediationFigures } from '../repositories/statistics-repository';
import { INCIDENT_STEPS } from '../domain/incident-steps';

/** Counts below this are withheld from statistics-only callers (a zero singles nobody out and is shown). */

function checkPeriod(period: Period): Period {
  if (period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
  return { from: period.from, to: period.to };
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),

  mediation: async (area, { period }, ctx) => {
    const p = checkPeriod(period ?? defaultPeriod());
    const f = (await ctx.loaders.mediationFigures(p).load(area.code)) as MediationFigures;
    const count = (n: number): SuppressibleCount => sensitiveCount(ctx.viewer, n);
    const closed = count(f.casesClosed);
    return {
      from: p.from,
      to: p.to,
      casesOpened: count(f.casesOpened),
      casesByType: DISPUTE_TYPES.map((type) => ({ type, cases: count(f.casesByType[type]) })),
      casesClosed: closed,
      casesByOutcome: OUTCOMES.map((outcome) => ({ outcome, cases: count(f.casesByOutcome[outcome]) })),
      casesFulfilled: count(f.casesFulfilled),
      // a rate next to a shown count would give a withheld one away (fulfilled, or the rest)
      successRate: closed.suppressed || count(f.casesFulfilled).suppressed || count(f.casesClosed - f.casesFulfilled).suppressed ? null : ratio(f.casesFulfilled, f.casesClosed),
      averageDaysToClose: closed.suppressed ? null : f.averageDaysToClose,
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
  },

  mediationTrend: async (area, { period }, ctx) => {
    const p = checkPeriod(period);
    const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
    if (months > ctx.settings.trendMaxMonths)
      throw new GraphQLError(`a trend covers at most ${ctx.settings.trendMaxMonths} months`, { extensions: { code: 'BAD_USER_INPUT' } });
    const count = (n: number): SuppressibleCount => sensitiveCount(ctx.viewer, n);
    return (await ctx.loaders.mediationTrend(p).load(area.code)).map((m) => ({
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
