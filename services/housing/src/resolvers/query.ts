import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  area: (_, { code }, ctx) => ctx.loaders.area.load(code),
  areas: (_, args, ctx) => ctx.areas.list({ within: args.within, level: args.level }, pageSize(args), args.after, ctx.viewer.areas),
  building: (_, { id }, ctx) => ctx.loaders.building.load(id),
  house: (_, { id }, ctx) => ctx.loaders.house.load(id),
  houses: (_, args, ctx) => ctx.houses.list(args.filter ?? {}, pageSize(args), args.after, ctx.viewer.areas),
};
