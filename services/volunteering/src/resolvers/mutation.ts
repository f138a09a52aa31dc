import { payload } from '@linli/subgraph';
import type { MutationResolvers, VolunteerActivityPayloadResolvers, VolunteerAttendancePayloadResolvers, VolunteerTeamPayloadResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerVolunteer: (_, { input }, ctx) => payload(() => ctx.volunteerService.registerVolunteer(input)),
  updateVolunteer: (_, { input }, ctx) => payload(() => ctx.volunteerService.updateVolunteer(input)),
  createVolunteerTeam: (_, { input }, ctx) => payload(() => ctx.volunteerService.createTeam(input)),
  addVolunteerTeamMember: (_, { input }, ctx) => payload(() => ctx.volunteerService.addTeamMember(input)),
  removeVolunteerTeamMember: (_, { input }, ctx) => payload(() => ctx.volunteerService.removeTeamMember(input)),
  changeVolunteerTeamLeader: (_, { input }, ctx) => payload(() => ctx.volunteerService.changeTeamLeader(input)),
  assignBuildingCaptain: (_, { input }, ctx) => payload(() => ctx.volunteerService.assignCaptain(input)),
  relieveBuildingCaptain: (_, { input }, ctx) => payload(() => ctx.volunteerService.relieveCaptain(input)),
  giveVolunteerAward: (_, { input }, ctx) => payload(() => ctx.volunteerService.giveAward(input)),
  postVolunteerActivity: (_, { input }, ctx) => payload(() => ctx.activityService.post(input)),
  cancelVolunteerActivity: (_, { input }, ctx) => payload(() => ctx.activityService.cancel(input)),
  completeVolunteerActivity: (_, { input }, ctx) => payload(() => ctx.activityService.complete(input)),
  signUpForVolunteerActivity: (_, { input }, ctx) => payload(() => ctx.activityService.signUp(input)),
  cancelVolunteerSignUp: (_, { input }, ctx) => payload(() => ctx.activityService.cancelSignUp(input)),
  checkInVolunteer: (_, { input }, ctx) => payload(() => ctx.activityService.checkIn(input)),
  checkOutVolunteer: (_, { input }, ctx) => payload(() => ctx.activityService.checkOut(input)),
  markVolunteerNoShow: (_, { input }, ctx) => payload(() => ctx.activityService.markNoShow(input)),
  adjustVolunteerHours: (_, { input }, ctx) => payload(() => ctx.activityService.adjust(input)),
  approveVolunteerHours: (_, { input }, ctx) => payload(() => ctx.activityService.approve(input)),
  reverseVolunteerHours: (_, { input }, ctx) => payload(() => ctx.activityService.reverse(input)),
};

// payload fields named like the query field that reads the thing; the old names stay as deprecated aliases
export const VolunteerTeamPayload: VolunteerTeamPayloadResolvers = {
  volunteerTeam: (result) => result.team ?? null,
};

export const VolunteerActivityPayload: VolunteerActivityPayloadResolvers = {
  volunteerActivity: (result) => result.activity ?? null,
};

export const VolunteerAttendancePayload: VolunteerAttendancePayloadResolvers = {
  volunteerAttendance: (result) => result.attendance ?? null,
};
