import { readFileSync } from 'node:fs';
import path from 'node:path';
import { volunteeringAccess } from '@linli/auth';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type VolunteeringContext } from './context';
import { entities } from './entities';
import { volunteeringSettings } from './env';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The volunteering subgraph: volunteers, teams, building captains, activities, attendance and service hours. */
export const volunteering: ServiceModule<VolunteeringContext, typeof volunteeringSettings> = {
  name: 'volunteering',
  settings: volunteeringSettings,
  typeDefs,
  resolvers: resolvers as ServiceModule<VolunteeringContext, typeof volunteeringSettings>['resolvers'],
  entities,
  migrations,
  consumers,
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: volunteeringAccess,
  context: createContext,
  seed,
};
