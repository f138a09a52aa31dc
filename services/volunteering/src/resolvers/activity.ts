import { pageSize } from '@linli/db';
import type { VolunteerActivityOrganiserResolvers, VolunteerActivityResolvers } from '../__generated__/resolvers-types';

export const VolunteerActivity: VolunteerActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
  organiser: async (activity, _, ctx) => {
    if (activity.organiserKind === 'ORGANIZATION') return { id: activity.organizationId! };
    return ctx.loaders.team.load(activity.teamId!);
  },
  attendances: (activity, args, ctx) => ctx.loaders.attendancesOfActivity.load({ id: activity.id, first: pageSize(args), after: args.after ?? null }),
};

export const VolunteerActivityOrganiser: VolunteerActivityOrganiserResolvers = {
  // a team row carries its kind; an organisation is only a reference
  __resolveType: (organiser) => ('kind' in organiser ? 'VolunteerTeam' : 'Organization'),
};
