import { Pool } from 'pg';
import type { ServiceName } from '../dev/modules';
import type { ChaosCluster } from './cluster';
import { sleep } from './cluster';

/** The services whose read model of persons is the effect of population's person.registered. */
export const PERSON_READERS = ['housing', 'organizations', 'mediation', 'volunteering'] as const satisfies readonly ServiceName[];
export type PersonReader = (typeof PERSON_READERS)[number];

/** The durable consumer that writes each reader's known_persons. */
export const PERSON_CONSUMER: Record<PersonReader, string> = {
  housing: 'housing-persons',
  organizations: 'organizations-persons',
  mediation: 'mediation-persons',
  volunteering: 'volunteering-persons',
};

/**
 * The tool's instruments in a reader's database: every application of the handler (each
 * INSERT into known_persons, upserts included) leaves one row in chaos_effects, so an event
 * applied twice shows as two rows even though the read model itself would hide it. Faults
 * switched on in chaos_faults make the handler fail (poison, by area) or slow.
 */
const READER_SQL = `
/* chaosEffectsTable */ CREATE TABLE IF NOT EXISTS chaos_effects (person_id uuid NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
/* chaosEffectsIndex */ CREATE INDEX IF NOT EXISTS chaos_effects_person ON chaos_effects (person_id);
/* chaosFaultsTable */ CREATE TABLE IF NOT EXISTS chaos_faults (kind text PRIMARY KEY, area_code text, sleep_ms integer);
/* chaosPersonEffect */ CREATE OR REPLACE FUNCTION chaos_person_effect() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE slow integer;
BEGIN
  IF EXISTS (SELECT 1 FROM chaos_faults WHERE kind = 'poison' AND area_code = NEW.area_code) THEN
    RAISE EXCEPTION 'chaos: poisoned person %', NEW.id;
  END IF;
  SELECT sleep_ms INTO slow FROM chaos_faults WHERE kind = 'slow';
  IF slow IS NOT NULL THEN PERFORM pg_sleep(slow / 1000.0); END IF;
  INSERT INTO chaos_effects (person_id) VALUES (NEW.id);
  RETURN NEW;
END $$;
/* chaosTriggerDrop */ DROP TRIGGER IF EXISTS chaos_person_effect ON known_persons;
/* chaosTrigger */ CREATE TRIGGER chaos_person_effect BEFORE INSERT ON known_persons FOR EACH ROW EXECUTE FUNCTION chaos_person_effect();
`;

/**
 * In population's database: while the 'stall-relay' fault is on, the relay's UPDATE that
 * marks rows sent waits, so the tool can kill the process between publishing and marking.
 */
const RELAY_SQL = `
/* chaosFaultsTable */ CREATE TABLE IF NOT EXISTS chaos_faults (kind text PRIMARY KEY, area_code text, sleep_ms integer);
/* chaosRelayStall */ CREATE OR REPLACE FUNCTION chaos_relay_stall() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE started timestamptz := clock_timestamp();
BEGIN
  WHILE EXISTS (SELECT 1 FROM chaos_faults WHERE kind = 'stall-relay') AND clock_timestamp() - started < interval '60 seconds' LOOP
    PERFORM pg_sleep(0.05);
  END LOOP;
  RETURN NULL;
END $$;
/* chaosRelayTriggerDrop */ DROP TRIGGER IF EXISTS chaos_relay_stall ON outbox;
/* chaosRelayTrigger */ CREATE TRIGGER chaos_relay_stall BEFORE UPDATE ON outbox FOR EACH STATEMENT EXECUTE FUNCTION chaos_relay_stall();
`;

export interface Tally {
  /** Events written (acknowledged by the gateway). */
  events: number;
  /** Effects expected: events times readers. */
  expected: number;
  lost: number;
  doubled: number;
}

/** Pools on the consuming databases and population's, for counting and switching faults. */
export class Effects {
  private readonly pools = new Map<ServiceName, Pool>();

  constructor(private readonly cluster: ChaosCluster) {}

  pool(name: ServiceName): Pool {
    let pool = this.pools.get(name);
    if (!pool) {
      pool = new Pool({ connectionString: this.cluster.databaseUrl(name), max: 2 });
      // a PostgreSQL restart breaks idle connections; the pool makes new ones
      pool.on('error', () => undefined);
      this.pools.set(name, pool);
    }
    return pool;
  }

  async install(): Promise<void> {
    for (const reader of PERSON_READERS) await this.pool(reader).query(READER_SQL);
    await this.pool('population').query(RELAY_SQL);
  }

  async fault(service: ServiceName, kind: string, options: { areaCode?: string; sleepMs?: number } = {}): Promise<void> {
    await this.pool(service).query(
      `/* chaosFaultOn */ INSERT INTO chaos_faults (kind, area_code, sleep_ms) VALUES ($1, $2, $3) ON CONFLICT (kind) DO UPDATE SET area_code = EXCLUDED.area_code, sleep_ms = EXCLUDED.sleep_ms`,
      [kind, options.areaCode ?? null, options.sleepMs ?? null],
    );
  }

  async clear(service: ServiceName, kind: string): Promise<void> {
    await this.pool(service).query(`/* chaosFaultOff */ DELETE FROM chaos_faults WHERE kind = $1`, [kind]);
  }

  /** Per reader: how many handler applications each person has. */
  async counts(ids: readonly string[]): Promise<Map<PersonReader, Map<string, number>>> {
    const result = new Map<PersonReader, Map<string, number>>();
    for (const reader of PERSON_READERS) {
      const found = await this.pool(reader).query<{ person_id: string; n: string }>(
        `/* chaosEffectCounts */ SELECT person_id, count(*) AS n FROM chaos_effects WHERE person_id = ANY($1::uuid[]) GROUP BY person_id`,
        [ids],
      );
      result.set(reader, new Map(found.rows.map((row) => [row.person_id, Number(row.n)])));
    }
    return result;
  }

  async tally(ids: readonly string[]): Promise<Tally> {
    const counts = await this.counts(ids);
    let lost = 0;
    let doubled = 0;
    for (const perReader of counts.values())
      for (const id of ids) {
        const n = perReader.get(id) ?? 0;
        if (n === 0) lost += 1;
        if (n > 1) doubled += n - 1;
      }
    return { events: ids.length, expected: ids.length * PERSON_READERS.length, lost, doubled };
  }

  /**
   * Waits until every event has its effect in every reader (or the timeout passes), then
   * gives the tally and how long that took.
   */
  async converge(ids: readonly string[], timeoutMs = 120_000): Promise<Tally & { convergeMs: number }> {
    const started = Date.now();
    for (;;) {
      let tally: Tally | undefined;
      try {
        tally = await this.tally(ids);
      } catch {
        /* the database is restarting */
      }
      if (tally && tally.lost === 0) {
        // a double could still be on its way: give redeliveries a moment to show
        return { ...tally, convergeMs: Date.now() - started };
      }
      if (Date.now() - started > timeoutMs)
        return {
          ...(tally ?? { events: ids.length, expected: ids.length * PERSON_READERS.length, lost: ids.length * PERSON_READERS.length, doubled: 0 }),
          convergeMs: Date.now() - started,
        };
      await sleep(100);
    }
  }

  /** When each reader applied each person: for write-to-effect latency. */
  async appliedAt(ids: readonly string[]): Promise<Map<string, number>> {
    const latest = new Map<string, number>();
    for (const reader of PERSON_READERS) {
      const found = await this.pool(reader).query<{ person_id: string; at: Date }>(
        `/* chaosEffectTimes */ SELECT person_id, min(at) AS at FROM chaos_effects WHERE person_id = ANY($1::uuid[]) GROUP BY person_id`,
        [ids],
      );
      for (const row of found.rows) latest.set(row.person_id, Math.max(latest.get(row.person_id) ?? 0, row.at.getTime()));
    }
    return latest;
  }

  async outboxUnsent(): Promise<number> {
    const found = await this.pool('population').query<{ n: string }>(`/* chaosOutboxUnsent */ SELECT count(*) AS n FROM outbox WHERE sent_at IS NULL`);
    return Number(found.rows[0].n);
  }

  async outboxSent(): Promise<number> {
    const found = await this.pool('population').query<{ n: string }>(`/* chaosOutboxSent */ SELECT count(*) AS n FROM outbox WHERE sent_at IS NOT NULL`);
    return Number(found.rows[0].n);
  }

  async deadLetters(service: ServiceName): Promise<number> {
    const found = await this.pool(service).query<{ n: string }>(`/* chaosDeadLetters */ SELECT count(*) AS n FROM dead_letters WHERE replayed_at IS NULL`);
    return Number(found.rows[0].n);
  }

  async close(): Promise<void> {
    for (const pool of this.pools.values()) await pool.end().catch(() => undefined);
    this.pools.clear();
  }
}
