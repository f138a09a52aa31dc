import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { connect } from 'nats';
import { createDataSource, dropDatabase, ensureDatabase, migrate, withDatabase, type DataSource, type QueryCounter } from '@linli/db';
import { DOMAINS, streamName } from '@linli/contracts';

/** The PostgreSQL server tests use: TEST_DATABASE_URL, else the local one. */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** A database URL no other run uses; drop it with dropDatabase after. */
export function uniqueDatabaseUrl(label: string): string {
  return withDatabase(TEST_SERVER_URL, `linli_test_${label}_${uniqueSuffix()}`);
}

/** A subject/stream namespace no other run uses. */
export function uniqueNamespace(): string {
  return `t${uniqueSuffix()}`;
}

/** Deletes every stream of a test namespace. */
export async function deleteStreams(namespace: string, natsUrl = TEST_NATS_URL): Promise<void> {
  if (!namespace) throw new Error('refusing to delete the production streams');
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    for (const domain of DOMAINS) await jsm.streams.delete(streamName(domain, namespace)).catch(() => undefined);
  } finally {
    await nc.close();
  }
}

export { dropDatabase };

/** Polls until fn returns without throwing (an expectation holds), or rethrows its last error. */
export async function eventually<T>(fn: () => Promise<T> | T, timeoutMs = 5_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A nats-server of the test's own, on a free loopback port with its own store, so a test
 * can stop and restart NATS without touching the server others use.
 */
export class OwnNatsServer {
  private process?: ChildProcess;
  readonly storeDir = mkdtempSync(path.join(os.tmpdir(), 'linli-nats-'));
  constructor(readonly port: number) {}

  static async start(): Promise<OwnNatsServer> {
    const server = new OwnNatsServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const binary = process.env.NATS_SERVER_BIN ?? 'nats-server';
    this.process = spawn(binary, ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: 'ignore' });
    await eventually(
      () =>
        new Promise<void>((resolve, reject) => {
          const socket = net.connect(this.port, '127.0.0.1', () => {
            socket.end();
            resolve();
          });
          socket.once('error', reject);
        }),
      10_000,
    );
  }

  /** Stops the server this object started (by its own pid), and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.process = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}

/**
 * A fresh database for one test file: uniquely named, migrated with the given migrations;
 * drop() closes the pool and drops it.
 */
export async function createTestDatabase(label: string, migrations: Function[]): Promise<{ url: string; dataSource: DataSource; queries: QueryCounter; drop(): Promise<void> }> {
  const url = uniqueDatabaseUrl(label);
  await ensureDatabase(url);
  const { dataSource, queries } = createDataSource({ url, migrations, poolSize: 4 });
  await dataSource.initialize();
  await migrate(dataSource);
  return {
    url,
    dataSource,
    queries,
    async drop() {
      await dataSource.destroy();
      await dropDatabase(url);
    },
  };
}
