import { readFileSync } from 'node:fs';
import path from 'node:path';
import { housingAccess } from '@linli/auth';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type HousingContext } from './context';
import { HazardSweep } from './domain/hazard-sweep';
import { entities } from './entities';
import { housingSettingsShape } from './env';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The housing subgraph: the place registry and the safety work on rental houses. */
export const housing: ServiceModule<HousingContext, typeof housingSettingsShape> = {
  name: 'housing',
  settings: housingSettingsShape,
  typeDefs,
  resolvers: resolvers as ServiceModule<HousingContext>['resolvers'],
  entities,
  migrations,
  consumers,
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: housingAccess,
  context: createContext,
  seed,
  background: (deps) => new HazardSweep(deps.dataSource, deps.outbox).every(deps.settings.HAZARD_SWEEP_INTERVAL_MS, deps.log),
};
