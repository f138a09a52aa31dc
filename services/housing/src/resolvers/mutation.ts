import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createArea: (_, { input }, ctx) => payload(() => ctx.places.createArea(input)),
  registerBuilding: (_, { input }, ctx) => payload(() => ctx.places.registerBuilding(input)),
  registerHouse: (_, { input }, ctx) => payload(() => ctx.places.registerHouse(input)),
};
