import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  organization: (_, { id }, ctx) => ctx.loaders.organization.load(id),
  organizations: async (_, args, ctx) => {
    const page = await ctx.organizations.list(args.filter ?? {}, pageSize(args), args.after, ctx.viewer.areas);
    // later hops (an activity's organization) find these without asking the database again
    for (const { node } of page.edges) ctx.loaders.organization.prime(node.id, node);
    return page;
  },
  serviceProject: (_, { id }, ctx) => ctx.loaders.project.load(id),
  fundraisingCampaign: (_, { id }, ctx) => ctx.loaders.campaign.load(id),
};
