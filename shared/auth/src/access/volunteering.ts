import type { ServiceAccess } from '../access-table';

interface VolunteeringLoaders {
  loaders: { volunteer: { load(id: string): Promise<{ personId: string } | null> } };
}

/** The volunteering subgraph's fields and the rule each applies (docs/access.md). */
export const volunteeringAccess: ServiceAccess = {
  rules: {
    'Query.volunteer': 'volunteer.read',
    'Query.volunteers': 'volunteer.read',
    'Query.volunteerTeam': 'team.read',
    'Query.volunteerTeams': 'team.read',
    'Query.volunteerActivity': 'activity.read',
    'Query.volunteerActivities': 'activity.read',
    'Query.volunteerAttendance': 'attendance.read',
    'Query.volunteerLeaderboard': 'volunteer.read',

    'Mutation.registerVolunteer': 'volunteering.write',
    'Mutation.updateVolunteer': 'volunteering.write',
    'Mutation.createVolunteerTeam': 'volunteering.write',
    'Mutation.addVolunteerTeamMember': 'volunteering.write',
    'Mutation.removeVolunteerTeamMember': 'volunteering.write',
    'Mutation.changeVolunteerTeamLeader': 'volunteering.write',
    'Mutation.assignBuildingCaptain': 'volunteering.write',
    'Mutation.relieveBuildingCaptain': 'volunteering.write',
    'Mutation.giveVolunteerAward': 'volunteering.write',
    'Mutation.postVolunteerActivity': 'activity.write',
    'Mutation.cancelVolunteerActivity': 'activity.write',
    'Mutation.completeVolunteerActivity': 'activity.write',
    'Mutation.checkInVolunteer': 'activity.write',
    'Mutation.checkOutVolunteer': 'activity.write',
    'Mutation.markVolunteerNoShow': 'activity.write',
    'Mutation.adjustVolunteerHours': 'activity.write',
    'Mutation.approveVolunteerHours': 'activity.write',
    'Mutation.reverseVolunteerHours': 'activity.write',
    'Mutation.signUpForVolunteerActivity': 'sign-up.write',
    'Mutation.cancelVolunteerSignUp': 'sign-up.write',

    Volunteer: 'volunteer.read',
    VolunteerTeam: 'team.read',
    VolunteerActivity: 'activity.read',
    // the sign-ups of an activity the caller reads; each row is checked under attendance.read
    'VolunteerActivity.attendances': 'activity.read',
    VolunteerAttendance: 'attendance.read',
    Organization: 'organization.profile.read',
    'Organization.volunteerActivities': 'activity.read',
    Person: 'person.read',
    'Person.volunteer': 'volunteer.read',
    Building: 'place.read',
    'Building.captains': 'volunteer.list.read',
    Area: 'area.read',
    'Area.volunteering': 'statistics.read',
    'Area.volunteeringSeries': 'statistics.read',
  },
  owners: {
    Person: { person: (person: { id: string }) => person.id },
    Volunteer: { person: (volunteer: { personId: string }) => volunteer.personId },
    VolunteerAttendance: {
      person: async (attendance: { volunteerId: string }, context: VolunteeringLoaders) => (await context.loaders.volunteer.load(attendance.volunteerId))?.personId,
    },
  },
};
