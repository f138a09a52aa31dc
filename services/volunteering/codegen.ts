import { subgraphCodegen } from '../../shared/subgraph/codegen';

export default subgraphCodegen('../context#VolunteeringContext', {
  Volunteer: '../repositories/volunteer-repository#VolunteerRow',
  VolunteerAward: '../repositories/volunteer-repository#AwardRow',
  VolunteerTeam: '../repositories/team-repository#TeamRow',
  VolunteerActivity: '../repositories/activity-repository#ActivityRow',
  VolunteerAttendance: '../repositories/attendance-repository#AttendanceRow',
  VolunteerLeaderboardEntry: '../repositories/statistics-repository#LeaderboardRow',
  VolunteeringStatistics: '../repositories/statistics-repository#VolunteeringFigures',
  VolunteeringPeriodStatistics: '../repositories/statistics-repository#SeriesPoint',
  Area: '../repositories/statistics-repository#AreaRef',
  Person: '../resolvers/refs#PersonRef',
  Building: '../resolvers/refs#BuildingRef',
  Organization: '../resolvers/refs#OrganizationRef',
});
