import { readFileSync } from 'node:fs';
import path from 'node:path';
import { organizationsAccess } from '@linli/auth';
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
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: organizationsAccess,
  context: createContext,
  seed,
};
