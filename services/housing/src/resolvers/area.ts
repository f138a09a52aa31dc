import type { AreaResolvers } from '../__generated__/resolvers-types';

export const Area: AreaResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.area.load(ref.code),
};
