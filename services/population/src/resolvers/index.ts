import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area } from './area';
import { House } from './house';
import { Mutation } from './mutation';
import { Person } from './person';
import { Query } from './query';
import { Residence } from './residence';

export const resolvers: Resolvers = { Date: DateScalar, DateTime: DateTimeScalar, Query, Mutation, Person, Residence, House, Area };
