import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mediationAccess } from '@linli/auth';
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
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: mediationAccess,
  context: createContext,
  seed,
};
