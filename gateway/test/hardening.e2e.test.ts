import request from 'supertest';
import { signCallerToken } from '@linli/auth';
import { probeSubgraph as probe } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

describe('the gateway’s limits', () => {
  let fed: TestFederation;
  let token: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], {
      gatewayEnv: { MAX_DEPTH: '4', MAX_ALIASES: '5', MAX_COST: '500', MAX_DOCUMENT_BYTES: '2000', RATE_LIMIT_PER_MINUTE: '1000' },
    });
    token = await tokenFor('DISTRICT_ADMIN', ['440118']);
  });
  afterAll(() => fed.stop());

  it('refuses a query nested deeper than the maximum depth, naming the limit', async () => {
    const result = await fed.query(token, `{ nodes(first: 1) { children(first: 1) { children(first: 1) { children(first: 1) { children(first: 1) { id } } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth', value: 6, max: 4 });
    expect(result.errors?.[0].message).toMatch(/maximum depth of 4/);
  });

  it('counts depth through fragments, so a fragment cannot hide nesting', async () => {
    const query = `query { nodes(first: 1) { ...deep } } fragment deep on Node { children(first: 1) { children(first: 1) { children(first: 1) { children(first: 1) { id } } } } }`;
    expect((await fed.query(token, query)).errors?.[0].extensions).toMatchObject({ limit: 'depth' });
  });

  it('refuses an alias flood', async () => {
    const flood = `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: nodes(first: 1) { id }`).join(' ')} }`;
    const result = await fed.query(token, flood);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases', value: 12, max: 5 });
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const result = await fed.query(token, `{ nodes(first: 30) { children(first: 30) { id } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', max: 500 });
  });

  it('counts a page size given in a variable toward the cost', async () => {
    const query = `query ($n: Int) { nodes(first: $n) { children(first: $n) { id } } }`;
    expect((await fed.query(token, query, { n: 5 })).status).toBe(200);
    expect((await fed.query(token, query, { n: 30 })).errors?.[0].extensions).toMatchObject({ limit: 'cost' });
  });

  it('refuses a document larger than the maximum size before parsing it', async () => {
    const result = await fed.query(token, `{ nodes(first: 1) { id } } # ${'x'.repeat(3000)}`);
    expect(result.status).toBe(413);
    expect(result.errors?.[0].message).toMatch(/maximum size of 2000 bytes/);
  });

  it('answers a body far over the size limit with the same JSON error shape', async () => {
    const response = await request(fed.gateway.url.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .send(JSON.stringify({ query: '{ nodes(first: 1) { id } }', variables: { padding: 'x'.repeat(20_000) } }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('QUERY_LIMIT_EXCEEDED');
  });

  it('answers a query within every limit, forwarding the caller’s identity to the subgraph', async () => {
    const data = await fed.ok(token, `{ nodes(first: 2) { id children(first: 2) { id } } whoami { id roles areas } }`);
    expect(data.nodes).toEqual([
      { id: 'n0', children: [{ id: 'n0.0' }, { id: 'n0.1' }] },
      { id: 'n1', children: [{ id: 'n1.0' }, { id: 'n1.1' }] },
    ]);
    expect(data.whoami).toEqual({ id: 'user-district_admin', roles: ['DISTRICT_ADMIN'], areas: ['440118'] });
  });

  it('ignores identity headers a client adds: only the signed token says who the caller is', async () => {
    const response = await request(fed.gateway.url.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('authorization', `Bearer ${await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'worker' })}`)
      .set('x-user-id', 'admin')
      .set('x-roles', 'DISTRICT_ADMIN')
      .send({ query: '{ whoami { id roles areas } }' });
    expect(response.body.data.whoami).toEqual({ id: 'worker', roles: ['GRID_WORKER'], areas: ['440118001001001'] });
  });
});

describe('the gateway’s rate limit', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => fed.stop());

  it('answers 429 with Retry-After once a caller spends their requests, without touching other callers', async () => {
    const greedy = await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'greedy' });
    const other = await tokenFor('GRID_WORKER', ['440118001001001'], { sub: 'other' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fed.query(greedy, '{ nodes(first: 1) { id } }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await request(fed.gateway.url.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('authorization', `Bearer ${greedy}`)
      .send({ query: '{ nodes(first: 1) { id } }' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await fed.query(other, '{ nodes(first: 1) { id } }')).status).toBe(200);
  });
});

describe('the gateway in production mode', () => {
  const callerSecret = 'production-caller-secret-0123456789-abcdef';
  let fed: TestFederation;
  let token: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], {
      internalSecret: 'production-internal-secret-0123456789-abcdef',
      gatewayEnv: { NODE_ENV: 'production', AUTH_JWT_SECRET: callerSecret },
    });
    token = await signCallerToken({ sub: 'admin', name: 'admin', roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, callerSecret);
  });
  afterAll(() => fed.stop());

  it('turns introspection off', async () => {
    const result = await fed.query(token, '{ __schema { types { name } } }');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions that would reveal the schema', async () => {
    const result = await fed.query(token, '{ nodez { id } }');
    expect(result.errors?.[0].message).toMatch(/Cannot query field "nodez"/);
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('masks internal errors: the caller learns nothing of hosts or users', async () => {
    const result = await fed.query(token, '{ nodes(first: 1) { id broken } }');
    expect(result.data).toEqual({ nodes: [{ id: 'n0', broken: null }] });
    expect(JSON.stringify(result.body)).not.toMatch(/10\.0\.0\.5|linli_admin/);
    expect(result.errors?.[0].message).toBe('the housing service could not answer this field');
  });

  it('keeps CSRF prevention on: a request a browser form could send is refused', async () => {
    const response = await request(fed.gateway.url.replace(/\/graphql$/, '')).get('/graphql?query=%7Bnodes%7Bid%7D%7D').set('authorization', `Bearer ${token}`);
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('still answers a proper request', async () => {
    expect(await fed.ok(token, '{ nodes(first: 1) { id } }')).toEqual({ nodes: [{ id: 'n0' }] });
  });
});
