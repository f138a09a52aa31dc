import type { VolunteerLeaderboardEntryResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';

export const VolunteerLeaderboardEntry: VolunteerLeaderboardEntryResolvers = {
  // hours served in the caller's areas by a volunteer registered elsewhere (or, for a volunteer, by anyone else) rank without a name
  volunteer: (entry, _, ctx) => ctx.loaders.volunteer.load(entry.volunteerId),
  hours: (entry) => hoursOf(entry.minutes),
};
