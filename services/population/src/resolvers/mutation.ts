import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerPerson: (_, { input }, ctx) => payload(() => ctx.personService.registerPerson(input)),
  updatePerson: (_, { input }, ctx) => payload(() => ctx.personService.updatePerson(input)),
  registerResidence: (_, { input }, ctx) => payload(() => ctx.personService.registerResidence(input)),
  endResidence: (_, { input }, ctx) => payload(() => ctx.personService.endResidence(input)),
  issueResidencePermit: (_, { input }, ctx) => payload(() => ctx.careService.issuePermit(input)),
  renewResidencePermit: (_, { input }, ctx) => payload(() => ctx.careService.renewPermit(input)),
  tagKeyGroup: (_, { input }, ctx) => payload(() => ctx.careService.tagKeyGroup(input)),
  untagKeyGroup: (_, { input }, ctx) => payload(() => ctx.careService.untagKeyGroup(input)),
  recordVisit: (_, { input }, ctx) => payload(() => ctx.careService.recordVisit(input)),
  setVisitRule: (_, { input }, ctx) => payload(() => ctx.careService.setVisitRule(input)),
  revealPersonalData: (_, { input }, ctx) => payload(() => ctx.personalData.reveal(input)),
};
