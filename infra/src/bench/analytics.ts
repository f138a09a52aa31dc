/**
 * Benchmark: GET /analytics against the same figures fetched through GraphQL, and how soon a
 * write shows in an export.
 *
 *   pnpm bench:analytics              # the demo district (4 communities, 5,000 persons)
 *   BENCH_RUNS=20 pnpm bench:analytics
 *
 * It starts the five services and the gateway in-process on fresh databases with the demo
 * district, then times:
 * - every community × every indicator × 12 months in one GET /analytics (answered by each
 *   domain's series: one statement per service per page of areas), p50/p95 over the runs;
 * - the same figures as a client would fetch them through /graphql, a request per month with
 *   every domain's statistics of every community, and the ratio of the two in the same run;
 * - write → export: a building registered, then GET /analytics until its count includes it.
 * Numbers are printed and written to infra/bench/results/analytics-demo.json; nothing is
 * asserted. The district scale waits for the district generator (issue 15).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { DEMO_DISTRICT, FENGXINYUAN } from '@linli/demo';
import { today } from '@linli/domain';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { volunteering } from '@linli/volunteering';
import { TestFederation, tokenFor } from '../testing/federation';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const MODULES = [housing, population, organizations, mediation, volunteering];
const say = (line = '') => process.stdout.write(`${line}\n`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

async function main(): Promise<void> {
  say(`Linli analytics benchmark — demo district; machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  const fed = await TestFederation.start(MODULES, { gatewayEnv: { RATE_LIMIT_PER_MINUTE: '1000000' }, serviceEnv: { DB_POOL_SIZE: '10' } });
  try {
    for (const module of MODULES) {
      const { dataSource, pii, log } = fed.service(module.name).deps;
      await dataSource.transaction((tx) => module.seed!(tx, { pii, log }));
    }
    const token = await tokenFor('DISTRICT_ADMIN', [DEMO_DISTRICT]);
    const base = fed.gateway.url.replace(/\/graphql$/, '');
    const year = today().slice(0, 4);
    const query = { indicators: 'all', areas: `${DEMO_DISTRICT};level=COMMUNITY`, periods: `${year}-01..${year}-12;every=MONTH`, format: 'csv' };
    const analytics = () => request(base).get('/analytics').query(query).set('authorization', `Bearer ${token}`).expect(200);

    // the same figures through the graph: one request per month, every domain of every community
    const months = Array.from({ length: 12 }, (_, m) => {
      const month = String(m + 1).padStart(2, '0');
      return { from: `${year}-${month}-01`, to: `${year}-${month}-${new Date(Date.UTC(Number(year), m + 1, 0)).getUTCDate()}` };
    });
    const document = `query Month($p: PeriodInput) { areas(within: "${DEMO_DISTRICT}", level: COMMUNITY, first: 100) { edges { node { code name
      population(period: $p) { residents migrants locals visitsDone newRegistrations departures keyGroupMembers { value suppressed } }
      housing(period: $p) { buildings houses rentalHouses inspections hazardsReported hazardsRectified onTimeRectificationRate }
      organizations(period: $p) { organizationCount activities participants peopleServed donations fundsRaisedFen volunteerHours }
      mediation(period: $p) { casesOpened { value suppressed } casesClosed { value suppressed } incidentsReported incidentsHandled councilMeetings topicsRaised }
      volunteering(period: $p) { volunteers activeVolunteers activities approvedHours personTimes } } } } }`;
    const graphql = () => Promise.all(months.map((p) => fed.ok(token, document, { p })));

    await analytics();
    await graphql();
    const exportTimes: number[] = [];
    const graphTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      exportTimes.push(await time(analytics));
      graphTimes.push(await time(graphql));
    }
    const exported = summary(exportTimes);
    const graph = summary(graphTimes);

    // write → export: how long until an export holds a building just registered
    const fresh: number[] = [];
    const grid = `${FENGXINYUAN}001`;
    const count = async () =>
      Number(
        (await request(base).get('/analytics').query({ indicators: 'HOU_BUILDINGS', areas: FENGXINYUAN, periods: year }).set('authorization', `Bearer ${token}`).expect(200)).body.rows[0].value,
      );
    for (let run = 0; run < RUNS; run++) {
      const before = await count();
      const written = process.hrtime.bigint();
      await fed.ok(token, `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) { building { id } } }`, {
        input: { gridCode: grid, address: `基准测试路${run + 1}号`, floors: 6 },
      });
      while ((await count()) <= before) await new Promise((r) => setTimeout(r, 5));
      fresh.push(Number(process.hrtime.bigint() - written) / 1e6);
    }
    const freshness = summary(fresh);

    say(`\n${'measure'.padEnd(62)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
    const line = (label: string, s: { p50: number; p95: number }) => say(`${label.padEnd(62)} ${s.p50.toFixed(0).padStart(8)} ${s.p95.toFixed(0).padStart(8)}`);
    line('GET /analytics: every community × every indicator × 12 months', exported);
    line('the same through /graphql: 12 requests (one a month), in parallel', graph);
    line('write → the next export that holds it (incl. the write)', freshness);
    say(`ratio /analytics : /graphql (p50) = ${(exported.p50 / graph.p50).toFixed(2)}   (target for /analytics: p95 ≤ 2,000 ms at district scale)`);
    const out = path.resolve(__dirname, '../../bench/results/analytics-demo.json');
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ when: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, runs: RUNS, analytics: exported, graphql: graph, ratio: exported.p50 / graph.p50, writeToExport: freshness }, null, 2)}\n`,
    );
    say(`written to ${path.relative(process.cwd(), out)}`);
  } finally {
    await fed.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
