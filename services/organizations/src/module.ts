import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type OrganizationsContext } from './context';
import { organizationsSettings } from './env';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The organizations subgraph: community social organizations (社会组织) and their work. */
export const organizations: ServiceModule<OrganizationsContext, typeof organizationsSettings> = {
  name: 'organizations',
  settings: organizationsSettings,
  typeDefs,
  resolvers: resolvers as ServiceModule<OrganizationsContext>['resolvers'],
  entities,
  migrations,
  consumers,
  // OrganizationStatistics and its *Statistics parts are allowed by name
  /** Who may change anything here; docs/access.md has the full table. */
  writers: ['DISTRICT_ADMIN', 'STREET_ADMIN', 'COMMUNITY_WORKER', 'ORG_STAFF'],
  statisticsFields: ['Area.code', 'Area.organizations', 'Area.organizationsTrend'],
  context: createContext,
  seed,
};
