import { Pool } from 'pg';

/**
 * A token bucket per key: `perMinute` requests a minute, refilled continuously. `take` spends
 * one token and answers the seconds to wait when none is left (0 when the request may pass).
 */
export interface Limiter {
  take(key: string, perMinute: number): Promise<number>;
  close(): Promise<void>;
}

/** In this process only: each gateway replica counts on its own. For one replica, tests and development. */
export class MemoryLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  async take(key: string, perMinute: number, now = Date.now()): Promise<number> {
    const rate = perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate / 1000);
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

/**
 * Shared by every gateway replica: one row per key in PostgreSQL, refilled and spent in a
 * single statement (the row lock orders concurrent replicas), timed by the database's clock so
 * the replicas' clocks do not matter. Buckets idle for an hour are swept now and then.
 */
export class PostgresLimiter implements Limiter {
  private sweeps = 0;

  private constructor(private readonly pool: Pool) {}

  static async connect(databaseUrl: string): Promise<PostgresLimiter> {
    const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'linli-gateway' });
    try {
      await pool.query(`/* rateLimitTable */ CREATE TABLE IF NOT EXISTS gateway_rate_limits (
        key text PRIMARY KEY,
        tokens double precision NOT NULL,
        granted boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    } catch (error) {
      // two replicas starting together may race on CREATE TABLE IF NOT EXISTS
      if ((error as { code?: string }).code !== '23505') {
        await pool.end();
        throw error;
      }
    }
    return new PostgresLimiter(pool);
  }

  async take(key: string, perMinute: number): Promise<number> {
    const perSecond = perMinute / 60;
    const { rows } = await this.pool.query<{ tokens: number; granted: boolean }>(
      `/* rateLimitTake */ INSERT INTO gateway_rate_limits AS b (key, tokens, granted, at) VALUES ($1, $2::double precision - 1, true, clock_timestamp())
       ON CONFLICT (key) DO UPDATE SET
         granted = LEAST($2, b.tokens + EXTRACT(EPOCH FROM clock_timestamp() - b.at) * $3) >= 1,
         tokens = LEAST($2, b.tokens + EXTRACT(EPOCH FROM clock_timestamp() - b.at) * $3)
           - CASE WHEN LEAST($2, b.tokens + EXTRACT(EPOCH FROM clock_timestamp() - b.at) * $3) >= 1 THEN 1 ELSE 0 END,
         at = clock_timestamp()
       RETURNING tokens, granted`,
      [key, perMinute, perSecond],
    );
    if ((this.sweeps = (this.sweeps + 1) % 10_000) === 0)
      void this.pool.query(`/* rateLimitSweep */ DELETE FROM gateway_rate_limits WHERE at < clock_timestamp() - interval '1 hour'`).catch(() => undefined);
    const [bucket] = rows;
    return bucket.granted ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The shared limiter when a database is configured, else one in this process (documented in docs/access.md). */
export async function createLimiter(databaseUrl: string | undefined): Promise<Limiter> {
  return databaseUrl ? PostgresLimiter.connect(databaseUrl) : new MemoryLimiter();
}
