import { connect, headers } from 'nats';
import request from 'supertest';
import { subjectOf } from '@linli/contracts';
import { rows } from '@linli/db';
import { signCallerToken } from '@linli/auth';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { eventually, OwnNatsServer } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { createGrid, GRID, REGISTER_RESIDENCE, registerHouse, registerPerson } from './builders';

const HOUSE = `query ($id: ID!) { house(id: $id) { number occupancy currentResidents { id name } } }`;

describe('the federation, end to end through the gateway', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createGrid(fed, admin);
  });
  afterAll(() => fed.stop());

  it('answers one query from two subgraphs: a house from housing with its residents from population', async () => {
    const houseId = await registerHouse(fed, admin, GRID, '2-201');
    const personId = await registerPerson(fed, admin);
    await eventually(async () => expect((await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId, from: '2026-01-01', reason: 'RENT' } })).registerResidence.userErrors).toEqual([]));
    const data = await eventually(async () => {
      const d = await fed.ok(admin, HOUSE, { id: houseId });
      expect(d.house.currentResidents).toHaveLength(1);
      return d;
    });
    expect(data.house.number).toBe('2-201');
    expect(data.house.currentResidents[0].id).toBe(personId);
  });

  it('carries a residence registered in population to the house’s occupancy in housing within a second', async () => {
    const houseId = await registerHouse(fed, admin, GRID, '3-301');
    const personId = await registerPerson(fed, admin);
    await eventually(async () => expect((await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId, from: '2026-02-01', reason: 'RENT' } })).registerResidence.userErrors).toEqual([]));
    const registeredAt = Date.now();
    await eventually(async () => expect((await fed.ok(admin, HOUSE, { id: houseId })).house.occupancy).toBe(1), 1_000, 20);
    expect(Date.now() - registeredAt).toBeLessThan(1_000);
  });

  it('applies the same event delivered twice only once', async () => {
    const houseId = await registerHouse(fed, admin, GRID, '4-401');
    const personId = await registerPerson(fed, admin);
    await eventually(async () => expect((await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId, from: '2026-03-01', reason: 'RENT' } })).registerResidence.userErrors).toEqual([]));
    await eventually(async () => expect((await fed.ok(admin, HOUSE, { id: houseId })).house.occupancy).toBe(1));

    // deliver the very same envelope again, under a new message id so JetStream's own de-duplication lets it through
    const [{ envelope }] = await rows<{ envelope: { id: string; type: string } }>(
      fed.service('population').deps.dataSource,
      `SELECT envelope FROM outbox WHERE type = 'population.residence.registered' AND envelope->'data'->>'houseId' = $1`,
      [houseId],
    );
    const consumer = fed.service('housing').consumers[0];
    const skippedBefore = consumer.skipped;
    const nc = await connect({ servers: fed.service('housing').deps.env.NATS_URL });
    await nc.jetstream().publish(subjectOf(envelope.type, fed.namespace), JSON.stringify(envelope), { msgID: `${envelope.id}-again`, headers: headers() });
    await nc.close();

    await eventually(() => expect(consumer.skipped).toBe(skippedBefore + 1));
    expect((await fed.ok(admin, HOUSE, { id: houseId })).house.occupancy).toBe(1);
  });

  it('refuses a subgraph called directly without the gateway’s token', async () => {
    const direct = fed.service('population').url;
    const response = await request(direct.replace(/\/graphql$/, '')).post('/graphql').send({ query: '{ persons { totalCount } }' });
    expect(response.status).toBe(401);
    const forged = await request(direct.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('authorization', `Bearer ${admin}`) // a caller token is not an internal token
      .send({ query: '{ persons { totalCount } }' });
    expect(forged.status).toBe(401);
  });

  it('answers 401 at the gateway for a missing, forged or expired caller token', async () => {
    expect((await fed.query(null, '{ persons { totalCount } }')).status).toBe(401);
    const forged = await signCallerToken({ sub: 'x', name: 'x', roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, 'not-the-secret-not-the-secret-not-the-secret');
    const forgedResult = await fed.query(forged, '{ persons { totalCount } }');
    expect(forgedResult.status).toBe(401);
    expect(forgedResult.errors?.[0].message).toMatch(/signature/);
    const expired = await tokenFor('DISTRICT_ADMIN', ['440118'], {}, Math.floor(Date.now() / 1000) - 60);
    const expiredResult = await fed.query(expired, '{ persons { totalCount } }');
    expect(expiredResult.status).toBe(401);
    expect(expiredResult.errors?.[0].message).toMatch(/expired/);
  });

  it('keeps health endpoints open: readiness is the database, the details name the database, NATS and the outbox', async () => {
    const base = fed.service('housing').url.replace(/\/graphql$/, '');
    const health = await request(base).get('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', details: { database: 'up', nats: 'up', outbox: { backlog: expect.any(Number) } } });
    const ready = await request(base).get('/readyz');
    expect(ready.body).toEqual({ status: 'ready', checks: { database: true } });
  });
});

describe('a NATS outage', () => {
  let nats: OwnNatsServer;
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    nats = await OwnNatsServer.start();
    fed = await TestFederation.start([housing, population], { natsUrl: nats.url });
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createGrid(fed, admin);
  });
  afterAll(async () => {
    await fed.stop();
    await nats.destroy();
  });

  it('delays events but loses and doubles none: mutations succeed while NATS is down, events arrive when it is back', async () => {
    const houseIds = [await registerHouse(fed, admin, GRID, '5-501', 4), await registerHouse(fed, admin, GRID, '5-502', 4)];
    const persons = await Promise.all([1, 2, 3].map(() => registerPerson(fed, admin)));
    // population must know the houses before the outage
    await eventually(async () => {
      const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, 'SELECT count(*)::int AS n FROM known_houses');
      expect(n).toBe(2);
    });

    await nats.stop();
    const placements: [string, string][] = [
      [persons[0], houseIds[0]],
      [persons[1], houseIds[0]],
      [persons[2], houseIds[1]],
    ];
    for (const [personId, houseId] of placements) {
      const result = await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId, from: '2026-04-01', reason: 'RENT' } });
      expect(result.registerResidence.userErrors).toEqual([]);
    }
    const unsent = await rows<{ n: number }>(fed.service('population').deps.dataSource, `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND type = 'population.residence.registered'`);
    expect(unsent[0].n).toBe(3);

    await nats.start();
    await eventually(
      async () => {
        const data = await fed.ok(admin, `query ($a: ID!, $b: ID!) { a: house(id: $a) { occupancy } b: house(id: $b) { occupancy } }`, { a: houseIds[0], b: houseIds[1] });
        expect(data).toEqual({ a: { occupancy: 2 }, b: { occupancy: 1 } });
      },
      20_000,
      200,
    );
    const inbox = await rows<{ n: number }>(fed.service('housing').deps.dataSource, `SELECT count(*)::int AS n FROM inbox WHERE type = 'population.residence.registered'`);
    expect(inbox[0].n).toBe(3);
    const occupancies = await rows<{ n: number }>(fed.service('housing').deps.dataSource, `SELECT count(*)::int AS n FROM occupancies`);
    expect(occupancies[0].n).toBe(3);
  });
});
