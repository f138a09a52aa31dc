import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  organization: (_, { id }, ctx) => ctx.loaders.organization.load(id),
  organizations: (_, args, ctx) => ctx.organizations.list(args.filter ?? {}, pageSize(args), args.after, ctx.viewer.areas),
  serviceProject: (_, { id }, ctx) => ctx.loaders.project.load(id),
  fundraisingCampaign: (_, { id }, ctx) => ctx.loaders.campaign.load(id),
};
