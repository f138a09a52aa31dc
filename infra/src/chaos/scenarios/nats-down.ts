import { sleep } from '../cluster';
import { underWrites, type Scenario } from '../scenario';

/** nats-server killed and left down for a minute (10 s in the short version) while writes go on. */
export const natsDown: Scenario = {
  name: 'NATS down 60 s',
  short: false,
  run: async (context) => {
    const downMs = context.short ? 10_000 : 60_000;
    const outcome = await underWrites(context, {}, async () => {
      await context.cluster.killNats();
      await sleep(downMs);
      await context.cluster.startNats();
      return `down ${downMs / 1000} s`;
    });
    return outcome;
  },
};
