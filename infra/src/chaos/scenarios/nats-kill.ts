import { sleep } from '../cluster';
import { underWrites, type Scenario } from '../scenario';

/** nats-server killed with -9 under writes and started again on the same port and store. */
export const natsKill: Scenario = {
  name: 'NATS killed (-9) and restarted',
  short: true,
  run: (context) =>
    underWrites(context, {}, async () => {
      await context.cluster.killNats();
      await sleep(1_000);
      await context.cluster.startNats();
    }),
};
