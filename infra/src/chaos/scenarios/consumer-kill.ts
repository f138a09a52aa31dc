import { sleep } from '../cluster';
import { PERSON_CONSUMER } from '../effects';
import { Writer } from '../load';
import { consumerInfo, deliveries, finish, POPULATION_STREAM, redeliveries, type Scenario } from '../scenario';

const VICTIM = 'organizations';
/** A short ack wait after the restart, so the unacknowledged events come back within seconds. */
const ACK_WAIT_NS = 2_000_000_000;

/**
 * A consumer killed with -9 after its commit and before its ack: the service's link to NATS
 * holds what it sends (acks, pulls) while deliveries still arrive, so it commits events whose
 * acks never leave; then the process dies. JetStream redelivers them; the inbox finds them.
 */
export const consumerKill: Scenario = {
  name: 'consumer killed between commit and ack',
  short: true,
  run: async ({ cluster, effects }) => {
    const link = cluster.links.get(VICTIM)!;
    const writer = new Writer(cluster);
    await writer.burst(10, 20);
    const start = await deliveries(cluster, PERSON_CONSUMER[VICTIM]);
    link.hold();
    await writer.burst(30, 30);
    // wait until the victim has committed some events whose acks are held
    const deadline = Date.now() + 15_000;
    let committed = 0;
    while (Date.now() < deadline) {
      committed = [...((await effects.counts(writer.ids)).get(VICTIM)?.values() ?? [])].length;
      if (committed > 10) break;
      await sleep(100);
    }
    const unacked = (await consumerInfo(cluster, PERSON_CONSUMER[VICTIM])).num_ack_pending;
    await cluster.kill(VICTIM);
    link.restore();
    await cluster.startService(VICTIM);
    const jsm = await (await cluster.nc()).jetstreamManager();
    await jsm.consumers.update(POPULATION_STREAM, PERSON_CONSUMER[VICTIM], { ack_wait: ACK_WAIT_NS });
    await writer.burst(10, 20);
    const outcome = await finish({ cluster, effects }, writer, '');
    const redelivered = redeliveries(start, await deliveries(cluster, PERSON_CONSUMER[VICTIM]));
    outcome.note = `${committed} applied, ${unacked} unacknowledged at the kill; ${redelivered} redeliveries, the inbox skipped them`;
    return outcome;
  },
};
