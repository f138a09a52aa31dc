import type { MembershipResolvers } from '../__generated__/resolvers-types';

export const Membership: MembershipResolvers = {
  // a membership is visible only in scope, and it lies in its organization's community
  organization: async (m, _, ctx) => (await ctx.loaders.organization.load(m.organizationId))!,
  // the member may live elsewhere: the membership is the organization's, the person is not
  person: async (m, _, ctx) => ((await ctx.loaders.personInScope.load(m.personId)) ? { id: m.personId } : null),
};
