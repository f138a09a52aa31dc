import type { ChaosCluster } from './cluster';
import { say, sleep } from './cluster';
import { PERSON_READERS, type Effects } from './effects';
import { Writer } from './load';
import { percentile } from './report';
import { settle } from './scenario';

export interface LatencyFigures {
  targetPerSecond: number;
  achievedPerSecond: number;
  events: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same from the gateway's answer to the effect: the event backbone's share. */
  afterAnswerP50Ms: number;
  afterAnswerP99Ms: number;
  /** The write's own round trip through the gateway. */
  writeP50Ms: number;
  lost: number;
}

/**
 * Write → effect latency: registrations through the gateway at a fixed rate; for each, the
 * time from sending the write to its effect in the last of the four readers.
 */
export async function latencyAt(cluster: ChaosCluster, effects: Effects, perSecond: number, seconds: number): Promise<LatencyFigures> {
  const writer = new Writer(cluster);
  const started = Date.now();
  writer.start(perSecond, { concurrency: 32 });
  await sleep(seconds * 1_000);
  await writer.stop();
  const elapsed = (Date.now() - started) / 1_000;
  const tally = await effects.converge(writer.ids);
  const applied = await effects.appliedAt(writer.ids);
  const latencies = writer.ids.map((id) => (applied.get(id) ?? NaN) - writer.written.get(id)!).filter((ms) => !Number.isNaN(ms));
  latencies.sort((a, b) => a - b);
  const afterAnswer = writer.ids.map((id) => (applied.get(id) ?? NaN) - writer.acknowledged.get(id)!).filter((ms) => !Number.isNaN(ms));
  afterAnswer.sort((a, b) => a - b);
  const writes = writer.ids.map((id) => writer.acknowledged.get(id)! - writer.written.get(id)!).sort((a, b) => a - b);
  return {
    targetPerSecond: perSecond,
    achievedPerSecond: writer.ids.length / elapsed,
    events: writer.ids.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1] ?? NaN,
    afterAnswerP50Ms: percentile(afterAnswer, 50),
    afterAnswerP99Ms: percentile(afterAnswer, 99),
    writeP50Ms: percentile(writes, 50),
    lost: tally.lost,
  };
}

/** The most registrations per second the gateway takes with many in flight, over `seconds`. */
export async function maxWriteRate(cluster: ChaosCluster, effects: Effects, seconds: number): Promise<{ perSecond: number; errors: number }> {
  const writer = new Writer(cluster);
  const started = Date.now();
  writer.start(100_000, { concurrency: 32 });
  await sleep(seconds * 1_000);
  await writer.stop();
  const perSecond = writer.ids.length / ((Date.now() - started) / 1_000);
  await effects.converge(writer.ids);
  await settle(cluster);
  return { perSecond, errors: writer.errors };
}

export interface BackboneFigures {
  events: number;
  seconds: number;
  perSecond: number;
  lost: number;
  doubled: number;
}

/**
 * The event backbone alone (relay → JetStream → four consumers), without the gateway in
 * front: `count` person.registered events (copies of a real one with new ids) committed to
 * population's outbox at once; events per second until every effect is in every reader.
 */
export async function backboneThroughput(cluster: ChaosCluster, effects: Effects, count: number): Promise<BackboneFigures> {
  const seed = new Writer(cluster);
  await seed.burst(1, 1);
  await effects.converge(seed.ids);
  const population = effects.pool('population');
  const started = Date.now();
  const inserted = await population.query<{ person_id: string }>(
    `/* chaosOutboxFlood */ WITH model AS (
       SELECT type, area_code, envelope FROM outbox WHERE type = 'population.person.registered' ORDER BY seq DESC LIMIT 1
     ), copies AS (
       SELECT gen_random_uuid() AS id, gen_random_uuid() AS person_id, model.* FROM model, generate_series(1, $1::int)
     )
     INSERT INTO outbox (id, type, area_code, envelope)
     SELECT id, type, area_code, jsonb_set(jsonb_set(envelope, '{id}', to_jsonb(id::text)), '{data,personId}', to_jsonb(person_id::text)) FROM copies
     RETURNING envelope->'data'->>'personId' AS person_id`,
    [count],
  );
  await population.query(`/* chaosOutboxWake */ NOTIFY linli_outbox`);
  const ids = inserted.rows.map((row) => row.person_id);
  const tally = await effects.converge(ids, 600_000);
  const seconds = (Date.now() - started) / 1_000;
  await settle(cluster);
  const final = await effects.tally(ids);
  say(`  backbone: ${ids.length} events × ${PERSON_READERS.length} readers in ${seconds.toFixed(1)} s`);
  return { events: ids.length, seconds, perSecond: ids.length / seconds, lost: tally.lost, doubled: final.doubled };
}
