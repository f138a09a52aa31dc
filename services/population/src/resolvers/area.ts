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

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  population: async (area, { period }, ctx) => {
    if (period && (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to))
      throw new GraphQLError('period.from must be a day on or before period.to', { extensions: { code: 'BAD_USER_INPUT' } });
    // a caller limited to their own record (a volunteer) reads no figures about their neighbours
    if (ctx.reach.person !== undefined) throw new ForbiddenError('population figures are for staff and statistics roles');
    const { from, to } = period ?? defaultPeriod();
    return (await ctx.loaders.population.load({ code: area.code, period: { from, to } })) ?? empty(area.code);
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
