import type { EstateResolvers } from '../__generated__/resolvers-types';

export const Estate: EstateResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.estate.load(ref.id),
  ratings: (estate, _, ctx) => ctx.loaders.ratingsOfEstate.load(estate.id),
  currentRating: async (estate, _, ctx) => (await ctx.loaders.ratingsOfEstate.load(estate.id))[0] ?? null,
};
