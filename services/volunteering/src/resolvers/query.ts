import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { periodOf } from './period';

export const Query: QueryResolvers = {
  volunteer: (_, { id }, ctx) => ctx.loaders.volunteer.load(id),
  volunteers: (_, { filter, ...page }, ctx) => ctx.volunteers.list(filter ?? {}, pageSize(page), page.after, ctx.reach),
  volunteerTeam: (_, { id }, ctx) => ctx.loaders.team.load(id),
  volunteerTeams: (_, { filter, ...page }, ctx) => ctx.teams.list(filter ?? {}, pageSize(page), page.after, ctx.reach.areas),
  volunteerActivity: (_, { id }, ctx) => ctx.loaders.activity.load(id),
  volunteerAttendance: (_, { id }, ctx) => ctx.loaders.attendance.load(id),
  volunteerActivities: (_, { filter, ...page }, ctx) => ctx.activities.list(filter ?? {}, pageSize(page), page.after, ctx.reach.areas),
  volunteerLeaderboard: (_, { areaCode, period, ...page }, ctx) => ctx.statistics.leaderboard(areaCode, periodOf(period), pageSize(page), page.after, ctx.reach.areas),
};
