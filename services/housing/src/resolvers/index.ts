import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area } from './area';
import { Building } from './building';
import { House } from './house';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Mutation, Area, Building, House };
