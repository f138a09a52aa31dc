import type { HouseResolvers } from '../__generated__/resolvers-types';

export const House: HouseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.house.load(ref.id),
  // a house is only visible in scope, and its building lies in the same grid
  building: async (house, _, ctx) => (await ctx.loaders.building.load(house.buildingId))!,
};
