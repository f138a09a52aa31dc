import type { ServiceName } from '../dev/modules';
import { SERVICES } from '../dev/modules';
import type { ChaosCluster } from './cluster';
import { say, sleep } from './cluster';
import type { Effects } from './effects';
import { Writer } from './load';
import { settle } from './scenario';
import { maxWriteRate } from './throughput';

export interface SoakFigures {
  minutes: number;
  maxPerSecond: number;
  targetPerSecond: number;
  writes: number;
  reads: number;
  errors: number;
  lastError: string;
  /** Resident memory per process, after the warm-up and at the end, in MiB. */
  rss: { name: string; startMiB: number; endMiB: number; growth: number }[];
  outboxUnsent: number;
  lost: number;
  doubled: number;
}

/**
 * Mixed reads and writes through the gateway at 80 % of the measured maximum for `minutes`:
 * no errors, resident memory growing at most 10 % after the warm-up, the outbox drained.
 */
export async function soak(cluster: ChaosCluster, effects: Effects, minutes: number): Promise<SoakFigures> {
  const { perSecond: maxPerSecond } = await maxWriteRate(cluster, effects, 15);
  const targetPerSecond = Math.max(1, Math.floor(maxPerSecond * 0.8));
  say(`  soak: maximum ${maxPerSecond.toFixed(0)} writes/s; soaking at ${targetPerSecond}/s (one read per write) for ${minutes} min`);
  const writer = new Writer(cluster);
  // each worker writes then reads, so half the requests are reads: the write rate is the target
  writer.start(targetPerSecond, { concurrency: 32, readsPerWrite: 1 });
  const names: (ServiceName | 'gateway')[] = [...SERVICES, 'gateway'];
  const warmUpMs = Math.min(60_000, (minutes * 60_000) / 5);
  await sleep(warmUpMs);
  const start = new Map(names.map((name) => [name, cluster.rss(name)]));
  const end = Date.now() + minutes * 60_000 - warmUpMs;
  while (Date.now() < end) {
    await sleep(Math.min(10_000, Math.max(0, end - Date.now())));
    say(`  soak: ${writer.ids.length} writes, ${writer.reads} reads, ${writer.errors + writer.readErrors} errors`);
  }
  await writer.stop();
  const rss = names.map((name) => {
    const startBytes = start.get(name)!;
    const endBytes = cluster.rss(name);
    return { name, startMiB: startBytes / 2 ** 20, endMiB: endBytes / 2 ** 20, growth: startBytes ? endBytes / startBytes - 1 : NaN };
  });
  const tally = await effects.converge(writer.ids);
  await settle(cluster);
  const final = await effects.tally(writer.ids);
  const deadline = Date.now() + 30_000;
  while ((await effects.outboxUnsent()) > 0 && Date.now() < deadline) await sleep(200);
  return {
    minutes,
    maxPerSecond,
    targetPerSecond,
    writes: writer.ids.length,
    reads: writer.reads,
    errors: writer.errors + writer.readErrors,
    lastError: writer.lastError,
    rss,
    outboxUnsent: await effects.outboxUnsent(),
    lost: tally.lost,
    doubled: final.doubled,
  };
}
