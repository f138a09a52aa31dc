import 'reflect-metadata';
import { DataSource, type AbstractLogger, type EntityManager, type LoggerOptions, type MixedList } from 'typeorm';

export type { EntityManager, QueryRunner } from 'typeorm';
export { DataSource } from 'typeorm';

/**
 * Counts every statement a DataSource sends. Tests read it to prove batching
 * ("one SQL statement per hop"); with LOG_SQL set it also prints them.
 */
export class QueryCounter implements Pick<AbstractLogger, 'logQuery' | 'logQueryError' | 'logQuerySlow' | 'logSchemaBuild' | 'logMigration' | 'log'> {
  count = 0;
  readonly statements: string[] = [];
  private recording = false;

  logQuery(query: string): void {
    this.count += 1;
    if (this.recording) this.statements.push(query);
    if (process.env.LOG_SQL) process.stderr.write(`sql: ${query}\n`);
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_SQL) process.stderr.write(`sql error: ${String(error)} in ${query}\n`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.LOG_SQL) process.stderr.write(`migration: ${message}\n`);
  }
  log(): void {}

  /**
   * Runs fn and returns the statements it sent: transaction control, and the kernel's own
   * background statements (the outbox relay's sweep, readiness probes) that may fall in
   * the same moment, are left out.
   */
  async record<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await fn();
      return { result, statements: this.statements.filter((s) => !/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|\/\* (outbox(Claim|Sent|Failed)|readiness) \*\/)/i.test(s)) };
    } finally {
      this.recording = false;
    }
  }
}

export interface DataSourceOptions {
  url: string;
  entities?: MixedList<Function | string>;
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): { dataSource: DataSource; queries: QueryCounter } {
  const queries = new QueryCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error'] as LoggerOptions,
    logger: queries as unknown as AbstractLogger,
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 },
  });
  return { dataSource, queries };
}

/** Runs pending migrations; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

type Queryable = Pick<EntityManager, 'query'> | Pick<DataSource, 'query'>;

/** TypeORM answers UPDATE/DELETE with [rows, count] and everything else with rows. */
function unpack(raw: unknown): { records: unknown[]; affected: number } {
  if (Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number') return { records: raw[0], affected: raw[1] };
  const records = Array.isArray(raw) ? raw : [];
  return { records, affected: records.length };
}

/** Runs a named statement and returns its rows (also for INSERT/UPDATE … RETURNING). */
export async function rows<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return unpack(await db.query(sql, params)).records as T[];
}

/** Runs a named statement and returns its first row, or null. */
export async function row<T = Record<string, unknown>>(db: Queryable, sql: string, params: unknown[] = []): Promise<T | null> {
  return (await rows<T>(db, sql, params))[0] ?? null;
}

/** Runs a named statement and returns how many rows it changed (an INSERT counts what it RETURNs). */
export async function exec(db: Queryable, sql: string, params: unknown[] = []): Promise<number> {
  return unpack(await db.query(sql, params)).affected;
}
