import { pageSize } from '@linli/db';
import type { VolunteerActivityOrganizerResolvers, VolunteerActivityResolvers } from '../__generated__/resolvers-types';
import type { ActivityRow } from '../repositories/activity-repository';
import type { VolunteeringContext } from '../context';

/** The organizing team (null outside the caller's areas) or a reference to the organization. */
const organizer = async (activity: ActivityRow, ctx: VolunteeringContext) =>
  activity.organiserKind === 'ORGANIZATION' ? { id: activity.organizationId! } : ctx.loaders.team.load(activity.teamId!);

export const VolunteerActivity: VolunteerActivityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.activity.load(ref.id),
  organizerKind: (activity) => activity.organiserKind,
  organiserKind: (activity) => activity.organiserKind,
  organizer: (activity, _, ctx) => organizer(activity, ctx),
  organiser: (activity, _, ctx) => organizer(activity, ctx),
  attendances: (activity, args, ctx) => ctx.loaders.attendancesOfActivity({ first: pageSize(args), after: args.after }).load(activity.id),
};

export const VolunteerActivityOrganizer: VolunteerActivityOrganizerResolvers = {
  // a team row carries its kind; an organization is only a reference
  __resolveType: (organizer) => ('kind' in organizer ? 'VolunteerTeam' : 'Organization'),
};
