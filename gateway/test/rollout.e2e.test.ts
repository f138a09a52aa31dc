import http from 'node:http';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { housing } from '@linli/housing';
import { dropDatabase, eventually, freePort } from '@linli/testing';
import { gql, startService, type RunningService, type ServiceModule } from '@linli/subgraph';
import { testServiceEnv, tokenFor } from '@linli/infra/testing';
import { composeSupergraph, gatewayEnvSchema, startGateway, type RunningGateway } from '../src';

/** The next release of housing: one field added, everything else as it was. */
const addition = gql`
  extend type Query {
    "A field only the new release of housing has: the additive change being rolled out."
    rolloutProbe: String!
  }
`;
const housingNext = {
  ...housing,
  typeDefs: { kind: 'Document', definitions: [...housing.typeDefs.definitions, ...addition.definitions] } as DocumentNode,
  resolvers: { ...housing.resolvers, Query: { ...(housing.resolvers as any).Query, rolloutProbe: () => 'served by the new release' } },
  // a new field names its rule like every other (a service refuses to start otherwise)
  access: { ...housing.access, rules: { ...housing.access.rules, 'Query.rolloutProbe': 'area.read' } },
} as ServiceModule<any>;

/** A Kubernetes Service in miniature: requests go round-robin to the replicas listed. */
function roundRobin(replicas: () => string[]): Promise<{ url: string; close(): Promise<void> }> {
  let next = 0;
  const server = http.createServer((req, res) => {
    const targets = replicas();
    const target = new URL(targets[next++ % targets.length]);
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return freePort().then(
    (port) =>
      new Promise((resolve) =>
        server.listen(port, '127.0.0.1', () =>
          resolve({ url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise<void>((done) => server.close(() => done())) }),
        ),
      ),
  );
}

describe('a rolling update of one subgraph with an additive change, old and new replicas side by side', () => {
  let old: RunningService;
  let next: RunningService;
  let replicas: string[];
  let proxy: { url: string; close(): Promise<void> };
  let gateway: RunningGateway;
  let dir: string;
  let file: string;
  let admin: string;
  const publish = (modules: ServiceModule<any>[]) => {
    writeFileSync(`${file}.next`, composeSupergraph(modules.map((m) => ({ name: m.name, typeDefs: m.typeDefs }))));
    renameSync(`${file}.next`, file);
  };
  const ask = async (query: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  /** Ten requests one after another: concurrent identical queries would be shared by the gateway and reach one replica. */
  const askMany = async (query: string) => {
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await ask(query));
    return answers;
  };

  beforeAll(async () => {
    // both releases share one database, as two ReplicaSets of one Deployment do
    const env = testServiceEnv('housing');
    old = await startService(housing, env);
    next = await startService(housingNext, env);
    replicas = [old.url, next.url];
    proxy = await roundRobin(() => replicas);
    dir = mkdtempSync(path.join(os.tmpdir(), 'linli-rollout-'));
    file = path.join(dir, 'supergraph.graphql');
    publish([housing]);
    gateway = await startGateway(
      gatewayEnvSchema.parse({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: '100', HOUSING_URL: proxy.url }),
    );
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
  });
  afterAll(async () => {
    await gateway.stop();
    await proxy.close();
    await old.stop();
    await next.stop();
    await dropDatabase(old.deps.env.DATABASE_URL);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every existing query from either release while the old supergraph is served', async () => {
    const answers = await askMany('{ estates(first: 1) { totalCount } }');
    expect(answers.map((a) => a.errors ?? a.data)).toEqual(answers.map(() => ({ estates: { totalCount: 0 } })));
  });

  it('fails the new field on old replicas if the supergraph is published too early, which is why it comes last', async () => {
    publish([housingNext]);
    await eventually(
      async () =>
        expect(((await (await fetch(gateway.url.replace(/\/graphql$/, '/healthz'))).json()) as { supergraph: { swaps: number } }).supergraph.swaps).toBe(1),
      20_000,
      100,
    );
    const answers = await askMany('{ rolloutProbe }');
    const served = answers.filter((a) => a.data?.rolloutProbe === 'served by the new release').length;
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(answers.length);
    // existing fields are unaffected by the mix
    expect((await askMany('{ estates(first: 1) { totalCount } }')).every((a) => !a.errors)).toBe(true);
  });

  it('serves the new field from every request once only new replicas remain', async () => {
    replicas = [next.url];
    const answers = await askMany('{ rolloutProbe estates(first: 1) { totalCount } }');
    expect(answers.map((a) => a.errors ?? a.data)).toEqual(answers.map(() => ({ rolloutProbe: 'served by the new release', estates: { totalCount: 0 } })));
  });
});
