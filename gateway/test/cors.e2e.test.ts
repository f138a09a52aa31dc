import request from 'supertest';
import { probeSubgraph as probe } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

const APP = 'http://127.0.0.1:5173';
const STRANGER = 'http://evil.example';

describe('the gateway’s CORS for browser apps on other origins', () => {
  let fed: TestFederation;
  let base: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe], { gatewayEnv: { CORS_ORIGINS: `${APP}, http://localhost:8080/` } });
    base = fed.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => fed.stop());

  const preflight = (origin: string) =>
    request(base)
      .options('/graphql')
      .set('origin', origin)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type');

  it('answers a preflight from a listed origin without a token, allowing the token and JSON headers', async () => {
    const response = await preflight(APP);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(response.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(response.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(response.headers['access-control-allow-headers']).toMatch(/content-type/);
    expect(response.headers.vary).toMatch(/Origin/i);
  });

  it('accepts an origin listed with a trailing slash', async () => {
    expect((await preflight('http://localhost:8080')).headers['access-control-allow-origin']).toBe('http://localhost:8080');
  });

  it('gives an origin not on the list no CORS headers at all', async () => {
    const response = await preflight(STRANGER);
    expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const answer = await request(base)
      .post('/graphql')
      .set('origin', STRANGER)
      .set('authorization', `Bearer ${await tokenFor('DISTRICT_ADMIN', ['440118'])}`)
      .send({ query: '{ whoami { id } }' });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets a listed origin read the answer and the request id', async () => {
    const response = await request(base)
      .post('/graphql')
      .set('origin', APP)
      .set('authorization', `Bearer ${await tokenFor('DISTRICT_ADMIN', ['440118'])}`)
      .send({ query: '{ whoami { id } }' });
    expect(response.status).toBe(200);
    expect(response.body.data.whoami.id).toBe('user-district_admin');
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(response.headers['access-control-expose-headers']).toMatch(/x-request-id/);
  });

  it('lets a listed origin read why its token was refused, so the app can send the user back to sign in', async () => {
    const expired = await tokenFor('COMMUNITY_WORKER', ['440118001001'], {}, Math.floor(Date.now() / 1000) - 60);
    const response = await request(base).post('/graphql').set('origin', APP).set('authorization', `Bearer ${expired}`).send({ query: '{ whoami { id } }' });
    expect(response.status).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(response.body.errors[0].message).toMatch(/invalid token.*exp/);
  });
});
