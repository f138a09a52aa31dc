import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type HousingContext } from './context';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The housing subgraph: the place registry and the safety work on rental houses. */
export const housing: ServiceModule<HousingContext> = {
  name: 'housing',
  typeDefs,
  resolvers: resolvers as ServiceModule<HousingContext>['resolvers'],
  entities,
  migrations,
  consumers,
  statisticsFields: ['Query.area', 'Query.areas', 'Area.code', 'Area.name', 'Area.level', 'Area.parentCode', 'Area.status', 'AreaConnection', 'AreaEdge'],
  context: createContext,
};
