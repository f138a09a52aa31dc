import { readFileSync } from 'node:fs';
import path from 'node:path';
import { populationAccess } from '@linli/auth';
import { gql, type ServiceModule } from '@linli/subgraph';
import { createContext, type PopulationContext } from './context';
import { accrueResidencePoints } from './domain/points-service';
import { entities } from './entities';
import { consumers } from './events';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { seed } from './seed';

export const typeDefs = gql(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** How often the residence-points accrual runs; it is idempotent, so running often only costs a scan. */
const ACCRUAL_EVERY_MS = 6 * 3600_000;

/** The population subgraph: persons and where they live (人屋纳管), their care, visits and points. */
export const population: ServiceModule<PopulationContext> = {
  name: 'population',
  typeDefs,
  resolvers: resolvers as ServiceModule<PopulationContext>['resolvers'],
  entities,
  migrations,
  consumers,
  /** The rule every field applies: the role table of docs/access.md, enforced by the kit. */
  access: populationAccess,
  context: createContext,
  seed,
  background(deps) {
    let running: Promise<unknown> = Promise.resolve();
    const run = () => {
      running = accrueResidencePoints(deps.dataSource, deps.outbox).catch((error) => deps.log.error({ err: error }, 'residence points accrual failed'));
    };
    const timer = setInterval(run, ACCRUAL_EVERY_MS);
    timer.unref();
    return {
      async stop() {
        clearInterval(timer);
        await running;
      },
    };
  },
};
