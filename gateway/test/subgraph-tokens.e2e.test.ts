import request from 'supertest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { signInternalToken, type Viewer } from '@linli/auth';
import { DEV_INTERNAL_SECRET } from '@linli/config';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { volunteering } from '@linli/volunteering';
import { TestFederation, tokenFor } from '@linli/infra/testing';

const admin: Viewer = { id: 'attacker', name: 'x', roles: ['DISTRICT_ADMIN'], areas: ['440118'], orgs: [], requestId: 'r' };
const secret = new TextEncoder().encode(DEV_INTERNAL_SECRET);
const QUERY = { query: '{ _service { sdl } }' };

/** Every subgraph accepts only the gateway's internal token, minted for it, unexpired, signed. */
describe('every subgraph called directly', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population, organizations, mediation, volunteering]);
  });
  afterAll(() => fed.stop());

  const names = ['housing', 'population', 'organizations', 'mediation', 'volunteering'] as const;
  const post = (name: (typeof names)[number], token?: string) => {
    const req = request(fed.service(name).url.replace(/\/graphql$/, '')).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(QUERY);
  };

  it.each(names)('%s answers 401 without a token, with a caller token, a token for another subgraph, an expired one and an unsigned one', async (name) => {
    const other = name === 'housing' ? 'population' : 'housing';
    const attempts = {
      none: undefined,
      callerToken: await tokenFor('DISTRICT_ADMIN', ['440118']),
      wrongAudience: await signInternalToken(admin, other, DEV_INTERNAL_SECRET),
      expired: await signInternalToken(admin, name, DEV_INTERNAL_SECRET, -5),
      unsigned: new UnsecuredJWT({ roles: ['DISTRICT_ADMIN'], areas: ['440118'] }).setSubject('x').setIssuer('linli-gateway').setAudience(name).setExpirationTime('1m').encode(),
      wrongIssuer: await new SignJWT({ roles: ['DISTRICT_ADMIN'], areas: ['440118'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setIssuer('somebody-else')
        .setAudience(name)
        .setIssuedAt()
        .setExpirationTime('1m')
        .sign(secret),
    };
    for (const [attempt, token] of Object.entries(attempts)) {
      const response = await post(name, token);
      expect({ attempt, status: response.status }).toEqual({ attempt, status: 401 });
      expect(response.body.data).toBeUndefined();
    }
    expect((await post(name, await signInternalToken(admin, name, DEV_INTERNAL_SECRET))).status).toBe(200);
  });

  it.each(names)('%s keeps its health endpoints open', async (name) => {
    const base = fed.service(name).url.replace(/\/graphql$/, '');
    expect((await request(base).get('/healthz')).status).toBe(200);
    expect((await request(base).get('/readyz')).status).toBe(200);
  });
});
