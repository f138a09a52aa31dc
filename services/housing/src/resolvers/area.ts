import { GraphQLError } from 'graphql';
import { defaultPeriod } from '@linli/domain';
import type { AreaResolvers } from '../__generated__/resolvers-types';
import { figuresScope } from '../domain/access';
import type { HousingFigures } from '../repositories/statistics-repository';

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

export const Area: AreaResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.area.load(ref.code),
  housing: async (area, { period }, ctx) => {
    if (period && period.from > period.to) throw new GraphQLError('period.from must not be after period.to', { extensions: { code: 'BAD_USER_INPUT' } });
    figuresScope(ctx.viewer);
    return (await ctx.loaders.housing.load({ code: area.code, period: period ?? defaultPeriod() })) ?? empty(area.code);
  },
};
