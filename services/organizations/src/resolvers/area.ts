import { GraphQLError } from 'graphql';
import { defaultPeriod } from '@linli/domain';
import type { AreaResolvers, OrganizationPeriodStatisticsResolvers, OrganizationStatisticsResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';
import type { OrganizationsContext } from '../context';

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** How many steps of a kind a range touches, its partial first and last ones included. */
function stepsIn(from: string, to: string, every: 'MONTH' | 'QUARTER' | 'YEAR'): number {
  const months = { MONTH: 1, QUARTER: 3, YEAR: 12 }[every];
  const index = (day: string) => Math.floor((Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1) / months);
  return index(to) - index(from) + 1;
}

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  // every code asked for gets a row (zeros where nothing is), so null means only a failure
  organizations: (area, { period }, ctx) => ctx.loaders.statistics.load({ code: area.code, period: period ?? defaultPeriod() }),
  organizationsSeries: (area, { period, every }, ctx) => series(area.code, period, every ?? 'MONTH', ctx),
  organizationsTrend: (area, { period, every }, ctx) => series(area.code, period, every ?? 'MONTH', ctx),
};

/** A series of an area's flows, refused beyond TREND_MAX_POINTS periods. */
function series(code: string, period: { from: string; to: string }, every: 'MONTH' | 'QUARTER' | 'YEAR', ctx: OrganizationsContext) {
  if (period.from > period.to) throw refuse('period.from must not be after period.to');
  const steps = stepsIn(period.from, period.to, every);
  if (steps > ctx.settings.TREND_MAX_POINTS) throw refuse(`a series has at most ${ctx.settings.TREND_MAX_POINTS} periods; this range has ${steps}`);
  return ctx.loaders.trend({ period: { from: period.from, to: period.to }, step: every }).load(code);
}

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  organizations: (figures) => figures.organizationCount,
  volunteerHours: (figures) => hoursOf(figures.volunteerMinutes),
};

export const OrganizationPeriodStatistics: OrganizationPeriodStatisticsResolvers = {
  volunteerHours: (figures) => hoursOf(figures.volunteerMinutes),
};
