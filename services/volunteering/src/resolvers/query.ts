import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { periodOf } from './period';

export const Query: QueryResolvers = {
  volunteer: (_, { id }, ctx) => ctx.loaders.volunteer.load(id),
  volunteers: (_, { filter, ...page }, ctx) => ctx.volunteers.list(filter ?? {}, pageSize(page), page.after, ctx.viewer.areas),
  volunteerTeam: (_, { id }, ctx) => ctx.loaders.team.load(id),
  volunteerTeams: (_, { filter, ...page }, ctx) => ctx.teams.list(filter ?? {}, pageSize(page), page.after, ctx.viewer.areas),
  volunteerActivity: (_, { id }, ctx) => ctx.loaders.activity.load(id),
  volunteerActivities: (_, { filter, ...page }, ctx) => ctx.activities.list(filter ?? {}, pageSize(page), page.after, ctx.viewer.areas),
  volunteerLeaderboard: (_, { areaCode, period, ...page }, ctx) => {
    const { from, to } = periodOf(period);
    return ctx.statistics.leaderboard(areaCode, from, to, pageSize(page), page.after, ctx.viewer.areas);
  },
};
