import { pageSize } from '@linli/db';
import type { VolunteerTeamResolvers } from '../__generated__/resolvers-types';

export const VolunteerTeam: VolunteerTeamResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.team.load(ref.id),
  leader: (team, _, ctx) => (team.leaderId ? ctx.loaders.volunteer.load(team.leaderId) : null),
  memberCount: (team, _, ctx) => ctx.loaders.memberCount.load(team.id),
  members: (team, args, ctx) => ctx.loaders.members({ first: pageSize(args), after: args.after }).load(team.id),
};
