import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDashboard, type DashboardServer } from '@linli/dashboard';

describe('the dashboard’s static server', () => {
  let server: DashboardServer;
  let gatewayUrl = 'http://127.0.0.1:4000/graphql';

  beforeAll(async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'linli-dashboard-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(path.dirname(dist), 'secret.txt'), 'not for the web');
    server = await serveDashboard({ dist, gatewayUrl: () => gatewayUrl });
  });
  afterAll(() => server.stop());

  it('serves the built page and its assets with their types', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/dashboard/);
    const asset = await fetch(new URL('assets/app.js', server.url));
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('tells the page where the gateway is', async () => {
    expect(await (await fetch(new URL('config.json', server.url))).json()).toEqual({ gatewayUrl: 'http://127.0.0.1:4000/graphql' });
    gatewayUrl = 'http://127.0.0.1:4100/graphql';
    expect(await (await fetch(new URL('config.json', server.url))).json()).toEqual({ gatewayUrl });
  });

  it('answers a path outside the build, or unknown, with the page and never the file', async () => {
    // raw paths, as a hostile client sends them (fetch would normalise the dots away)
    for (const raw of ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/areas/440118']) {
      const body = await new Promise<string>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port: server.port, path: raw }, (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve(text));
          })
          .on('error', reject),
      );
      expect({ raw, body }).toEqual({ raw, body: expect.stringMatching(/<title>dashboard/) });
    }
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
