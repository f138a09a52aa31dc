import type { VolunteerAttendanceResolvers } from '../__generated__/resolvers-types';
import { countedMinutes, hoursOf } from '../domain/rules';

const hoursOrNull = (minutes: number | null) => (minutes === null ? null : hoursOf(minutes));

export const VolunteerAttendance: VolunteerAttendanceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.attendance.load(ref.id),
  activity: async (attendance, _, ctx) => (await ctx.loaders.activity.load(attendance.activityId))!,
  volunteer: (attendance, _, ctx) => ctx.loaders.volunteer.load(attendance.volunteerId),
  recordedHours: (attendance) => hoursOrNull(attendance.recordedMinutes),
  adjustedHours: (attendance) => hoursOrNull(attendance.adjustedMinutes),
  hours: (attendance) => hoursOrNull(countedMinutes(attendance)),
};
