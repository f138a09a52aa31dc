import { pageSize } from '@linli/db';
import type { VolunteerAwardResolvers, VolunteerResolvers } from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';

export const Volunteer: VolunteerResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.volunteer.load(ref.id),
  // population decides what the caller may read of a person; a person it places outside the caller's areas is not even named
  person: async (volunteer, _, ctx) => ((await ctx.loaders.personInScope.load(volunteer.personId)) ? { id: volunteer.personId } : null),
  teams: (volunteer, _, ctx) => ctx.loaders.teamsOfVolunteer.load(volunteer.id),
  captainOf: async (volunteer, _, ctx) => (await ctx.loaders.buildingsOfCaptain.load(volunteer.id)).map((c) => ({ id: c.buildingId })),
  attendances: (volunteer, args, ctx) => ctx.loaders.attendancesOfVolunteer({ first: pageSize(args), after: args.after }).load(volunteer.id),
  approvedHours: async (volunteer, _, ctx) => hoursOf(await ctx.loaders.approvedMinutes.load(volunteer.id)),
  awards: (volunteer, _, ctx) => ctx.loaders.awards.load(volunteer.id),
  receivedAwards: (volunteer, args, ctx) => ctx.loaders.receivedAwards({ first: pageSize(args), after: args.after }).load(volunteer.id),
};

export const VolunteerAward: VolunteerAwardResolvers = {
  volunteer: async (award, _, ctx) => (await ctx.loaders.volunteer.load(award.volunteerId))!,
};
