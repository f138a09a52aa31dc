import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area } from './area';
import { DisputeCase, DisputeParty, MediationSession } from './dispute-case';
import { GridIncident, IncidentRoute } from './grid-incident';
import { MediationCommittee, Mediator } from './mediation-committee';
import { Mutation } from './mutation';
import { Person } from './person';
import { Query } from './query';
import { CouncilMeeting, CouncilMember, CouncilStakeholder, CouncilTopic, CouncilVote, ResidentsCouncil } from './residents-council';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Person,
  Area,
  MediationCommittee,
  Mediator,
  DisputeCase,
  DisputeParty,
  MediationSession,
  GridIncident,
  IncidentRoute,
  ResidentsCouncil,
  CouncilMember,
  CouncilMeeting,
  CouncilTopic,
  CouncilStakeholder,
  CouncilVote,
};
