import { parseArgs } from 'node:util';
import { ChaosCluster, say } from './cluster';
import { Effects } from './effects';
import { failed, machine, matrix, type Row } from './report';
import { POPULATION_STREAM, settle, type ScenarioContext } from './scenario';
import { SCENARIOS } from './scenarios';
import { soak } from './soak';
import { backboneThroughput, latencyAt } from './throughput';

const SHORT_ACK_WAIT_NS = 5_000_000_000;

const USAGE = `usage: pnpm chaos [--short] [--only <fault name part>]   the fault matrix
       pnpm chaos --soak [--minutes 10]                   mixed load at 80 % of the maximum
       pnpm chaos --throughput [--events 20000]           write → effect latency, events per second
Starts its own nats-server, PostgreSQL, five services and gateway on free loopback ports,
and stops every one of them (by pid) at the end, also on failure or Ctrl-C.
Exits non-zero when any event is lost or applied twice.`;

async function runMatrix(context: ScenarioContext, only?: string): Promise<boolean> {
  const rows: Row[] = [];
  const chosen = SCENARIOS.filter((s) => (!context.short || s.short) && (!only || s.name.toLowerCase().includes(only.toLowerCase())));
  for (const scenario of chosen) {
    say(`→ ${scenario.name}`);
    const started = Date.now();
    try {
      const outcome = await scenario.run(context);
      rows.push({ fault: scenario.name, outcome });
      say(
        `  ${outcome.events} events, ${outcome.lost} lost, ${outcome.doubled} doubled, converged in ${(outcome.convergeMs / 1000).toFixed(1)} s (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
      );
    } catch (error) {
      rows.push({ fault: scenario.name, error: (error as Error).message });
      say(`  FAILED: ${(error as Error).stack}`);
      // leave the next fault a quiet backbone to start from
      await settle(context.cluster, 30_000);
    }
  }
  say();
  say(`Fault matrix${context.short ? ' (short)' : ''} — ${machine()}`);
  say();
  say(matrix(rows));
  say();
  return !rows.some(failed);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      short: { type: 'boolean', default: false },
      soak: { type: 'boolean', default: false },
      minutes: { type: 'string', default: '10' },
      throughput: { type: 'boolean', default: false },
      events: { type: 'string', default: '20000' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    say(USAGE);
    return 0;
  }

  const cluster = new ChaosCluster();
  const effects = new Effects(cluster);
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= effects.close().then(() => cluster.stop()));
  const onSignal = (signal: NodeJS.Signals) => {
    say(`\n${signal}: stopping everything this run started…`);
    void stop().finally(() => process.exit(130));
    setTimeout(() => {
      cluster.killAllNow();
      process.exit(130);
    }, 10_000).unref();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', () => cluster.killAllNow());

  let ok = false;
  try {
    const started = Date.now();
    await cluster.start();
    await effects.install();
    say(
      `chaos: nats-server (pid ${cluster.pids.nats}) on 127.0.0.1:${cluster.natsPort}, PostgreSQL (pid ${cluster.pids.postgres}) on 127.0.0.1:${cluster.pgPort}, gateway ${cluster.gatewayUrl}; up in ${((Date.now() - started) / 1000).toFixed(1)} s; files in ${cluster.dir}`,
    );
    const context: ScenarioContext = { cluster, effects, short: values.short };
    if (values.short) {
      // redeliveries after a lost ack come back in seconds, not the services' 30 s
      const jsm = await (await cluster.nc()).jetstreamManager();
      for (const consumer of await jsm.consumers.list(POPULATION_STREAM).next())
        await jsm.consumers.update(POPULATION_STREAM, consumer.name, { ack_wait: SHORT_ACK_WAIT_NS });
    }

    if (values.soak) {
      const figures = await soak(cluster, effects, Number(values.minutes));
      say();
      say(`Soak — ${machine()}`);
      say(JSON.stringify(figures, null, 2));
      ok = figures.errors === 0 && figures.lost === 0 && figures.doubled === 0 && figures.outboxUnsent === 0 && figures.rss.every((r) => !(r.growth > 0.1));
    } else if (values.throughput) {
      const latency = await latencyAt(cluster, effects, 200, values.short ? 10 : 30);
      say(`  latency: ${JSON.stringify(latency)}`);
      const backbone = await backboneThroughput(cluster, effects, Number(values.events));
      say();
      say(`Events — ${machine()}`);
      say(
        `write → effect at ${latency.targetPerSecond}/s (achieved ${latency.achievedPerSecond.toFixed(0)}/s, ${latency.events} events): p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms, max ${latency.maxMs} ms; from the gateway's answer: p50 ${latency.afterAnswerP50Ms} ms, p99 ${latency.afterAnswerP99Ms} ms; the write itself p50 ${latency.writeP50Ms} ms`,
      );
      say(
        `backbone: ${backbone.events} events in ${backbone.seconds.toFixed(1)} s = ${backbone.perSecond.toFixed(0)} events/s (each applied by 4 consumers), ${backbone.lost} lost, ${backbone.doubled} doubled`,
      );
      ok = latency.lost === 0 && backbone.lost === 0 && backbone.doubled === 0;
    } else {
      ok = await runMatrix(context, values.only);
    }
  } catch (error) {
    say(`chaos failed: ${(error as Error).stack}`);
    say(`logs: ${cluster.dir}`);
    ok = false;
  } finally {
    await stop();
    if (ok && !values.keep) cluster.removeFiles();
  }
  say(ok ? 'chaos: 0 lost, 0 doubled' : `chaos: FAILED (logs in ${cluster.dir})`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
