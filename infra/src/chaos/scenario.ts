import type { ConsumerInfo } from 'nats';
import { streamName } from '@linli/contracts';
import type { ChaosCluster } from './cluster';
import { sleep } from './cluster';
import type { Effects, Tally } from './effects';
import { Writer } from './load';

export const POPULATION_STREAM = streamName('population');

export interface ScenarioContext {
  cluster: ChaosCluster;
  effects: Effects;
  /** The short version (CI): shorter outages, fewer events. */
  short: boolean;
}

export interface Outcome extends Tally {
  /** From the fault lifted (and the writes ended) to every effect in place, in ms. */
  convergeMs: number;
  /** Writes the gateway refused or failed while the fault lasted (not events: nothing was promised). */
  refused: number;
  /** What else was seen: redeliveries, dead letters, duplicates the stream dropped. */
  note: string;
}

/** One fault of the matrix, in its own file under scenarios/. */
export interface Scenario {
  name: string;
  /** Part of the short version run in CI. */
  short: boolean;
  run(context: ScenarioContext): Promise<Outcome>;
}

/** Messages in population's stream (the tool's own connection, straight to NATS). */
export async function streamMessages(cluster: ChaosCluster): Promise<number> {
  const jsm = await (await cluster.nc()).jetstreamManager();
  return (await jsm.streams.info(POPULATION_STREAM)).state.messages;
}

export async function consumerInfo(cluster: ChaosCluster, name: string): Promise<ConsumerInfo> {
  const jsm = await (await cluster.nc()).jetstreamManager();
  return jsm.consumers.info(POPULATION_STREAM, name);
}

/**
 * A consumer's delivery counters. Its consumer sequence counts every delivery, its stream
 * sequence every new message; between two readings, the first grown more than the second
 * means redeliveries (every message of population's stream matches the person consumers).
 */
export async function deliveries(cluster: ChaosCluster, name: string): Promise<{ consumerSeq: number; streamSeq: number }> {
  const info = await consumerInfo(cluster, name);
  return { consumerSeq: info.delivered.consumer_seq, streamSeq: info.delivered.stream_seq };
}

export function redeliveries(before: { consumerSeq: number; streamSeq: number }, after: { consumerSeq: number; streamSeq: number }): number {
  return after.consumerSeq - before.consumerSeq - (after.streamSeq - before.streamSeq);
}

/**
 * Waits until every consumer of population's stream has nothing pending and nothing
 * awaiting an ack, so a late redelivery (the double we look for) has had its chance.
 */
export async function settle(cluster: ChaosCluster, timeoutMs = 90_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const jsm = await (await cluster.nc()).jetstreamManager();
      const consumers = await jsm.consumers.list(POPULATION_STREAM).next();
      if (consumers.every((c) => c.num_pending === 0 && c.num_ack_pending === 0)) return true;
    } catch {
      /* NATS is coming back */
    }
    await sleep(250);
  }
  return false;
}

/**
 * The common shape of a fault under writes: write for a while, inject the fault (the
 * callback returns when it is lifted), write a little more, stop, then wait for every
 * effect and for the consumers to settle, and count.
 */
export async function underWrites(
  { cluster, effects }: ScenarioContext,
  options: { perSecond?: number; beforeMs?: number; afterMs?: number },
  fault: (writer: Writer) => Promise<string | void>,
): Promise<Outcome> {
  const writer = new Writer(cluster);
  writer.start(options.perSecond ?? 20, { concurrency: 4 });
  await sleep(options.beforeMs ?? 2_000);
  const note = (await fault(writer)) ?? '';
  await sleep(options.afterMs ?? 2_000);
  await writer.stop();
  return finish({ cluster, effects }, writer, note);
}

/** Converges, settles and counts the writer's events. */
export async function finish({ cluster, effects }: Pick<ScenarioContext, 'cluster' | 'effects'>, writer: Writer, note: string): Promise<Outcome> {
  const converged = await effects.converge(writer.ids);
  const settled = await settle(cluster);
  const tally = await effects.tally(writer.ids);
  return { ...tally, convergeMs: converged.convergeMs, refused: writer.errors, note: settled ? note : `${note}; consumers did not settle` };
}
