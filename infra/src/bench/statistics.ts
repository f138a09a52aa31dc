/**
 * Benchmark: statistics and worklists at district scale, through the real gateway.
 *
 *   pnpm bench                      # the Zengcheng scale: ≈1.6 M persons, ≈600 k houses (≈440 k rental)
 *   BENCH_SCALE=0.1 pnpm bench      # a tenth, for a quick look
 *   BENCH_KEEP=1 pnpm bench         # keep the generated databases (linli_bench_*) for EXPLAIN
 *
 * It creates two databases on the local PostgreSQL (DATABASE_URL, else 127.0.0.1:5432), runs
 * housing's and population's migrations, fills them in bulk with SQL (the same house ids in
 * both, as population's read model would hold them), starts both services and the gateway
 * in-process, and times each query over repeated runs. Numbers are printed as a table and
 * written to infra/bench/results/statistics-<scale>.json; nothing here is asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signCallerToken } from '@linli/auth';
import { DEV_JWT_SECRET, serviceEnvSchema } from '@linli/config';
import { createDataSource, dropDatabase, ensureDatabase, migrate, withDatabase, type DataSource } from '@linli/db';
import { composeSupergraph, gatewayEnvSchema, startGateway } from '@linli/gateway';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { startService } from '@linli/subgraph';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const STREETS = 10;
const COMMUNITIES_PER_STREET = 30;
const GRIDS_PER_COMMUNITY = 7;
const GRIDS = STREETS * COMMUNITIES_PER_STREET * GRIDS_PER_COMMUNITY; // 2,100 grids, as in a large district
const PERSONS_PER_GRID = Math.round(762 * SCALE); // ≈1.6 M persons at scale 1
const BUILDINGS_PER_GRID = Math.max(1, Math.round(24 * SCALE));
const HOUSES_PER_BUILDING = 12; // ≈600 k houses at scale 1, 73 % rental ≈ 440 k
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const say = (line = '') => process.stdout.write(`${line}\n`);

/** Every grid code of the synthetic district, as SQL. */
const GRID_CODES = `
  SELECT '440118' || lpad(s::text, 3, '0') || lpad(c::text, 3, '0') || lpad(g::text, 3, '0') AS code
  FROM generate_series(1, ${STREETS}) s, generate_series(1, ${COMMUNITIES_PER_STREET}) c, generate_series(1, ${GRIDS_PER_COMMUNITY}) g`;
const HOUSE_ID = (grid: string, building: string, number: string) => `md5('house:' || ${grid} || ':' || ${building} || ':' || ${number})::uuid`;

async function timed(label: string, fn: () => Promise<unknown>): Promise<void> {
  const started = Date.now();
  await fn();
  say(`  ${label.padEnd(46)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function fillHousing(db: DataSource): Promise<void> {
  await timed('areas', () =>
    db.query(`
      INSERT INTO areas (code, name, level, parent_code) VALUES ('440118', '增城区', 'DISTRICT', NULL);
      INSERT INTO areas (code, name, level, parent_code)
        SELECT '440118' || lpad(s::text, 3, '0'), '街道' || s, 'STREET', '440118' FROM generate_series(1, ${STREETS}) s;
      INSERT INTO areas (code, name, level, parent_code)
        SELECT '440118' || lpad(s::text, 3, '0') || lpad(c::text, 3, '0'), '社区' || s || '-' || c, 'COMMUNITY', '440118' || lpad(s::text, 3, '0')
        FROM generate_series(1, ${STREETS}) s, generate_series(1, ${COMMUNITIES_PER_STREET}) c;
      INSERT INTO areas (code, name, level, parent_code) SELECT code, '网格' || right(code, 3), 'GRID', left(code, 12) FROM (${GRID_CODES}) g;`),
  );
  await timed(`buildings (${GRIDS * BUILDINGS_PER_GRID})`, () =>
    db.query(`
      INSERT INTO buildings (id, grid_code, address, floors, rental, access_control, access_control_since)
      SELECT id, code, address, floors, rental, ac, CASE WHEN ac THEN date '2024-01-01' END
      FROM (SELECT md5('building:' || g.code || ':' || b)::uuid AS id, g.code, '路' || b || '号' AS address, 3 + b % 10 AS floors, random() < 0.7 AS rental, random() < 0.9 AS ac
            FROM (${GRID_CODES}) g, generate_series(1, ${BUILDINGS_PER_GRID}) b) x`),
  );
  await timed(`houses (${GRIDS * BUILDINGS_PER_GRID * HOUSES_PER_BUILDING})`, () =>
    db.query(`
      INSERT INTO houses (id, building_id, area_code, number, rooms, rental, occupants)
      SELECT ${HOUSE_ID('g.code', 'b::text', 'n::text')}, md5('building:' || g.code || ':' || b)::uuid, g.code, n::text, 1 + n % 4, random() < 0.73, n % 6
      FROM (${GRID_CODES}) g, generate_series(1, ${BUILDINGS_PER_GRID}) b, generate_series(1, ${HOUSES_PER_BUILDING}) n`),
  );
  await timed('inspections (half the rental houses) and hazards', () =>
    db.query(`
      INSERT INTO inspections (id, house_id, area_code, inspected_on, inspector_id, inspector_name, passed)
      SELECT md5('inspection:' || h.id)::uuid, h.id, h.area_code, current_date - (random() * 300)::int, 'bench', '网格员', random() < 0.8
      FROM houses h WHERE h.rental AND random() < 0.5;
      INSERT INTO inspection_results (inspection_id, item_code, passed)
      SELECT i.id, c.code, i.passed OR c.position > (SELECT min(position) FROM checklist_items) FROM inspections i, checklist_items c;
      INSERT INTO hazards (id, inspection_id, item_code, house_id, area_code, description, severity, reported_on, deadline)
      SELECT md5('hazard:' || i.id)::uuid, i.id, (SELECT code FROM checklist_items ORDER BY position LIMIT 1), i.house_id, i.area_code, '消防通道堵塞', 'MEDIUM', i.inspected_on, i.inspected_on + 30
      FROM inspections i WHERE NOT i.passed;`),
  );
  await timed('analyze', () => db.query('ANALYZE'));
}

async function fillPopulation(db: DataSource): Promise<void> {
  await timed('known houses (the read model)', () =>
    db.query(`
      INSERT INTO known_houses (id, grid_code, number, rooms, rental)
      SELECT ${HOUSE_ID('g.code', 'b::text', 'n::text')}, g.code, n::text, 1 + n % 4, true
      FROM (${GRID_CODES}) g, generate_series(1, ${BUILDINGS_PER_GRID}) b, generate_series(1, ${HOUSES_PER_BUILDING}) n`),
  );
  // each person's derived columns (as population's refresh keeps them) are drawn at insert time,
  // and the visits, key-group tags and permits they imply are inserted from them after
  await timed(`persons (${GRIDS * PERSONS_PER_GRID})`, () =>
    db.query(`
      INSERT INTO persons (id, name, document_type, document_enc, document_hash, document_masked, sex, birth_date, household_type, area_code, settled_since,
                           last_visited_on, visit_rule, next_visit_due, key_groups, permit_expires_on)
      SELECT id, name, 'ID_CARD', 'k1:bench:bench:bench', md5('document:' || id), '440118********000X', sex, birth_date, household_type, area_code, settled_since,
             last_visited_on, CASE household_type WHEN 'MIGRANT' THEN 'MIGRANT' ELSE 'OTHER' END,
             coalesce(last_visited_on, settled_since) + CASE household_type WHEN 'MIGRANT' THEN 7 ELSE 182 END,
             key_groups, CASE WHEN household_type = 'MIGRANT' AND r3 < 0.5 THEN current_date + (r3 * 700)::int END
      FROM (SELECT md5('person:' || g.code || ':' || i)::uuid AS id, (ARRAY['王','李','张','刘','陈'])[1 + i % 5] || '某' || i AS name,
                   CASE WHEN i % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END AS sex, date '1940-01-01' + (random() * 30000)::int AS birth_date,
                   CASE WHEN random() < 0.4 THEN 'MIGRANT' ELSE 'LOCAL' END AS household_type, g.code AS area_code,
                   current_date - (random() * 2000)::int AS settled_since,
                   CASE WHEN random() < 0.6 THEN current_date - (random() * 200)::int END AS last_visited_on,
                   CASE WHEN random() < 0.05 THEN ARRAY[(ARRAY['ELDERLY_ALONE','DISABLED','LOW_INCOME','LEFT_BEHIND_CHILD','COMMUNITY_CORRECTION'])[1 + i % 5]] ELSE '{}' END AS key_groups,
                   random() AS r3
            FROM (${GRID_CODES}) g, generate_series(1, ${PERSONS_PER_GRID}) i) x`),
  );
  await timed('residences (one current each)', () =>
    db.query(`
      INSERT INTO residences (id, person_id, house_id, area_code, from_date, reason)
      SELECT md5('residence:' || p.id)::uuid, p.id,
             ${HOUSE_ID('p.area_code', `(1 + abs(hashtext(p.id::text)) % ${BUILDINGS_PER_GRID})::text`, `(1 + abs(hashtext(p.id::text || 'n')) % ${HOUSES_PER_BUILDING})::text`)},
             p.area_code, p.settled_since, 'RENT'
      FROM persons p`),
  );
  await timed('visits, key-group tags and permits', () =>
    db.query(`
      INSERT INTO visits (id, person_id, area_code, visited_on, visitor_id, visitor_name, findings, follow_up_needed)
      SELECT md5('visit:' || p.id)::uuid, p.id, p.area_code, p.last_visited_on, 'bench', '网格员', '正常', false FROM persons p WHERE p.last_visited_on IS NOT NULL;
      INSERT INTO key_group_tags (id, person_id, kind, from_date)
      SELECT md5('tag:' || p.id)::uuid, p.id, p.key_groups[1], current_date - 400 FROM persons p WHERE cardinality(p.key_groups) > 0;
      INSERT INTO residence_permits (id, person_id, number, issued_on, expires_on)
      SELECT md5('permit:' || p.id)::uuid, p.id, 'BENCH' || md5(p.id::text), p.permit_expires_on - 730, p.permit_expires_on FROM persons p WHERE p.permit_expires_on IS NOT NULL;`),
  );
  await timed('analyze', () => db.query('ANALYZE'));
}

interface Result {
  query: string;
  p50: number;
  p95: number;
  max: number;
}

async function main(): Promise<void> {
  const urls = { housing: withDatabase(SERVER, 'linli_bench_housing'), population: withDatabase(SERVER, 'linli_bench_population') };
  say(`Linli statistics benchmark — scale ${SCALE}: ${GRIDS} grids, ${GRIDS * PERSONS_PER_GRID} persons, ${GRIDS * BUILDINGS_PER_GRID * HOUSES_PER_BUILDING} houses`);
  say(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  for (const [name, module, fill] of [
    ['housing', housing, fillHousing],
    ['population', population, fillPopulation],
  ] as const) {
    await dropDatabase(urls[name]);
    await ensureDatabase(urls[name]);
    const { dataSource } = createDataSource({ url: urls[name], migrations: module.migrations, entities: module.entities, poolSize: 2 });
    await dataSource.initialize();
    await migrate(dataSource);
    say(`\n${name}:`);
    await fill(dataSource);
    await dataSource.destroy();
  }

  const env = (name: 'housing' | 'population') =>
    serviceEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: urls[name], NATS_NAMESPACE: `bench${process.pid}`, MIGRATE_ON_START: 'false', LOG_LEVEL: 'silent' });
  const services = [await startService(housing, env('housing')), await startService(population, env('population'))];
  const gateway = await startGateway(
    gatewayEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', HOUSING_URL: services[0].url, POPULATION_URL: services[1].url, RATE_LIMIT_PER_MINUTE: '100000' }),
    { supergraphSdl: composeSupergraph([housing, population].map((m) => ({ name: m.name, typeDefs: m.typeDefs }))) },
  );
  const token = await signCallerToken({ sub: 'bench', name: 'bench', roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, DEV_JWT_SECRET);
  const street = '440118001';
  const community = '440118001001';
  const queries: [string, string][] = [
    ['district dashboard (population + housing)', `{ area(code: "440118") { population { residents migrants locals visitsOverdue } housing { houses rentalHouses accessControlCoverage hazardsOpen onTimeRectificationRate } } }`],
    ['30 communities of a street, one request', `{ areas(within: "${street}", level: COMMUNITY, first: 30) { edges { node { code population { residents migrants } housing { houses rentalHouses hazardsOpen } } } } }`],
    ['a street’s statistics', `{ area(code: "${street}") { population { residents keyGroupMembers { value } permitsValid } housing { houses occupiedHouses } } }`],
    ['a community’s statistics', `{ area(code: "${community}") { population { residents migrants visitsOverdue permitsExpiring } housing { houses hazardsOpen } } }`],
    ['overdue visits of a community, first page', `{ overdueVisits(areaCode: "${community}", first: 20) { totalCount edges { node { daysOverdue } } } }`],
    ['persons of a community by name, first page', `{ persons(filter: { areaCode: "${community}", name: "王" }, first: 20) { totalCount edges { node { id name } } } }`],
    ['rental houses due for inspection in a community', `{ housesDueForInspection(areaCode: "${community}", first: 20) { totalCount edges { node { id } } } }`],
  ];
  const results: Result[] = [];
  say(`\n${'query'.padEnd(50)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
  for (const [label, query] of queries) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) {
      const started = performance.now();
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
      if (i >= 2) times.push(performance.now() - started); // two warm-up runs
    }
    times.sort((a, b) => a - b);
    const result = { query: label, p50: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)], max: times.at(-1)! };
    results.push(result);
    say(`${label.padEnd(50)} ${result.p50.toFixed(0).padStart(8)} ${result.p95.toFixed(0).padStart(8)} ${result.max.toFixed(0).padStart(8)}`);
  }
  say(`\nbench process RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (both services and the gateway in-process)`);

  await gateway.stop();
  for (const service of services) await service.stop();
  if (!process.env.BENCH_KEEP) for (const url of Object.values(urls)) await dropDatabase(url);

  const dir = path.resolve(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `statistics-${SCALE}.json`);
  writeFileSync(file, JSON.stringify({ scale: SCALE, grids: GRIDS, persons: GRIDS * PERSONS_PER_GRID, houses: GRIDS * BUILDINGS_PER_GRID * HOUSES_PER_BUILDING, runs: RUNS, at: new Date().toISOString(), results }, null, 2) + '\n');
  say(`written to ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
