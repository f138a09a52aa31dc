import { dropRollupTriggersSql, rollupTriggersSql, type Rollup } from '@linli/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Housing's statistics roll-ups: small per-grid tables kept by triggers in the writing
 * transaction (the kernel's rollupTriggersSql), so a street or the district costs about what a
 * community does: the figures sum these rows by prefix range instead of reading every house.
 *
 * - `stats_houses` (area_code, rental, occupied): houses.
 * - `stats_buildings` (area_code, rental, access_control, since): buildings; `since` is the
 *   access-control date, '-infinity' when unknown or not installed, so "installed by a day"
 *   is a range sum.
 * - `stats_housing_days` (area_code, day): inspections done, hazards reported, rectified and
 *   rectified by their deadline on each day.
 *
 * Rows that fall to zero are removed. Open and overdue hazards as of a day are not rolled up:
 * they are the unrectified hazards (a partial index) and those rectified after that day.
 * Group-rental risk depends on a setting (GROUP_RENTAL_RATIO) and reads the few crowded houses
 * through a partial index.
 */
const HOUSES: Rollup = {
  base: 'houses',
  columns: 'area_code, rental, (occupants > 0) AS occupied',
  where: 'true',
  apply: [
    `INSERT INTO stats_houses AS t (area_code, rental, occupied, houses)
     SELECT area_code, rental, occupied, sum(n) FROM changes GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3
     ON CONFLICT (area_code, rental, occupied) DO UPDATE SET houses = t.houses + excluded.houses`,
    `DELETE FROM stats_houses t USING (SELECT DISTINCT area_code, rental, occupied FROM changes) c
     WHERE (t.area_code, t.rental, t.occupied) = (c.area_code, c.rental, c.occupied) AND t.houses = 0`,
  ],
  truncate: 'DELETE FROM stats_houses;',
};

const BUILDINGS: Rollup = {
  base: 'buildings',
  columns: `grid_code AS area_code, rental, access_control, COALESCE(access_control_since, '-infinity'::date) AS since`,
  where: 'true',
  apply: [
    `INSERT INTO stats_buildings AS t (area_code, rental, access_control, since, buildings)
     SELECT area_code, rental, access_control, since, sum(n) FROM changes GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
     ON CONFLICT (area_code, rental, access_control, since) DO UPDATE SET buildings = t.buildings + excluded.buildings`,
    `DELETE FROM stats_buildings t USING (SELECT DISTINCT area_code, rental, access_control, since FROM changes) c
     WHERE (t.area_code, t.rental, t.access_control, t.since) = (c.area_code, c.rental, c.access_control, c.since) AND t.buildings = 0`,
  ],
  truncate: 'DELETE FROM stats_buildings;',
};

/** Adds (area_code, day) deltas to stats_housing_days, then drops the rows left all zero. */
const days = (select: string) => [
  `INSERT INTO stats_housing_days AS t (area_code, day, inspections, hazards_reported, hazards_rectified, hazards_rectified_on_time)
   SELECT area_code, day, sum(inspections), sum(reported), sum(rectified), sum(on_time) FROM (${select}) d
   GROUP BY 1, 2 HAVING sum(inspections) <> 0 OR sum(reported) <> 0 OR sum(rectified) <> 0 OR sum(on_time) <> 0 ORDER BY 1, 2
   ON CONFLICT (area_code, day) DO UPDATE SET inspections = t.inspections + excluded.inspections,
     hazards_reported = t.hazards_reported + excluded.hazards_reported, hazards_rectified = t.hazards_rectified + excluded.hazards_rectified,
     hazards_rectified_on_time = t.hazards_rectified_on_time + excluded.hazards_rectified_on_time`,
  `DELETE FROM stats_housing_days t USING (SELECT DISTINCT area_code, day FROM (${select}) d) c
   WHERE (t.area_code, t.day) = (c.area_code, c.day)
     AND t.inspections = 0 AND t.hazards_reported = 0 AND t.hazards_rectified = 0 AND t.hazards_rectified_on_time = 0`,
];

const INSPECTIONS: Rollup = {
  base: 'inspections',
  columns: 'area_code, inspected_on',
  where: 'true',
  apply: days(`SELECT area_code, inspected_on AS day, n AS inspections, 0 AS reported, 0 AS rectified, 0 AS on_time FROM changes`),
  truncate: `UPDATE stats_housing_days SET inspections = 0 WHERE inspections <> 0;
    DELETE FROM stats_housing_days WHERE inspections = 0 AND hazards_reported = 0 AND hazards_rectified = 0 AND hazards_rectified_on_time = 0;`,
};

const HAZARDS: Rollup = {
  base: 'hazards',
  columns: 'area_code, reported_on, rectified_on, deadline',
  where: 'true',
  apply: days(`
    SELECT area_code, reported_on AS day, 0 AS inspections, n AS reported, 0 AS rectified, 0 AS on_time FROM changes
    UNION ALL
    SELECT area_code, rectified_on, 0, 0, n, CASE WHEN rectified_on <= deadline THEN n ELSE 0 END FROM changes WHERE rectified_on IS NOT NULL`),
  truncate: `UPDATE stats_housing_days SET hazards_reported = 0, hazards_rectified = 0, hazards_rectified_on_time = 0
      WHERE hazards_reported <> 0 OR hazards_rectified <> 0 OR hazards_rectified_on_time <> 0;
    DELETE FROM stats_housing_days WHERE inspections = 0 AND hazards_reported = 0 AND hazards_rectified = 0 AND hazards_rectified_on_time = 0;`,
};

const ROLLUPS = [HOUSES, BUILDINGS, INSPECTIONS, HAZARDS];

export class StatisticsRollups1700000000320 implements MigrationInterface {
  name = 'StatisticsRollups1700000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE stats_houses (area_code text NOT NULL, rental boolean NOT NULL, occupied boolean NOT NULL, houses bigint NOT NULL)`);
    await q.query(`CREATE UNIQUE INDEX stats_houses_key ON stats_houses (area_code text_pattern_ops, rental, occupied) INCLUDE (houses)`);
    await q.query(`
      CREATE TABLE stats_buildings (
        area_code text NOT NULL, rental boolean NOT NULL, access_control boolean NOT NULL, since date NOT NULL, buildings bigint NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX stats_buildings_key ON stats_buildings (area_code text_pattern_ops, rental, access_control, since) INCLUDE (buildings)`);
    await q.query(`
      CREATE TABLE stats_housing_days (
        area_code                 text NOT NULL,
        day                       date NOT NULL,
        inspections               bigint NOT NULL,
        hazards_reported          bigint NOT NULL,
        hazards_rectified         bigint NOT NULL,
        hazards_rectified_on_time bigint NOT NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX stats_housing_days_key ON stats_housing_days (area_code text_pattern_ops, day)
       INCLUDE (inspections, hazards_reported, hazards_rectified, hazards_rectified_on_time)`,
    );
    // the few houses that can be crowded at any ratio of at least 1: group-rental risk reads only these
    await q.query(`CREATE INDEX houses_crowded ON houses (area_code text_pattern_ops) INCLUDE (occupants, rooms) WHERE occupants > rooms`);

    // triggers first: creating them locks out writers until this transaction commits, so the
    // backfill below and every later change are counted exactly once
    for (const rollup of ROLLUPS) for (const statement of rollupTriggersSql(rollup)) await q.query(statement);

    await q.query(
      `INSERT INTO stats_houses (area_code, rental, occupied, houses) SELECT area_code, rental, occupants > 0, count(*) FROM houses GROUP BY 1, 2, 3`,
    );
    await q.query(`
      INSERT INTO stats_buildings (area_code, rental, access_control, since, buildings)
      SELECT grid_code, rental, access_control, COALESCE(access_control_since, '-infinity'::date), count(*) FROM buildings GROUP BY 1, 2, 3, 4`);
    await q.query(`
      INSERT INTO stats_housing_days (area_code, day, inspections, hazards_reported, hazards_rectified, hazards_rectified_on_time)
      SELECT area_code, day, sum(i), sum(r), sum(x), sum(o) FROM (
        SELECT area_code, inspected_on AS day, 1 AS i, 0 AS r, 0 AS x, 0 AS o FROM inspections
        UNION ALL SELECT area_code, reported_on, 0, 1, 0, 0 FROM hazards
        UNION ALL SELECT area_code, rectified_on, 0, 0, 1, CASE WHEN rectified_on <= deadline THEN 1 ELSE 0 END FROM hazards WHERE rectified_on IS NOT NULL) d
      GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const rollup of ROLLUPS) for (const statement of dropRollupTriggersSql(rollup)) await q.query(statement);
    await q.query(`DROP INDEX houses_crowded`);
    await q.query(`DROP TABLE stats_housing_days, stats_buildings, stats_houses`);
  }
}
