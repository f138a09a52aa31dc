import type { AreaResolvers } from '../__generated__/resolvers-types';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  population: async (area, _, ctx) => (await ctx.loaders.population.load(area.code)) ?? { code: area.code, residents: 0, migrants: 0, locals: 0 },
};
