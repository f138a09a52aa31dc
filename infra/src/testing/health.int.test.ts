import request from 'supertest';
import { createDataSource, withDatabase } from '@linli/db';
import { eventually, OwnNatsServer, probeSubgraph } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

describe('a service’s health while NATS is away', () => {
  let nats: OwnNatsServer;
  let fed: TestFederation;
  let base: string;

  beforeAll(async () => {
    nats = await OwnNatsServer.start();
    fed = await TestFederation.start([probeSubgraph], { natsUrl: nats.url });
    base = fed.service('housing').url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await fed.stop();
    await nats.destroy();
  });

  it('stays ready and live, reports NATS down in /healthz and in linli_nats_connected, and recovers when NATS is back', async () => {
    expect((await request(base).get('/healthz')).body).toMatchObject({
      status: 'ok',
      details: { database: 'up', nats: 'up', outbox: { backlog: 0, deadLetters: 0 } },
    });

    await nats.stop();
    await eventually(
      async () => expect((await request(base).get('/healthz')).body).toMatchObject({ status: 'degraded', details: { database: 'up', nats: 'down' } }),
      10_000,
      100,
    );
    const ready = await request(base).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: true } });
    await eventually(async () => expect((await request(base).get('/metrics')).text).toMatch(/^linli_nats_connected\{service="housing"\} 0$/m), 10_000, 100);
    // the subgraph still answers while its events would wait
    expect((await fed.ok(await tokenFor('DISTRICT_ADMIN', ['440118']), '{ nodes(first: 1) { id } }')).nodes).toEqual([{ id: 'n0' }]);

    await nats.start();
    await eventually(async () => expect((await request(base).get('/healthz')).body).toMatchObject({ status: 'ok', details: { nats: 'up' } }), 15_000, 200);
    await eventually(async () => expect((await request(base).get('/metrics')).text).toMatch(/^linli_nats_connected\{service="housing"\} 1$/m), 15_000, 200);
  });

  it('answers /readyz 503 when its database is gone, and /healthz still 200 (the process is alive)', async () => {
    const service = fed.service('housing');
    const { dataSource } = service.deps;
    // end every connection of this database and refuse new ones, as an outage of PostgreSQL would
    const name = new URL(service.deps.env.DATABASE_URL).pathname.slice(1);
    const { dataSource: admin } = createDataSource({ url: withDatabase(service.deps.env.DATABASE_URL, 'postgres'), migrations: [], poolSize: 1 });
    await admin.initialize();
    try {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
      await eventually(async () => expect((await request(base).get('/readyz')).status).toBe(503), 10_000, 100);
      const health = await request(base).get('/healthz');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', details: { database: 'down' } });
    } finally {
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
      await admin.destroy();
    }
    await eventually(async () => expect((await request(base).get('/readyz')).status).toBe(200), 10_000, 200);
    expect(dataSource.isInitialized).toBe(true);
  });
});
