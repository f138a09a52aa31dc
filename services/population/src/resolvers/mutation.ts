import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerPerson: (_, { input }, ctx) => payload(() => ctx.personService.registerPerson(input)),
  registerResidence: (_, { input }, ctx) => payload(() => ctx.personService.registerResidence(input)),
  endResidence: (_, { input }, ctx) => payload(() => ctx.personService.endResidence(input)),
};
