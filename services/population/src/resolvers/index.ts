import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area, KeyGroupStatistics, PopulationStatistics } from './area';
import { AuditRecord } from './audit-record';
import { HomeVisit, OverdueVisit } from './home-visit';
import { House } from './house';
import { Mutation } from './mutation';
import { Person } from './person';
import { PointsAccount } from './points-account';
import { Query } from './query';
import { Residence } from './residence';
import { ResidencePermit } from './residence-permit';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Person,
  Residence,
  ResidencePermit,
  HomeVisit,
  OverdueVisit,
  PointsAccount,
  AuditRecord,
  House,
  Area,
  PopulationStatistics,
  KeyGroupStatistics,
};
