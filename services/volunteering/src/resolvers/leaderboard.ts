import type { VolunteerLeaderboardEntryResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';

export const VolunteerLeaderboardEntry: VolunteerLeaderboardEntryResolvers = {
  volunteer: async (entry, _, ctx) => (await ctx.loaders.volunteer.load(entry.volunteerId))!,
  hours: (entry) => hoursOf(entry.minutes),
};
