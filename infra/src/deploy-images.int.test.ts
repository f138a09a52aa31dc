import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { signCallerToken } from '@linli/auth';
import { dropDatabase, withDatabase } from '@linli/db';
import { deleteStreams, eventually, freePort, TEST_NATS_URL, TEST_SERVER_URL, uniqueNamespace, uniqueSuffix } from '@linli/testing';
import { prepareService } from './dev/prepare';
import { SERVICES, type ServiceName } from './dev/modules';

/**
 * No Docker engine runs here, so each image is reproduced as its Dockerfile builds it: the
 * workspace built, `pnpm deploy --prod` of the one package, then the image's CMD run in that
 * directory with the image's ENV and the environment docker-compose.yml gives the container;
 * only the addresses of PostgreSQL and NATS, the ports and the database names are local ones.
 */
const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const PROCESSES = ['gateway', ...SERVICES] as const;
type ProcessName = (typeof PROCESSES)[number];
const folderOf = (name: ProcessName) => (name === 'gateway' ? 'gateway' : `services/${name}`);

/** The image's ENV and CMD, read from its Dockerfile's last stage. */
function dockerfile(name: ProcessName): { env: Record<string, string>; cmd: string[] } {
  const text = readFileSync(path.join(ROOT, folderOf(name), 'Dockerfile'), 'utf8');
  const lastStage = text.slice(text.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const line of lastStage.match(/^ENV .*$/gm) ?? []) for (const [, key, value] of line.slice(4).matchAll(/(\w+)=(\S+)/g)) env[key] = value;
  const cmd = /^CMD (\[.*\])$/m.exec(lastStage);
  if (!cmd) throw new Error(`${name}'s Dockerfile has no exec-form CMD`);
  return { env, cmd: JSON.parse(cmd[1]) };
}

/** Files whose change calls for a new deploy: the lockfile and every built package. */
function buildFingerprint(): string {
  const hash = createHash('sha256').update(readFileSync(path.join(ROOT, 'pnpm-lock.yaml')));
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        hash.update(`${full}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const group of ['shared', 'services']) for (const pkg of readdirSync(path.join(ROOT, group))) walk(path.join(ROOT, group, pkg, 'dist'));
  walk(path.join(ROOT, 'gateway', 'dist'));
  hash.update(readFileSync(path.join(ROOT, 'gateway', 'supergraph.graphql')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds the workspace (incremental) and deploys the six packages, reusing the deploy of an
 * identical build from an earlier run; three deploys at a time.
 */
async function deployAll(): Promise<Record<ProcessName, string>> {
  await execFileAsync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: ROOT });
  const base = path.join(os.tmpdir(), 'linli-deploy', buildFingerprint());
  const dirs = Object.fromEntries(PROCESSES.map((name) => [name, path.join(base, name)])) as Record<ProcessName, string>;
  const queue = PROCESSES.filter((name) => !existsSync(path.join(dirs[name], '.deployed')));
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const staging = `${dirs[name]}.${process.pid}`;
      rmSync(staging, { recursive: true, force: true });
      await execFileAsync('pnpm', ['--filter', `@linli/${name}`, 'deploy', '--prod', '--legacy', '--offline', staging], {
        cwd: ROOT,
        maxBuffer: 16 * 1024 * 1024,
      });
      writeFileSync(path.join(staging, '.deployed'), new Date().toISOString());
      rmSync(dirs[name], { recursive: true, force: true });
      mkdirSync(base, { recursive: true });
      renameSync(staging, dirs[name]);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  // deploys of older builds go after an hour (a run of another checkout may still use a recent one)
  for (const old of readdirSync(path.dirname(base))) {
    const dir = path.join(path.dirname(base), old);
    if (dir !== base && Date.now() - statSync(dir).mtimeMs > 3_600_000) rmSync(dir, { recursive: true, force: true });
  }
  return dirs;
}

/** Compose's ${VAR:?message} and ${VAR:-default}, filled from the given values. */
function interpolate(value: unknown, vars: Record<string, string>): string {
  return String(value).replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_m, key: string, fallback?: string) => vars[key] ?? fallback ?? '');
}

describe('the images, run as their Dockerfiles and docker-compose.yml run them', () => {
  const namespace = uniqueNamespace();
  const suffix = uniqueSuffix();
  const secrets: Record<string, string> = {
    INTERNAL_JWT_SECRET: randomBytes(24).toString('hex'),
    AUTH_JWT_SECRET: randomBytes(24).toString('hex'),
    PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(24).toString('hex'),
    POSTGRES_PASSWORD: 'unused-with-trust',
  };
  const server = new URL(TEST_SERVER_URL);
  const ports = {} as Record<ProcessName, number>;
  const environments = {} as Record<ProcessName, Record<string, string>>;
  const children: ChildProcess[] = [];
  const output: Record<string, string> = {};
  const databases: string[] = [];
  let dirs: Record<ProcessName, string>;

  /** The container's environment with compose's host names mapped to this machine's. */
  function environmentOf(name: ProcessName): Record<string, string> {
    const image = dockerfile(name);
    const env: Record<string, string> = { ...image.env };
    for (const [key, raw] of Object.entries<unknown>(compose.services[name].environment ?? {})) {
      let value = interpolate(raw, secrets);
      if (key === 'DATABASE_URL') {
        const url = new URL(value);
        url.host = server.host;
        url.username = server.username;
        url.password = server.password;
        value = withDatabase(url.toString(), `linli_test_deploy_${url.pathname.slice(1)}_${suffix}`);
      }
      if (key === 'NATS_URL') value = TEST_NATS_URL;
      if (key === 'PORT') value = String(ports[name]);
      const subgraph = /^(\w+)_URL$/.exec(key)?.[1]?.toLowerCase() as ServiceName | undefined;
      if (subgraph && SERVICES.includes(subgraph)) value = `http://127.0.0.1:${ports[subgraph]}/graphql`;
      if (key === 'SUPERGRAPH_PATH') value = value.replace(/^\/app\//, `${dirs.gateway}/`);
      env[key] = value;
    }
    if (name !== 'gateway') env.NATS_NAMESPACE = namespace;
    // an image listens on every interface of its container (HOST=0.0.0.0); run here, on loopback only
    expect(env.HOST).toBe('0.0.0.0');
    env.HOST = '127.0.0.1';
    return env;
  }

  function run(name: ProcessName): void {
    const { cmd } = dockerfile(name);
    const child = spawn(cmd[0], cmd.slice(1), {
      cwd: dirs[name],
      env: { PATH: process.env.PATH ?? '', ...environments[name] },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    output[name] = '';
    child.stdout!.on('data', (chunk: Buffer) => (output[name] = (output[name] + chunk).slice(-4_000)));
    child.stderr!.on('data', (chunk: Buffer) => (output[name] = (output[name] + chunk).slice(-4_000)));
    children.push(child);
  }

  async function readyz(name: ProcessName): Promise<{ status: number; body: any }> {
    const response = await fetch(`http://127.0.0.1:${ports[name]}/readyz`);
    return { status: response.status, body: await response.json() };
  }

  beforeAll(async () => {
    dirs = await deployAll();
    for (const name of PROCESSES) ports[name] = await freePort();
    for (const name of PROCESSES) environments[name] = environmentOf(name);
    // compose's migrate job, with each service's database named exactly
    for (const name of SERVICES) {
      databases.push(environments[name].DATABASE_URL);
      await prepareService(name, environments[name].DATABASE_URL, { seed: false, exactUrl: true });
    }
    for (const name of PROCESSES) run(name);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const url of databases) await dropDatabase(url);
    await deleteStreams(namespace);
  });

  it('gives the personal-data keys to population alone, and production settings to every process', () => {
    for (const name of PROCESSES) {
      expect(environments[name].NODE_ENV).toBe('production');
      expect('PII_KEYS' in environments[name] && 'BLIND_INDEX_KEY' in environments[name]).toBe(name === 'population');
    }
    expect(environments.gateway.DATABASE_URL).toBeUndefined();
    expect(environments.gateway.AUTH_JWT_SECRET).toBe(secrets.AUTH_JWT_SECRET);
  });

  it.each(SERVICES)(
    'starts %s from its deployed package and answers /readyz',
    async (name) => {
      const ready = await eventually(
        async () => {
          expect(children.find((c) => c.spawnargs.length && c.exitCode !== null)).toBeUndefined();
          const result = await readyz(name);
          expect(result.status).toBe(200);
          return result;
        },
        90_000,
        250,
      ).catch((error) => {
        throw new Error(`${name} did not become ready: ${error.message}\n${output[name]}`);
      });
      expect(ready.body).toEqual({ status: 'ready', checks: { database: true } });
    },
    120_000,
  );

  it('starts the gateway on the supergraph shipped in its package, reaches every subgraph and answers a query', async () => {
    const ready = await eventually(
      async () => {
        const result = await readyz('gateway');
        expect(result.status).toBe(200);
        expect(Object.values(result.body.subgraphs)).toEqual(SERVICES.map(() => 'up'));
        return result;
      },
      90_000,
      250,
    ).catch((error) => {
      throw new Error(`the gateway did not become ready: ${error.message}\n${output.gateway}`);
    });
    expect(ready.body.supergraph.file).toBe(path.join(dirs.gateway, 'supergraph.graphql'));
    const token = await signCallerToken(
      { sub: 'deploy-test', name: 'Deploy Test', roles: ['DISTRICT_ADMIN'], areas: ['440118'] },
      secrets.AUTH_JWT_SECRET,
      '5m',
    );
    const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          '{ estates(first: 1) { totalCount } persons(first: 1) { totalCount } organizations(first: 1) { totalCount } disputeCases(first: 1) { totalCount } volunteers(first: 1) { totalCount } }',
      }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    // one field from each subgraph, answered from the five fresh databases
    expect(body.data).toEqual({
      estates: { totalCount: 0 },
      persons: { totalCount: 0 },
      organizations: { totalCount: 0 },
      disputeCases: { totalCount: 0 },
      volunteers: { totalCount: 0 },
    });
  }, 120_000);
});
