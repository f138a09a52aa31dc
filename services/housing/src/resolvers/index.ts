import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area } from './area';
import { Building } from './building';
import { Estate } from './estate';
import { Hazard } from './hazard';
import { House } from './house';
import { HousingPeriodStatistics, HousingStatistics } from './housing-statistics';
import { Inspection } from './inspection';
import { Mutation } from './mutation';
import { Person } from './person';
import { Query } from './query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Area,
  HousingStatistics,
  HousingPeriodStatistics,
  Estate,
  Building,
  House,
  Person,
  Inspection,
  Hazard,
  // the deprecated name of a checklist mutation's item
  ChecklistItemPayload: { item: (p) => p.checklistItem ?? null },
};
