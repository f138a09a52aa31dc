import type { OrganizationActivityResolvers } from '../__generated__/resolvers-types';

export const OrganizationActivity: OrganizationActivityResolvers = {
  organization: async (a, _, ctx) => (await ctx.loaders.organization.load(a.organizationId))!,
  serviceProject: (a, _, ctx) => (a.projectId ? ctx.loaders.project.load(a.projectId) : null),
  series: (a, _, ctx) => (a.seriesId ? ctx.loaders.series.load(a.seriesId) : null),
};
