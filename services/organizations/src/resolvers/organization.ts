import { pageSize } from '@linli/db';
import type { OrganizationResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.organization.load(ref.id),
  area: (org) => ({ code: org.areaCode }),
  contactPerson: async (org, _, ctx) =>
    org.contactPersonId && (await ctx.loaders.personInScope.load(org.contactPersonId)) ? { id: org.contactPersonId } : null,
  statusHistory: (org, _, ctx) => ctx.loaders.statusHistory.load(org.id),
  statusChanges: (org, args, ctx) => ctx.loaders.statusChanges({ first: pageSize(args), after: args.after }).load(org.id),
  memberCount: (org, _, ctx) => ctx.loaders.memberCount.load(org.id),
  members: (org, args, ctx) => ctx.loaders.members({ current: args.current, role: args.role, first: pageSize(args), after: args.after }).load(org.id),
  activities: (org, args, ctx) => ctx.loaders.activities({ period: args.period, first: pageSize(args), after: args.after }).load(org.id),
  serviceProjects: (org, args, ctx) => ctx.loaders.projects({ status: args.status, first: pageSize(args), after: args.after }).load(org.id),
  fundraisingCampaigns: (org, args, ctx) => ctx.loaders.campaigns({ first: pageSize(args), after: args.after }).load(org.id),
  volunteerHours: async (org, { period }, ctx) => {
    const totals = await ctx.loaders.volunteerHours(period ?? null).load(org.id);
    const minutes = totals?.minutes ?? 0;
    return { hours: hoursOf(minutes), minutes, attendances: totals?.attendances ?? 0 };
  },
};
