import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { composeSupergraph, gatewayEnvSchema, startGateway, type RunningGateway } from '../src';
import { supergraphSource } from '../src/supergraph-source';
import { createGrid, GRID, registerPerson } from './builders';

const series = (text: string, name: string) => text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));

describe('the gateway in operation: metrics, an access log, and a subgraph outage', () => {
  let fed: TestFederation;
  let admin: string;
  let personId: string;
  let base: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createGrid(fed, admin);
    personId = await eventually(() => registerPerson(fed, admin), 10_000, 100);
    base = fed.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => fed.stop());

  it('exposes request and subgraph-fetch latency by operation and subgraph, and errors by code, after a request', async () => {
    await fed.ok(admin, `query AreaAndPerson($code: ID!, $id: ID!) { area(code: $code) { name } person(id: $id) { id } }`, { code: GRID, id: personId });
    await fed.query(null, `query Anonymous { area(code: "${GRID}") { name } }`);
    const text = (await request(base).get('/metrics')).text;
    expect(series(text, 'linli_gateway_request_duration_seconds_count')).toContainEqual(expect.stringMatching(/operation="AreaAndPerson".*status="200"/));
    const fetches = series(text, 'linli_gateway_subgraph_fetch_duration_seconds_count').filter((line) => line.includes('operation="AreaAndPerson"'));
    expect(fetches).toContainEqual(expect.stringContaining('subgraph="housing"'));
    expect(fetches).toContainEqual(expect.stringContaining('subgraph="population"'));
    expect(series(text, 'linli_gateway_errors_total')).toContainEqual(expect.stringMatching(/code="UNAUTHENTICATED".* [1-9]/));
  });

  it('exposes each service’s resolver and SQL latency, outbox backlog and consumer lag', async () => {
    await fed.ok(admin, `query PersonById($id: ID!) { person(id: $id) { id } }`, { id: personId });
    const text = (await request(fed.service('population').url.replace(/\/graphql$/, '')).get('/metrics')).text;
    const resolvers = series(text, 'linli_resolver_duration_seconds_count').filter((line) => line.includes('field="person"'));
    expect(resolvers).toContainEqual(expect.stringContaining('type="Query"'));
    expect(series(text, 'linli_sql_duration_seconds_count')).toContainEqual(expect.stringMatching(/statement="outboxAdd"/));
    expect(series(text, 'linli_graphql_requests_total')).toContainEqual(expect.stringMatching(/operation="PersonById".*outcome="ok"/));
    expect(series(text, 'linli_outbox_backlog')).toEqual([expect.stringMatching(/^linli_outbox_backlog\{service="population"\} \d+$/)]);
    expect(series(text, 'linli_outbox_oldest_age_seconds')).toHaveLength(1);
    expect(series(text, 'linli_relay_publish_duration_seconds_count')).toContainEqual(expect.stringMatching(/type="population.person.registered"/));
    expect(series(text, 'linli_consumer_lag_messages')).toContainEqual(expect.stringMatching(/consumer="[a-z-]+"/));
    expect(series(text, 'linli_nats_connected')).toEqual(['linli_nats_connected{service="population"} 1']);
  });

  it('has a Grafana dashboard whose every series is one the gateway or a service exposes', async () => {
    const dashboard = JSON.parse(readFileSync(path.join(__dirname, '../../infra/grafana/linli-dashboard.json'), 'utf8'));
    const expressions: string[] = dashboard.panels.flatMap((panel: { targets: { expr: string }[] }) => panel.targets.map((t) => t.expr));
    const used = new Set(expressions.flatMap((expr) => expr.match(/linli_[a-z_]+/g) ?? []).map((name) => name.replace(/_(bucket|count|sum)$/, '')));
    const exposed = [
      (await request(base).get('/metrics')).text,
      (await request(fed.service('population').url.replace(/\/graphql$/, '')).get('/metrics')).text,
    ].join('\n');
    const types = new Set([...exposed.matchAll(/^# TYPE (linli_[a-z_]+) /gm)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(12);
    expect([...used].filter((name) => !types.has(name))).toEqual([]);
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(12);
  });

  it('writes one access-log line per request with operation, status, duration and request id, and nothing the caller sent', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = { write: (line: string) => lines.push(JSON.parse(line)) };
    const urls = { HOUSING_URL: fed.service('housing').url, POPULATION_URL: fed.service('population').url };
    const gateway = await startGateway(gatewayEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', ...urls }), {
      supergraphSdl: composeSupergraph([housing, population].map((m) => ({ name: m.name, typeDefs: m.typeDefs }))),
      logger: pino({ level: 'info' }, stream),
    });
    try {
      const response = await request(gateway.url.replace(/\/graphql$/, ''))
        .post('/graphql')
        .set('authorization', `Bearer ${admin}`)
        .set('x-request-id', 'req-access-log-1')
        .send({ query: `query PersonName($id: ID!) { person(id: $id) { name } }`, variables: { id: personId }, operationName: 'PersonName' });
      const entries = lines.filter((l) => l.msg === 'request');
      expect(entries).toHaveLength(1);
      // the request id is the gateway's own (the audit trail's); the caller's comes back apart, sanitised
      expect(response.headers['x-client-request-id']).toBe('req-access-log-1');
      expect(entries[0]).toMatchObject({ requestId: response.headers['x-request-id'], operation: 'PersonName', status: 200, durationMs: expect.any(Number) });
      expect(JSON.stringify(entries[0])).not.toMatch(new RegExp(`${personId}|测试居民|Bearer`));
    } finally {
      await gateway.stop();
    }
  });

  it('answers the rest of a query when one subgraph is down, nulls only that subgraph’s fields, and stays ready', async () => {
    const query = `query ($code: ID!, $id: ID!) { area(code: $code) { name level housing { buildings houses } population { residents } } person(id: $id) { id } }`;
    const before = await fed.ok(admin, query, { code: GRID, id: personId });
    expect(before.person.id).toBe(personId);
    expect(before.area.population).toEqual({ residents: expect.any(Number) });

    await fed.service('population').stop();
    const during = await fed.query(admin, query, { code: GRID, id: personId });
    expect(during.status).toBe(200);
    // the area's own fields and housing's figures arrive; population's figures and the person are null
    expect(during.data.area).toEqual({ name: '凤馨苑第一网格', level: 'GRID', housing: before.area.housing, population: null });
    expect(during.data.person).toBeNull();
    expect(during.errors?.length).toBeGreaterThanOrEqual(1);
    for (const error of during.errors ?? []) expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', service: 'population' });
    expect(JSON.stringify(during.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

    const ready = await request(base).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.subgraphs).toMatchObject({ housing: 'up', population: 'down' });
    const text = (await request(base).get('/metrics')).text;
    expect(series(text, 'linli_gateway_subgraph_up')).toEqual(expect.arrayContaining(['linli_gateway_subgraph_up{subgraph="population",service="gateway"} 0']));
  });
});

describe('a supergraph rolled out as a file, without a restart', () => {
  let fed: TestFederation;
  let gateway: RunningGateway;
  let dir: string;
  let file: string;
  let admin: string;
  const compose = (modules: (typeof housing | typeof population)[]) => composeSupergraph(modules.map((m) => ({ name: m.name, typeDefs: m.typeDefs })));
  /** Replaces the file in one step, as the kubelet swaps a ConfigMap's files: a poll never sees half a file. */
  const publish = (sdl: string) => {
    writeFileSync(`${file}.next`, sdl);
    renameSync(`${file}.next`, file);
  };
  const persons = () =>
    request(gateway.url.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('authorization', `Bearer ${admin}`)
      .send({ query: '{ persons(first: 1) { totalCount } }' });

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    dir = mkdtempSync(path.join(os.tmpdir(), 'linli-supergraph-'));
    file = path.join(dir, 'supergraph.graphql');
    // the first version knows housing only: population's fields are not in it yet
    writeFileSync(file, compose([housing]));
    gateway = await startGateway(
      gatewayEnvSchema.parse({
        NODE_ENV: 'test',
        PORT: '0',
        LOG_LEVEL: 'silent',
        SUPERGRAPH_PATH: file,
        SUPERGRAPH_POLL_MS: '100',
        HOUSING_URL: fed.service('housing').url,
        POPULATION_URL: fed.service('population').url,
      }),
    );
  });
  afterAll(async () => {
    await gateway.stop();
    await fed.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the new fields once a new supergraph file is written, and keeps the old one when the next file is garbage', async () => {
    expect((await persons()).body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    publish(compose([housing, population]));
    await eventually(async () => expect((await persons()).body).toEqual({ data: { persons: { totalCount: 0 } } }), 20_000, 100);

    publish('schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Nope }\ngarbage {');
    await eventually(
      async () => expect((await request(gateway.url.replace(/\/graphql$/, '')).get('/healthz')).body.supergraph.rejected).toBeDefined(),
      5_000,
      100,
    );
    expect((await persons()).body).toEqual({ data: { persons: { totalCount: 0 } } });
    const text = (await request(gateway.url.replace(/\/graphql$/, '')).get('/metrics')).text;
    expect(text).toMatch(/linli_gateway_supergraph_reloads_total\{outcome="swapped",service="gateway"\} 1/);
    expect(text).toMatch(/linli_gateway_supergraph_reloads_total\{outcome="refused",service="gateway"\} 1/);
  });

  it('reports a supergraph handed in as a string as loaded, with nothing to watch', async () => {
    const source = supergraphSource({ sdl: compose([housing]) }, pino({ level: 'silent' }));
    const loaded = await source.hook({ update: () => undefined, healthCheck: async () => undefined, getDataSource: () => undefined as never });
    expect(loaded.supergraphSdl).toContain('HOUSING');
    expect(source.state).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{64}$/), swaps: 0, file: undefined });
  });
});
