import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#VolunteeringContext',
        mappers: {
          Volunteer: '../repositories/volunteer-repository#VolunteerRow',
          VolunteerAward: '../repositories/volunteer-repository#AwardRow',
          VolunteerTeam: '../repositories/team-repository#TeamRow',
          VolunteerActivity: '../repositories/activity-repository#ActivityRow',
          VolunteerAttendance: '../repositories/attendance-repository#AttendanceRow',
          VolunteerLeaderboardEntry: '../repositories/statistics-repository#LeaderboardRow',
          VolunteeringStatistics: '../repositories/statistics-repository#VolunteeringFigures',
          Area: '../repositories/statistics-repository#AreaRef',
          Person: '../resolvers/refs#PersonRef',
          Building: '../resolvers/refs#BuildingRef',
          Organization: '../resolvers/refs#OrganizationRef',
        },
        scalars: { Date: 'string', DateTime: 'Date' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
