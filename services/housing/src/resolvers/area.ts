import { GraphQLError } from 'graphql';
import { defaultPeriod } from '@linli/domain';
import type { AreaResolvers } from '../__generated__/resolvers-types';
import type { HousingFigures, SeriesInterval } from '../repositories/statistics-repository';

const empty = (code: string): HousingFigures => ({
  code,
  buildings: 0,
  rentalBuildings: 0,
  rentalBuildingsWithAccessControl: 0,
  houses: 0,
  rentalHouses: 0,
  occupiedHouses: 0,
  groupRentalRiskHouses: 0,
  inspections: 0,
  hazardsReported: 0,
  hazardsOpen: 0,
  hazardsOverdue: 0,
  hazardsRectified: 0,
  hazardsRectifiedOnTime: 0,
  estatesByStars: [0, 0, 0, 0, 0],
  estatesUnrated: 0,
});

/** The most periods one series may have (ten years of months). */
const MAX_PERIODS = 120;

/** How many calendar periods of the interval the range touches. */
function periodsIn(period: { from: string; to: string }, every: SeriesInterval): number {
  const months = (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 12 + Number(period.to.slice(5, 7)) - Number(period.from.slice(5, 7));
  if (every === 'MONTH') return months + 1;
  if (every === 'QUARTER') return Math.floor((Number(period.to.slice(5, 7)) - 1) / 3) - Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4))) * 4 + 1;
  return Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) + 1;
}

export const Area: AreaResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.area.load(ref.code),
  housing: async (area, { period }, ctx) => {
    if (period && period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
    return (await ctx.loaders.housing.load({ code: area.code, period: period ?? defaultPeriod() })) ?? empty(area.code);
  },
  housingSeries: async (area, { period, every }, ctx) => {
    if (period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
    const interval = every ?? 'MONTH';
    if (periodsIn(period, interval) > MAX_PERIODS)
      throw new GraphQLError(`a series has at most ${MAX_PERIODS} periods; ask for a shorter range or a longer interval`, { extensions: { code: 'BAD_USER_INPUT' } });
    return ctx.loaders.housingSeries.load({ code: area.code, period: { from: period.from, to: period.to, every: interval } });
  },
};
