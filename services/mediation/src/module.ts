import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type MediationContext } from './context';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The mediation subgraph: people's mediation, grid incidents (five-step loop) and residents' councils. */
export const mediation: ServiceModule<MediationContext> = {
  name: 'mediation',
  typeDefs,
  resolvers: resolvers as ServiceModule<MediationContext>['resolvers'],
  entities,
  migrations,
  consumers,
  // integrators read Area.mediation / Area.mediationTrend; *Statistics types are allowed by name
  /** Who may change anything here; docs/access.md has the full table. */
  writers: ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'GRID_WORKER', 'MEDIATOR'],
  statisticsFields: ['Area.code', 'Area.mediation', 'Area.mediationTrend', 'SuppressibleCount'],
  context: createContext,
  seed,
};
