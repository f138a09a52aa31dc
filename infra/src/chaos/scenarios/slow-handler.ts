import { PERSON_CONSUMER } from '../effects';
import { Writer } from '../load';
import { deliveries, finish, POPULATION_STREAM, redeliveries, type Scenario } from '../scenario';

const VICTIM = 'volunteering';
const ACK_WAIT_NS = 2_000_000_000;
const HANDLER_MS = 5_000;

/**
 * A handler slower than the ack wait: volunteering's consumer gets a 2 s ack wait and each
 * application takes 5 s. The consumer's progress signals (msg.working()) keep JetStream
 * from redelivering a message still being handled.
 */
export const slowHandler: Scenario = {
  name: 'handler slower than the ack wait',
  short: false,
  run: async ({ cluster, effects, short }) => {
    const jsm = await (await cluster.nc()).jetstreamManager();
    await jsm.consumers.update(POPULATION_STREAM, PERSON_CONSUMER[VICTIM], { ack_wait: ACK_WAIT_NS });
    const start = await deliveries(cluster, PERSON_CONSUMER[VICTIM]);
    await effects.fault(VICTIM, 'slow', { sleepMs: HANDLER_MS });
    const writer = new Writer(cluster);
    try {
      await writer.burst(short ? 2 : 4, 10);
      const outcome = await finish({ cluster, effects }, writer, '');
      const redelivered = redeliveries(start, await deliveries(cluster, PERSON_CONSUMER[VICTIM]));
      outcome.note = `ack wait 2 s, handler 5 s: ${redelivered} redeliveries`;
      // a redelivery of a message still in its handler is the failure this fault looks for
      if (redelivered > 0) outcome.doubled += redelivered;
      return outcome;
    } finally {
      await effects.clear(VICTIM, 'slow');
    }
  },
};
