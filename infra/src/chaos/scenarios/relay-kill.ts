import { sleep } from '../cluster';
import { Writer } from '../load';
import { finish, streamMessages, type Scenario } from '../scenario';

/**
 * Population (the relay's process) killed with -9 after publishing a batch and before marking
 * it sent: the marking UPDATE is held by a trigger until the kill, so the window is hit every
 * time. The restarted relay publishes the batch again; Nats-Msg-Id drops the copies.
 */
export const relayKill: Scenario = {
  name: 'relay killed between publish and mark-sent',
  short: false,
  run: async ({ cluster, effects }) => {
    const before = await streamMessages(cluster);
    const writer = new Writer(cluster);
    await effects.fault('population', 'stall-relay');
    await writer.burst(30, 30);
    // published, not marked: the stream holds more than the outbox says was sent
    const deadline = Date.now() + 20_000;
    let published = 0;
    let marked = 0;
    while (Date.now() < deadline) {
      published = (await streamMessages(cluster)) - before;
      marked = (await effects.outboxSent()) - before;
      if (published > marked) break;
      await sleep(50);
    }
    await cluster.kill('population');
    await effects.clear('population', 'stall-relay');
    await cluster.startService('population');
    await writer.burst(20, 30);
    const outcome = await finish({ cluster, effects }, writer, '');
    const stored = (await streamMessages(cluster)) - before;
    outcome.note = `${published - marked} published unmarked at the kill; stream holds ${stored} for ${writer.ids.length} events`;
    if (stored !== writer.ids.length) outcome.doubled += Math.max(0, stored - writer.ids.length);
    return outcome;
  },
};
