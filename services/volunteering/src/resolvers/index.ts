import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { VolunteerActivity, VolunteerActivityOrganizer } from './activity';
import { VolunteerAttendance } from './attendance';
import { Area, Building, Organization, Person, VolunteeringPeriodStatistics, VolunteeringStatistics } from './entities';
import { VolunteerLeaderboardEntry } from './leaderboard';
import { Mutation, VolunteerActivityPayload, VolunteerAttendancePayload, VolunteerTeamPayload } from './mutation';
import { Query } from './query';
import { VolunteerTeam } from './team';
import { Volunteer, VolunteerAward } from './volunteer';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Volunteer,
  VolunteerAward,
  VolunteerTeam,
  VolunteerActivity,
  VolunteerActivityOrganizer,
  VolunteerTeamPayload,
  VolunteerActivityPayload,
  VolunteerAttendancePayload,
  VolunteerAttendance,
  VolunteerLeaderboardEntry,
  Person,
  Building,
  Organization,
  Area,
  VolunteeringStatistics,
  VolunteeringPeriodStatistics,
};
