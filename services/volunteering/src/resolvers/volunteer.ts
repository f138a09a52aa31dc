import { pageSize } from '@linli/db';
import type { VolunteerAwardResolvers, VolunteerResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.volunteer.load(ref.id),
  person: (volunteer) => ({ id: volunteer.personId }),
  teams: (volunteer, _, ctx) => ctx.loaders.teamsOfVolunteer.load(volunteer.id),
  captainOf: async (volunteer, _, ctx) => (await ctx.loaders.buildingsOfCaptain.load(volunteer.id)).map((c) => ({ id: c.buildingId })),
  attendances: (volunteer, args, ctx) => ctx.loaders.attendancesOfVolunteer.load({ id: volunteer.id, first: pageSize(args), after: args.after ?? null }),
  approvedHours: async (volunteer, _, ctx) => hoursOf((await ctx.loaders.approvedMinutes.load(volunteer.id))?.minutes ?? 0),
  awards: (volunteer, _, ctx) => ctx.loaders.awards.load(volunteer.id),
};

export const VolunteerAward: VolunteerAwardResolvers = {
  volunteer: async (award, _, ctx) => (await ctx.loaders.volunteer.load(award.volunteerId))!,
};
