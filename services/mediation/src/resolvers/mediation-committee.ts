import type { MediationCommitteeResolvers, MediatorResolvers } from '../__generated__/resolvers-types';
import { personRef } from './person';

export const MediationCommittee: MediationCommitteeResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.committee.load(ref.id),
  mediators: (committee, _, ctx) => ctx.loaders.mediatorsOfCommittee.load(committee.id),
};

export const Mediator: MediatorResolvers = {
  person: (mediator, _, ctx) => personRef(ctx, mediator.personId),
  // a mediator is only visible with its committee's community in scope
  committee: async (mediator, _, ctx) => (await ctx.loaders.committee.load(mediator.committeeId))!,
};
