import { pageSize } from '@linli/db';
import type { ProjectOutcomeResolvers, ServiceProjectResolvers } from '../__generated__/resolvers-types';

export const ServiceProject: ServiceProjectResolvers = {
  organization: async (p, _, ctx) => (await ctx.loaders.organization.load(p.organizationId))!,
  targets: (p, _, ctx) => ctx.loaders.targets.load(p.id),
  outcomes: (p, args, ctx) => ctx.loaders.outcomes({ first: pageSize(args), after: args.after }).load(p.id),
};

export const ProjectOutcome: ProjectOutcomeResolvers = {
  target: async (o, _, ctx) => (await ctx.loaders.targets.load(o.projectId)).find((t) => t.id === o.targetId)!,
};
