import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mediationAccess } from '@linli/auth';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type MediationContext } from './context';
import { mediationSettings } from './env';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

/** One subgraph, its schema split by module: schema/{cases,incidents,councils,shared}.graphql, merged in name order. */
const SCHEMA = path.join(__dirname, '..', 'schema');
export const typeDefs = gql(
  readdirSync(SCHEMA)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA, file), 'utf8'))
    .join('\n'),
);

/** The mediation subgraph: people's mediation, grid incidents (five-step loop) and residents' councils. */
export const mediation: ServiceModule<MediationContext, typeof mediationSettings> = {
  name: 'mediation',
  settings: mediationSettings,
  typeDefs,
  resolvers: resolvers as ServiceModule<MediationContext, typeof mediationSettings>['resolvers'],
  entities,
  migrations,
  consumers,
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: mediationAccess,
  context: createContext,
  seed,
};
