import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A statistics roll-up, as population keeps its own: `stats_volunteering_days` (area_code, day)
 * holds, per area and day, what Area.volunteering sums over a period, so a street or the
 * district costs about as much as a grid (an index-only prefix range scan, no walk over
 * millions of hour entries). Statement-level triggers with transition tables keep it in the
 * same transaction as every change, whatever the write path:
 *
 * - `registrations`: volunteers registered on the day and not withdrawn (`volunteers`);
 * - `activities`: activities starting on the day (China Standard Time), not cancelled;
 * - `person_times`: check-outs of activities served on the day (`attendances` CHECKED_OUT);
 * - `approved_minutes`: approvals minus reversals of hours served on the day (`hours_entries`).
 *
 * A statement's removed rows count -1 and its added rows +1 under their old and new keys; the
 * deltas are grouped by key, so an update leaving the counted columns alone (a sign-up moving an
 * activity from OPEN to FULL) writes nothing, and upserted in key order. Rows left all zero are
 * removed. Sums are bigint: no accepted input can overflow them.
 */

interface Rollup {
  base: string;
  /** Columns of the base table the deltas are read from. */
  columns: string;
  /** Rows of the base table that count. */
  where: string;
  /** (area_code, day, registrations, activities, person_times, approved_minutes) from `changes` (with its signed `n`). */
  deltas: string;
  /** The column TRUNCATE of the base table resets. */
  column: 'registrations' | 'activities' | 'person_times' | 'approved_minutes';
}

const ROLLUPS: Rollup[] = [
  {
    base: 'volunteers',
    columns: 'area_code, registered_on',
    where: `status <> 'WITHDRAWN'`,
    deltas: `SELECT area_code, registered_on AS day, n::bigint AS registrations, 0::bigint AS activities, 0::bigint AS person_times, 0::bigint AS approved_minutes FROM changes`,
    column: 'registrations',
  },
  {
    base: 'activities',
    columns: 'area_code, starts_at',
    where: `status <> 'CANCELLED'`,
    deltas: `SELECT area_code, (starts_at AT TIME ZONE 'Asia/Shanghai')::date AS day, 0::bigint, n::bigint, 0::bigint, 0::bigint FROM changes`,
    column: 'activities',
  },
  {
    base: 'attendances',
    columns: 'area_code, served_on',
    where: `status = 'CHECKED_OUT'`,
    deltas: `SELECT area_code, served_on AS day, 0::bigint, 0::bigint, n::bigint, 0::bigint FROM changes`,
    column: 'person_times',
  },
  {
    base: 'hours_entries',
    columns: 'area_code, served_on, kind, minutes',
    where: 'true',
    deltas: `SELECT area_code, served_on AS day, 0::bigint, 0::bigint, 0::bigint, n::bigint * CASE kind WHEN 'APPROVAL' THEN minutes ELSE -minutes END FROM changes`,
    column: 'approved_minutes',
  },
];

const REFERENCING = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' } as const;

/** The rows a statement changed, as signed deltas: removed rows -1, added rows +1. */
function changes(rollup: Rollup, operation: keyof typeof REFERENCING): string {
  const added = `SELECT ${rollup.columns}, 1 AS n FROM new_rows WHERE ${rollup.where}`;
  const removed = `SELECT ${rollup.columns}, -1 AS n FROM old_rows WHERE ${rollup.where}`;
  const source = operation === 'INSERT' ? added : operation === 'DELETE' ? removed : `${removed} UNION ALL ${added}`;
  return `WITH changes AS MATERIALIZED (${source}), d (area_code, day, registrations, activities, person_times, approved_minutes) AS MATERIALIZED (${rollup.deltas})`;
}

function triggerFunction(rollup: Rollup, operation: keyof typeof REFERENCING): string {
  const head = changes(rollup, operation);
  return `
    CREATE FUNCTION stats_${rollup.base}_${operation.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${head} INSERT INTO stats_volunteering_days AS t (area_code, day, registrations, activities, person_times, approved_minutes)
        SELECT area_code, day, sum(registrations), sum(activities), sum(person_times), sum(approved_minutes) FROM d
        GROUP BY area_code, day
        HAVING sum(registrations) <> 0 OR sum(activities) <> 0 OR sum(person_times) <> 0 OR sum(approved_minutes) <> 0
        ORDER BY area_code, day
        ON CONFLICT (area_code, day) DO UPDATE SET registrations = t.registrations + excluded.registrations, activities = t.activities + excluded.activities,
          person_times = t.person_times + excluded.person_times, approved_minutes = t.approved_minutes + excluded.approved_minutes;
      ${head} DELETE FROM stats_volunteering_days t USING (SELECT DISTINCT area_code, day FROM d) c
        WHERE t.area_code = c.area_code AND t.day = c.day AND t.registrations = 0 AND t.activities = 0 AND t.person_times = 0 AND t.approved_minutes = 0;
      RETURN NULL;
    END $$`;
}

export class VolunteeringStatisticsRollups1700000000504 implements MigrationInterface {
  name = 'VolunteeringStatisticsRollups1700000000504';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_volunteering_days (
        area_code         text NOT NULL,
        day               date NOT NULL,
        registrations     bigint NOT NULL,
        activities        bigint NOT NULL,
        person_times      bigint NOT NULL,
        approved_minutes  bigint NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX stats_volunteering_days_key ON stats_volunteering_days (area_code text_pattern_ops, day) INCLUDE (registrations, activities, person_times, approved_minutes)`,
    );
    // triggers first: creating them locks out writers until this transaction commits, so the
    // backfill below and every later change are counted exactly once
    for (const rollup of ROLLUPS) {
      for (const operation of ['INSERT', 'UPDATE', 'DELETE'] as const) {
        await q.query(triggerFunction(rollup, operation));
        await q.query(`
          CREATE TRIGGER stats_${rollup.base}_${operation.toLowerCase()} AFTER ${operation} ON ${rollup.base}
          REFERENCING ${REFERENCING[operation]} FOR EACH STATEMENT EXECUTE FUNCTION stats_${rollup.base}_${operation.toLowerCase()}()`);
      }
      await q.query(`
        CREATE FUNCTION stats_${rollup.base}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
          UPDATE stats_volunteering_days SET ${rollup.column} = 0 WHERE ${rollup.column} <> 0;
          DELETE FROM stats_volunteering_days WHERE registrations = 0 AND activities = 0 AND person_times = 0 AND approved_minutes = 0;
          RETURN NULL; END $$`);
      await q.query(`CREATE TRIGGER stats_${rollup.base}_truncate AFTER TRUNCATE ON ${rollup.base} FOR EACH STATEMENT EXECUTE FUNCTION stats_${rollup.base}_truncate()`);
    }
    await q.query(`
      INSERT INTO stats_volunteering_days (area_code, day, registrations, activities, person_times, approved_minutes)
      SELECT area_code, day, sum(registrations), sum(activities), sum(person_times), sum(approved_minutes) FROM (
        SELECT area_code, registered_on AS day, 1::bigint AS registrations, 0::bigint AS activities, 0::bigint AS person_times, 0::bigint AS approved_minutes
          FROM volunteers WHERE status <> 'WITHDRAWN'
        UNION ALL SELECT area_code, (starts_at AT TIME ZONE 'Asia/Shanghai')::date, 0, 1, 0, 0 FROM activities WHERE status <> 'CANCELLED'
        UNION ALL SELECT area_code, served_on, 0, 0, 1, 0 FROM attendances WHERE status = 'CHECKED_OUT'
        UNION ALL SELECT area_code, served_on, 0, 0, 0, CASE kind WHEN 'APPROVAL' THEN minutes ELSE -minutes END FROM hours_entries) d
      GROUP BY 1, 2
      HAVING sum(registrations) <> 0 OR sum(activities) <> 0 OR sum(person_times) <> 0 OR sum(approved_minutes) <> 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const rollup of ROLLUPS) {
      for (const operation of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER stats_${rollup.base}_${operation} ON ${rollup.base}`);
        await q.query(`DROP FUNCTION stats_${rollup.base}_${operation}()`);
      }
    }
    await q.query(`DROP TABLE stats_volunteering_days`);
  }
}
