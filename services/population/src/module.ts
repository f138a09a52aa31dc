import { readFileSync } from 'node:fs';
import path from 'node:path';
import { populationAccess } from '@linli/auth';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type PopulationContext } from './context';
import { sealPermitNumbers } from './domain/key-rotation';
import { accrueResidencePoints } from './domain/points-service';
import { populationSettings } from './env';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The population subgraph: persons and where they live (人屋纳管), their care, visits and points. */
export const population: ServiceModule<PopulationContext, typeof populationSettings> = {
  name: 'population',
  settings: populationSettings,
  typeDefs,
  resolvers: resolvers as ServiceModule<PopulationContext, typeof populationSettings>['resolvers'],
  entities,
  migrations,
  consumers,
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: populationAccess,
  context: createContext,
  seed,
  background(deps) {
    // permit numbers written in plain before they were sealed (migration 240) are sealed first
    let running: Promise<unknown> = sealPermitNumbers(deps.dataSource, deps.pii)
      .then((sealed) => sealed && deps.log.info({ sealed }, 'plain permit numbers sealed'))
      .catch((error) => deps.log.error({ err: error }, 'sealing permit numbers failed'));
    const run = () => {
      running = running
        .then(() => accrueResidencePoints(deps.dataSource, deps.outbox))
        .catch((error) => deps.log.error({ err: error }, 'residence points accrual failed'));
    };
    const timer = setInterval(run, deps.settings.POINTS_ACCRUAL_HOURS * 3600_000);
    timer.unref();
    return {
      async stop() {
        clearInterval(timer);
        await running;
      },
    };
  },
};
