import type { VolunteerAttendanceResolvers } from '../__generated__/resolvers-types';
import { countedMinutes, hoursOf } from '../domain/rules';

export const VolunteerAttendance: VolunteerAttendanceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.attendance.load(ref.id),
  activity: async (attendance, _, ctx) => (await ctx.loaders.activity.load(attendance.activityId))!,
  volunteer: (attendance, _, ctx) => ctx.loaders.volunteer.load(attendance.volunteerId),
  hours: (attendance) => {
    const minutes = countedMinutes(attendance);
    return minutes === null ? null : hoursOf(minutes);
  },
};
