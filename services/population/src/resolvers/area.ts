import { GraphQLError } from 'graphql';
import { defaultPeriod, ForbiddenError, isIsoDate } from '@linli/domain';
import type { AreaResolvers, KeyGroupKind, PopulationStatisticsResolvers } from '../__generated__/resolvers-types';
import { suppressible } from '../domain/rules';
import type { PopulationFigures } from '../repositories/statistics-repository';

/** One kind's count, before suppression. */
export interface KeyGroupFigure {
  kind: KeyGroupKind;
  count: number;
}

/** The same day some years later (29 February becomes 28 February). */
function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const KINDS: KeyGroupKind[] = ['ELDERLY_ALONE', 'DISABLED', 'LOW_INCOME', 'LEFT_BEHIND_CHILD', 'COMMUNITY_CORRECTION', 'OTHER'];

const empty = (code: string): PopulationFigures => ({
  code,
  residents: 0,
  migrants: 0,
  locals: 0,
  keyGroupMembers: 0,
  keyGroups: [],
  visitsDone: 0,
  visitsOverdue: 0,
  permitsValid: 0,
  permitsExpiring: 0,
  newRegistrations: 0,
  departures: 0,
});

/** The longest range a series may cover. */
const SERIES_MAX_YEARS = 10;

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  population: async (area, { period }, ctx) => {
    if (period && (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to))
      throw new GraphQLError('period.from must be a day on or before period.to', { extensions: { code: 'BAD_USER_INPUT' } });
    // a caller limited to their own record (a volunteer) reads no figures about their neighbors
    if (ctx.reach.person !== undefined) throw new ForbiddenError('population figures are for staff and statistics roles');
    const { from, to } = period ?? defaultPeriod();
    return (await ctx.loaders.population.load({ code: area.code, period: { from, to } })) ?? empty(area.code);
  },
  populationSeries: async (area, { period: { from, to }, every }, ctx) => {
    if (!isIsoDate(from) || !isIsoDate(to) || from > to) throw new GraphQLError('from must be a day on or before to', { extensions: { code: 'BAD_USER_INPUT' } });
    if (to > addYears(from, SERIES_MAX_YEARS)) throw new GraphQLError(`a series covers at most ${SERIES_MAX_YEARS} years`, { extensions: { code: 'BAD_USER_INPUT' } });
    if (ctx.reach.person !== undefined) throw new ForbiddenError('population figures are for staff and statistics roles');
    return (await ctx.loaders.populationSeries.load({ code: area.code, period: { from, to, every: every ?? 'MONTH' } }))?.periods ?? [];
  },
};

/** Key-group counts are withheld below 5 from statistics-only callers; the other figures are not sensitive. */
export const PopulationStatistics: PopulationStatisticsResolvers = {
  keyGroupMembers: (figures, _, ctx) => suppressible(figures.keyGroupMembers, ctx.viewer),
  keyGroups: (figures) => KINDS.map((kind) => ({ kind, count: figures.keyGroups.find((g) => g.kind === kind)?.count ?? 0 })),
};

export const KeyGroupStatistics = {
  count: (figure: KeyGroupFigure, _: unknown, ctx: { viewer: Parameters<typeof suppressible>[1] }) => suppressible(figure.count, ctx.viewer),
};
