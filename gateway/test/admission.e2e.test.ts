import http from 'node:http';
import { SignJWT } from 'jose';
import request from 'supertest';
import { DEV_JWT_SECRET } from '@linli/config';
import { dropDatabase, ensureDatabase } from '@linli/db';
import { gatewayEnvSchema, startGateway, composeSupergraph, type RunningGateway } from '@linli/gateway';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { probeSubgraph as probe, uniqueDatabaseUrl } from '@linli/testing';

const AREA = '440118001001001';
const now = () => Math.floor(Date.now() / 1000);

function signed(claims: { iat?: number; nbf?: number; exp: number }, sub = 'clock'): Promise<string> {
  const jwt = new SignJWT({ name: 'x', roles: ['GRID_WORKER'], areas: [AREA] }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setExpirationTime(claims.exp);
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
  return jwt.sign(new TextEncoder().encode(DEV_JWT_SECRET));
}

const base = (fed: TestFederation) => fed.gateway.url.replace(/\/graphql$/, '');

describe('caller tokens at the gateway', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000' } });
  });
  afterAll(() => fed.stop());

  it('refuses a token that expires a hundred years after it was issued, saying why', async () => {
    const result = await fed.query(await signed({ iat: now(), exp: now() + 100 * 365 * 86400 }), '{ whoami { id } }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0].message).toMatch(/longer than the maximum of 43200 s/);
  });

  it('refuses a token issued ten years ahead, and one not valid for another minute', async () => {
    const ahead = now() + 10 * 365 * 86400;
    const future = await fed.query(await signed({ iat: ahead, exp: ahead + 600 }), '{ whoami { id } }');
    expect(future.status).toBe(401);
    expect(future.errors?.[0].message).toMatch(/issued in the future/);
    const early = await fed.query(await signed({ iat: now(), nbf: now() + 60, exp: now() + 600 }), '{ whoami { id } }');
    expect(early.status).toBe(401);
    expect(early.errors?.[0].message).toMatch(/nbf/);
  });

  it('accepts a twelve-hour token whose clock runs twenty seconds ahead', async () => {
    const result = await fed.query(await signed({ iat: now() + 20, exp: now() + 12 * 3600 }), '{ whoami { id } }');
    expect(result.status).toBe(200);
    expect(result.data.whoami.id).toBe('clock');
  });
});

describe('request ids', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe]);
  });
  afterAll(() => fed.stop());

  const whoami = (headers: Record<string, string>) =>
    tokenFor('GRID_WORKER', [AREA], { sub: 'ids' }).then((token) => {
      const req = request(base(fed)).post('/graphql').set('authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(headers)) req.set(name, value);
      return req.send({ query: '{ whoami { requestId clientRequestId } }' });
    });

  it('mints its own request id for the audit, keeping the caller’s apart as clientRequestId', async () => {
    const response = await whoami({ 'x-request-id': 'forged-audit-id' });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.headers['x-client-request-id']).toBe('forged-audit-id');
    expect(response.body.data.whoami).toEqual({ requestId: response.headers['x-request-id'], clientRequestId: 'forged-audit-id' });
  });

  it('drops a caller’s request id that is not printable ASCII of at most 64 characters', async () => {
    for (const forged of ['a'.repeat(65), 'caf\u00e9', 'with space', 'tab\there']) {
      const response = await whoami({ 'x-request-id': forged });
      expect(response.body.data.whoami.clientRequestId).toBeNull();
      expect(response.body.data.whoami.requestId).toBe(response.headers['x-request-id']);
      expect(response.headers['x-client-request-id']).toBeUndefined();
    }
  });

  it('gives every request a new id', async () => {
    const [a, b] = [await whoami({}), await whoami({})];
    expect(a.headers['x-request-id']).not.toEqual(b.headers['x-request-id']);
  });
});

describe('the rate limit for callers without a valid token', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5' } });
  });
  afterAll(() => fed.stop());

  it('answers 429 with Retry-After to an address that floods the gateway with missing and forged tokens, while valid callers pass', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fed.query(`forged.${i}.token`, '{ whoami { id } }')).status);
    for (let i = 0; i < 3; i++) statuses.push((await fed.query(null, '{ whoami { id } }')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const limited = await request(base(fed)).post('/graphql').send({ query: '{ whoami { id } }' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await fed.query(await tokenFor('GRID_WORKER', [AREA], { sub: 'honest' }), '{ whoami { id } }')).status).toBe(200);
  });
});

describe('the rate limit shared by every gateway replica', () => {
  let fed: TestFederation;
  let second: RunningGateway;
  const databaseUrl = uniqueDatabaseUrl('gateway_limits');

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    const shared = { RATE_LIMIT_PER_MINUTE: '4', DATABASE_URL: databaseUrl };
    fed = await TestFederation.start([probe], { gatewayEnv: shared });
    second = await startGateway(gatewayEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', HOUSING_URL: fed.service('housing').url, ...shared }), {
      supergraphSdl: composeSupergraph([{ name: probe.name, typeDefs: probe.typeDefs }]),
    });
  });
  afterAll(async () => {
    await second?.stop();
    await fed?.stop();
    await dropDatabase(databaseUrl);
  });

  it('counts a caller’s requests across both replicas: the fifth a minute is refused wherever it lands', async () => {
    const token = await tokenFor('GRID_WORKER', [AREA], { sub: 'spread' });
    const post = (url: string) => request(url.replace(/\/graphql$/, '')).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: '{ whoami { id } }' });
    const statuses: number[] = [];
    for (const url of [fed.gateway.url, second.url, fed.gateway.url, second.url, fed.gateway.url, second.url]) statuses.push((await post(url)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('keeps the buckets in PostgreSQL, one row per caller', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT key FROM gateway_rate_limits WHERE key = 'caller:spread'`);
      expect(rows).toEqual([{ key: 'caller:spread' }]);
    } finally {
      await client.end();
    }
  });
});

describe('oversized headers', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { MAX_HEADER_BYTES: '4096' } });
  });
  afterAll(() => fed.stop());

  it('answers 431 with a JSON reason, and serves the next caller', async () => {
    const { port } = new URL(fed.gateway.url);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'x-padding': 'x'.repeat(8000) } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end(JSON.stringify({ query: '{ whoami { id } }' }));
    });
    expect(answer.status).toBe(431);
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: 'request headers exceed the maximum size', extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' } }] });
    expect((await fed.query(await tokenFor('GRID_WORKER', [AREA]), '{ whoami { id } }')).status).toBe(200);
  });
});

describe('listening', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe]);
  });
  afterAll(() => fed.stop());

  it('binds the gateway and the subgraphs to 127.0.0.1 by default', () => {
    expect(gatewayEnvSchema.parse({}).HOST).toBe('127.0.0.1');
    expect(fed.gateway.host).toBe('127.0.0.1');
    expect(fed.service('housing').host).toBe('127.0.0.1');
  });
});
