import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type PopulationContext } from './context';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The population subgraph: persons and where they live (人屋纳管). */
export const population: ServiceModule<PopulationContext> = {
  name: 'population',
  typeDefs,
  resolvers: resolvers as ServiceModule<PopulationContext>['resolvers'],
  entities,
  migrations,
  consumers,
  statisticsFields: ['Area.code', 'Area.population'],
  context: createContext,
};
