import { pageSize } from '@linli/db';
import type { VolunteerTeamResolvers } from '../__generated__/resolvers-types';

export const VolunteerTeam: VolunteerTeamResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.team.load(ref.id),
  leader: (team, _, ctx) => (team.leaderId ? ctx.loaders.volunteer.load(team.leaderId) : null),
  memberCount: async (team, _, ctx) => (await ctx.loaders.memberCount.load(team.id))?.n ?? 0,
  members: (team, args, ctx) => ctx.loaders.membersOfTeam.load({ id: team.id, first: pageSize(args), after: args.after ?? null }),
};
