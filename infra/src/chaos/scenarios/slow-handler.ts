import { sleep } from '../cluster';
import { PERSON_CONSUMER } from '../effects';
import { Writer } from '../load';
import { consumerInfo, deliveries, finish, POPULATION_STREAM, redeliveries, type Scenario } from '../scenario';

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
      // one at a time: each message is the one in its handler, none waits in the client's buffer
      // behind another (a buffered one is not yet being handled and gets no progress signal)
      for (let i = 0; i < (short ? 2 : 3); i++) {
        const id = await writer.register();
        while (id && !(await effects.counts([id])).get(VICTIM)!.size) await sleep(100);
      }
      // JetStream's own count of messages redelivered and not yet acknowledged, watched while they run
      let seen = 0;
      const watching = setInterval(() => {
        consumerInfo(cluster, PERSON_CONSUMER[VICTIM]).then(
          (info) => (seen = Math.max(seen, info.num_redelivered)),
          () => undefined,
        );
      }, 250);
      const outcome = await finish({ cluster, effects }, writer, '').finally(() => clearInterval(watching));
      const redelivered = Math.max(seen, redeliveries(start, await deliveries(cluster, PERSON_CONSUMER[VICTIM])));
      const ackWait = (await consumerInfo(cluster, PERSON_CONSUMER[VICTIM])).config.ack_wait ?? 0;
      outcome.note = `ack wait ${ackWait / 1e9} s, handler ${HANDLER_MS / 1000} s: ${redelivered} redeliveries`;
      // a redelivery of a message still in its handler is the failure this fault looks for
      if (redelivered > 0) outcome.doubled += redelivered;
      return outcome;
    } finally {
      await effects.clear(VICTIM, 'slow');
    }
  },
};
