import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics roll-ups: small per-grid aggregate tables, kept by triggers on the base tables in
 * the same transaction as every change, so that a street or a district costs about as much as
 * a community (the statistics sum these rows by prefix range instead of reading every person).
 *
 * Each base table has one statement-level trigger per operation (INSERT, UPDATE, DELETE) with
 * transition tables: the rows a statement removed count -1 and the rows it added +1 under
 * their old and new keys, the deltas are grouped by key (an UPDATE that leaves the counted
 * columns alone nets to zero and writes nothing) and upserted in key order. No write path,
 * present or future, can forget them. TRUNCATE of a base table empties what it fed.
 *
 * - `stats_residents` (area_code, household_type): residing persons, and those with a current
 *   key group, as `persons.residing` / `persons.key_groups` say.
 * - `stats_key_groups` (area_code, kind): residing persons holding each kind.
 * - `stats_visit_due` (area_code, due_on): residing persons by `next_visit_due`; "overdue on a
 *   day" is the sum of the days before it.
 * - `stats_permit_expiry` (area_code, expires_on): residing persons by `permit_expires_on`;
 *   "valid" and "expiring within N days" are range sums.
 * - `stats_days` (area_code, day): visits done (`visits.visited_on`), residences begun
 *   (`residences.from_date`) and ended (`residences.to_date`) on each day in each area.
 *
 * Histogram rows that fall to zero are removed. Every table has a unique text_pattern_ops
 * index that covers its counts, so a figure is an index-only prefix range scan.
 */

interface Rollup {
  /** The base table the trigger sits on. */
  base: string;
  /** Statements that apply the deltas in `changes(…, n)`, a CTE prefix is prepended to each. */
  apply: string[];
  /** Columns of the base table that the deltas are read from. */
  columns: string;
  /** Rows of the base table that count. */
  where: string;
  /** What TRUNCATE of the base table resets. */
  truncate: string;
}

const PERSONS: Rollup = {
  base: 'persons',
  columns: 'area_code, household_type, next_visit_due, permit_expires_on, key_groups',
  where: 'residing',
  apply: [
    `INSERT INTO stats_residents AS t (area_code, household_type, persons, key_group_members)
     SELECT area_code, household_type, sum(n), coalesce(sum(n) FILTER (WHERE key_groups <> '{}'), 0)
     FROM changes GROUP BY area_code, household_type
     HAVING sum(n) <> 0 OR coalesce(sum(n) FILTER (WHERE key_groups <> '{}'), 0) <> 0
     ORDER BY area_code, household_type
     ON CONFLICT (area_code, household_type) DO UPDATE
       SET persons = t.persons + excluded.persons, key_group_members = t.key_group_members + excluded.key_group_members`,
    `INSERT INTO stats_key_groups AS t (area_code, kind, persons)
     SELECT c.area_code, k.kind, sum(c.n)
     FROM changes c CROSS JOIN LATERAL (SELECT DISTINCT kind FROM unnest(c.key_groups) AS u(kind)) k
     GROUP BY c.area_code, k.kind HAVING sum(c.n) <> 0
     ORDER BY c.area_code, k.kind
     ON CONFLICT (area_code, kind) DO UPDATE SET persons = t.persons + excluded.persons`,
    `INSERT INTO stats_visit_due AS t (area_code, due_on, persons)
     SELECT area_code, next_visit_due, sum(n) FROM changes WHERE next_visit_due IS NOT NULL
     GROUP BY area_code, next_visit_due HAVING sum(n) <> 0
     ORDER BY area_code, next_visit_due
     ON CONFLICT (area_code, due_on) DO UPDATE SET persons = t.persons + excluded.persons`,
    `DELETE FROM stats_visit_due t USING (SELECT DISTINCT area_code, next_visit_due FROM changes) c
     WHERE t.area_code = c.area_code AND t.due_on = c.next_visit_due AND t.persons = 0`,
    `INSERT INTO stats_permit_expiry AS t (area_code, expires_on, persons)
     SELECT area_code, permit_expires_on, sum(n) FROM changes WHERE permit_expires_on IS NOT NULL
     GROUP BY area_code, permit_expires_on HAVING sum(n) <> 0
     ORDER BY area_code, permit_expires_on
     ON CONFLICT (area_code, expires_on) DO UPDATE SET persons = t.persons + excluded.persons`,
    `DELETE FROM stats_permit_expiry t USING (SELECT DISTINCT area_code, permit_expires_on FROM changes) c
     WHERE t.area_code = c.area_code AND t.expires_on = c.permit_expires_on AND t.persons = 0`,
  ],
  truncate: `DELETE FROM stats_residents; DELETE FROM stats_key_groups; DELETE FROM stats_visit_due; DELETE FROM stats_permit_expiry;`,
};

/** Adds (area_code, day) deltas to stats_days, then drops the rows left all zero. */
const days = (select: string) => [
  `INSERT INTO stats_days AS t (area_code, day, visits, arrivals, departures)
   SELECT area_code, day, sum(visits), sum(arrivals), sum(departures) FROM (${select}) d
   GROUP BY area_code, day HAVING sum(visits) <> 0 OR sum(arrivals) <> 0 OR sum(departures) <> 0
   ORDER BY area_code, day
   ON CONFLICT (area_code, day) DO UPDATE
     SET visits = t.visits + excluded.visits, arrivals = t.arrivals + excluded.arrivals, departures = t.departures + excluded.departures`,
  `DELETE FROM stats_days t USING (SELECT DISTINCT area_code, day FROM (${select}) d) c
   WHERE t.area_code = c.area_code AND t.day = c.day AND t.visits = 0 AND t.arrivals = 0 AND t.departures = 0`,
];

const VISITS: Rollup = {
  base: 'visits',
  columns: 'area_code, visited_on',
  where: 'true',
  apply: days(`SELECT area_code, visited_on AS day, n AS visits, 0 AS arrivals, 0 AS departures FROM changes`),
  truncate: `UPDATE stats_days SET visits = 0 WHERE visits <> 0; DELETE FROM stats_days WHERE visits = 0 AND arrivals = 0 AND departures = 0;`,
};

const RESIDENCES: Rollup = {
  base: 'residences',
  columns: 'area_code, from_date, to_date',
  where: 'true',
  apply: days(`
    SELECT area_code, from_date AS day, 0 AS visits, n AS arrivals, 0 AS departures FROM changes
    UNION ALL
    SELECT area_code, to_date, 0, 0, n FROM changes WHERE to_date IS NOT NULL`),
  truncate: `UPDATE stats_days SET arrivals = 0, departures = 0 WHERE arrivals <> 0 OR departures <> 0; DELETE FROM stats_days WHERE visits = 0 AND arrivals = 0 AND departures = 0;`,
};

const ROLLUPS = [PERSONS, VISITS, RESIDENCES];

/** The rows a statement changed, as signed deltas: removed rows -1, added rows +1. */
function changes(rollup: Rollup, operation: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  const added = `SELECT ${rollup.columns}, 1 AS n FROM new_rows WHERE ${rollup.where}`;
  const removed = `SELECT ${rollup.columns}, -1 AS n FROM old_rows WHERE ${rollup.where}`;
  const source = operation === 'INSERT' ? added : operation === 'DELETE' ? removed : `${removed} UNION ALL ${added}`;
  return `WITH changes AS MATERIALIZED (${source})`;
}

function triggerFunction(rollup: Rollup, operation: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  return `
    CREATE FUNCTION stats_${rollup.base}_${operation.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${rollup.apply.map((statement) => `${changes(rollup, operation)} ${statement};`).join('\n      ')}
      RETURN NULL;
    END $$`;
}

const REFERENCING = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' } as const;

export class StatisticsRollups1700000000230 implements MigrationInterface {
  name = 'StatisticsRollups1700000000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stats_residents (
        area_code          text NOT NULL,
        household_type     text NOT NULL,
        persons            integer NOT NULL,
        key_group_members  integer NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX stats_residents_key ON stats_residents (area_code text_pattern_ops, household_type) INCLUDE (persons, key_group_members)`,
    );
    await q.query(`CREATE TABLE stats_key_groups (area_code text NOT NULL, kind text NOT NULL, persons integer NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX stats_key_groups_key ON stats_key_groups (area_code text_pattern_ops, kind) INCLUDE (persons)`);
    await q.query(`CREATE TABLE stats_visit_due (area_code text NOT NULL, due_on date NOT NULL, persons integer NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX stats_visit_due_key ON stats_visit_due (area_code text_pattern_ops, due_on) INCLUDE (persons)`);
    await q.query(`CREATE TABLE stats_permit_expiry (area_code text NOT NULL, expires_on date NOT NULL, persons integer NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX stats_permit_expiry_key ON stats_permit_expiry (area_code text_pattern_ops, expires_on) INCLUDE (persons)`);
    await q.query(`
      CREATE TABLE stats_days (
        area_code   text NOT NULL,
        day         date NOT NULL,
        visits      integer NOT NULL,
        arrivals    integer NOT NULL,
        departures  integer NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX stats_days_key ON stats_days (area_code text_pattern_ops, day) INCLUDE (visits, arrivals, departures)`);

    // triggers first: creating them locks out writers until this transaction commits, so the
    // backfill below and every later change are counted exactly once
    for (const rollup of ROLLUPS) {
      for (const operation of ['INSERT', 'UPDATE', 'DELETE'] as const) {
        await q.query(triggerFunction(rollup, operation));
        await q.query(`
          CREATE TRIGGER stats_${rollup.base}_${operation.toLowerCase()} AFTER ${operation} ON ${rollup.base}
          REFERENCING ${REFERENCING[operation]} FOR EACH STATEMENT EXECUTE FUNCTION stats_${rollup.base}_${operation.toLowerCase()}()`);
      }
      await q.query(`CREATE FUNCTION stats_${rollup.base}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${rollup.truncate} RETURN NULL; END $$`);
      await q.query(
        `CREATE TRIGGER stats_${rollup.base}_truncate AFTER TRUNCATE ON ${rollup.base} FOR EACH STATEMENT EXECUTE FUNCTION stats_${rollup.base}_truncate()`,
      );
    }

    await q.query(`
      INSERT INTO stats_residents (area_code, household_type, persons, key_group_members)
      SELECT area_code, household_type, count(*), count(*) FILTER (WHERE key_groups <> '{}') FROM persons WHERE residing GROUP BY 1, 2`);
    await q.query(`
      INSERT INTO stats_key_groups (area_code, kind, persons)
      SELECT p.area_code, k.kind, count(*) FROM persons p CROSS JOIN LATERAL (SELECT DISTINCT kind FROM unnest(p.key_groups) AS u(kind)) k
      WHERE p.residing GROUP BY 1, 2`);
    await q.query(`
      INSERT INTO stats_visit_due (area_code, due_on, persons)
      SELECT area_code, next_visit_due, count(*) FROM persons WHERE residing AND next_visit_due IS NOT NULL GROUP BY 1, 2`);
    await q.query(`
      INSERT INTO stats_permit_expiry (area_code, expires_on, persons)
      SELECT area_code, permit_expires_on, count(*) FROM persons WHERE residing AND permit_expires_on IS NOT NULL GROUP BY 1, 2`);
    await q.query(`
      INSERT INTO stats_days (area_code, day, visits, arrivals, departures)
      SELECT area_code, day, sum(visits), sum(arrivals), sum(departures) FROM (
        SELECT area_code, visited_on AS day, 1 AS visits, 0 AS arrivals, 0 AS departures FROM visits
        UNION ALL SELECT area_code, from_date, 0, 1, 0 FROM residences
        UNION ALL SELECT area_code, to_date, 0, 0, 1 FROM residences WHERE to_date IS NOT NULL) d
      GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const rollup of ROLLUPS) {
      for (const operation of ['insert', 'update', 'delete', 'truncate']) {
        await q.query(`DROP TRIGGER stats_${rollup.base}_${operation} ON ${rollup.base}`);
        await q.query(`DROP FUNCTION stats_${rollup.base}_${operation}()`);
      }
    }
    await q.query(`DROP TABLE stats_days, stats_permit_expiry, stats_visit_due, stats_key_groups, stats_residents`);
  }
}
