import request from 'supertest';
import { probeSubgraph as probe } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';

/** Every URL a page loads from a server: script src, link href, img src (inline data: URLs load from nowhere). */
function assetUrls(html: string): string[] {
  return [...html.matchAll(/<(?:script|link|img)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((url) => !url.startsWith('data:'));
}

describe('the explorer the gateway serves to a browser', () => {
  let fed: TestFederation;
  let base: string;

  beforeAll(async () => {
    fed = await TestFederation.start([probe]);
    base = fed.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => fed.stop());

  it.each(['/', '/graphql'])('answers a browser at %s with the GraphiQL page, without a token', async (at) => {
    const response = await request(base).get(at).set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toMatch(/GraphiQL/);
  });

  it('references no URL outside the gateway, and the gateway serves every asset it references', async () => {
    const html = (await request(base).get('/').set('accept', 'text/html')).text;
    expect(html).not.toMatch(/https?:\/\//);
    const urls = assetUrls(html);
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) {
      const asset = await request(base).get(url);
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
      expect(asset.headers['content-type']).toMatch(/javascript|css/);
      expect(Number(asset.headers['content-length'] ?? asset.text.length)).toBeGreaterThan(100);
    }
  });

  it('offers a header editor with a place for the token', async () => {
    const start = (await request(base).get('/explorer/start.js')).text;
    expect(start).toMatch(/headerEditorEnabled: true/);
    expect(start).toMatch(/Authorization: 'Bearer /);
  });

  it('leaves API callers alone: JSON without a token is still refused, JSON with one is answered', async () => {
    expect((await request(base).get('/graphql').set('accept', 'application/json')).status).toBe(401);
    const data = await fed.ok(await tokenFor('DISTRICT_ADMIN', ['440118']), '{ whoami { id } }');
    expect(data.whoami.id).toBe('user-district_admin');
  });

  it('answers an unknown explorer asset with 404', async () => {
    expect((await request(base).get('/explorer/secrets.js')).status).toBe(404);
  });
});

describe('the explorer in production', () => {
  let fed: TestFederation;
  let base: string;
  const internalSecret = 'an-internal-secret-only-for-this-production-test';

  beforeAll(async () => {
    fed = await TestFederation.start([probe], {
      internalSecret,
      gatewayEnv: { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-caller-secret-only-for-this-production-test' },
    });
    base = fed.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => fed.stop());

  it('is off: no page, no assets, and /graphql asks a browser for a token', async () => {
    expect((await request(base).get('/').set('accept', 'text/html')).status).toBe(404);
    expect((await request(base).get('/explorer/graphiql.js')).status).toBe(404);
    expect((await request(base).get('/graphql').set('accept', 'text/html')).status).toBe(401);
  });
});
