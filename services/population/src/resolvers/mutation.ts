import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerPerson: (_, { input }, ctx) => payload(() => ctx.personService.registerPerson(input)),
  transferPerson: (_, { input }, ctx) => payload(() => ctx.personService.transferPerson(input)),
  updatePerson: (_, { input }, ctx) => payload(() => ctx.personService.updatePerson(input)),
  registerResidence: (_, { input }, ctx) => payload(() => ctx.personService.registerResidence(input)),
  endResidence: (_, { input }, ctx) => payload(() => ctx.personService.endResidence(input)),
  // `permit` and `rule` are the deprecated names of residencePermit and visitRule
  issueResidencePermit: (_, { input }, ctx) => payload(async () => withAlias(await ctx.careService.issuePermit(input))),
  renewResidencePermit: (_, { input }, ctx) => payload(async () => withAlias(await ctx.careService.renewPermit(input))),
  tagKeyGroup: (_, { input }, ctx) => payload(() => ctx.careService.tagKeyGroup(input)),
  untagKeyGroup: (_, { input }, ctx) => payload(() => ctx.careService.untagKeyGroup(input)),
  recordVisit: (_, { input }, ctx) => payload(() => ctx.careService.recordVisit(input)),
  setVisitRule: (_, { input }, ctx) => payload(async () => {
    const { rule } = await ctx.careService.setVisitRule(input);
    return { visitRule: rule, rule };
  }),
  revealPersonalData: (_, { input }, ctx) => payload(() => ctx.personalData.reveal(input)),
};

function withAlias<T>(changed: { permit: T }): { residencePermit: T; permit: T } {
  return { residencePermit: changed.permit, permit: changed.permit };
}
