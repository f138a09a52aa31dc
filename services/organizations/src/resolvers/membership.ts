import type { MembershipResolvers } from '../__generated__/resolvers-types';

export const Membership: MembershipResolvers = {
  // a membership is visible only in scope, and it lies in its organisation's community
  organization: async (m, _, ctx) => (await ctx.loaders.organization.load(m.organizationId))!,
  person: (m) => ({ id: m.personId }),
};
