import { pageSize } from '@linli/db';
import type { BuildingResolvers } from '../__generated__/resolvers-types';

export const Building: BuildingResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.building.load(ref.id),
  grid: async (building, _, ctx) => (await ctx.loaders.area.load(building.gridCode))!,
  estate: (building, _, ctx) => (building.estateId ? ctx.loaders.estate.load(building.estateId) : null),
  houses: (building, _, ctx) => ctx.loaders.housesOfBuilding.load(building.id),
  housesPage: (building, args, ctx) => ctx.loaders.housePagesOfBuilding({ first: pageSize(args), after: args.after }).load(building.id),
};
