import { underWrites, type Scenario } from '../scenario';

/** The PostgreSQL cluster (every service's database) stopped fast and started again under writes. */
export const postgresRestart: Scenario = {
  name: 'PostgreSQL restarted under writes',
  short: false,
  run: (context) =>
    underWrites(context, { afterMs: 3_000 }, async () => {
      await context.cluster.restartPostgres(1_000);
    }),
};
