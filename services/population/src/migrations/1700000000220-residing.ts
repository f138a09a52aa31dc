import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who lives in an area now, and statistics that stay fast at district scale.
 *
 * `persons.residing` is true while the person lives in their area: a current residence there,
 * or registered there with no residence history yet. It turns false when their residence
 * ends without a new one (they moved away); `area_code` keeps their last area, so their
 * record stays readable where they lived. Statistics count residing persons only.
 *
 * `persons.key_groups` (kinds of current key-group memberships) and `persons.permit_expires_on`
 * (last valid day of the latest residence permit) are kept with the visit schedule in one
 * statement (REFRESH_DERIVED_SQL) on every change of tags, permits, visits and residence.
 *
 * The statistics join every table to a list of areas by a prefix range
 * (`area_code ~>=~ code AND area_code ~<~ code || ':'`), which text_pattern_ops indexes serve;
 * with the index below, every person figure of an area is one index-only range scan.
 */
export class Residing1700000000220 implements MigrationInterface {
  name = 'Residing1700000000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persons
        ADD COLUMN residing          boolean NOT NULL DEFAULT true,
        ADD COLUMN key_groups        text[] NOT NULL DEFAULT '{}',
        ADD COLUMN permit_expires_on date`);
    // every person figure of an area (residents, migrants, locals, overdue, key groups, valid
    // and expiring permits) from one index-only range scan. Built before the backfill: an index
    // built after an UPDATE in the same transaction stays unusable (indcheckxmin) until every
    // older snapshot in the cluster is gone.
    await q.query(`
      CREATE INDEX persons_residing ON persons (area_code text_pattern_ops, household_type, next_visit_due, permit_expires_on)
        INCLUDE (key_groups) WHERE residing`);
    // persons whose residences all ended have moved away
    await q.query(`
      UPDATE persons p SET residing = false
      WHERE EXISTS (SELECT 1 FROM residences r WHERE r.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM residences r WHERE r.person_id = p.id AND r.to_date IS NULL)`);
    await q.query(`
      UPDATE persons p SET key_groups = k.kinds
      FROM (SELECT person_id, array_agg(kind ORDER BY kind) AS kinds FROM key_group_tags WHERE to_date IS NULL GROUP BY person_id) k
      WHERE k.person_id = p.id`);
    await q.query(`
      UPDATE persons p SET permit_expires_on = rp.expiry
      FROM (SELECT person_id, max(expires_on) AS expiry FROM residence_permits GROUP BY person_id) rp
      WHERE rp.person_id = p.id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX persons_residing`);
    await q.query(`ALTER TABLE persons DROP COLUMN residing, DROP COLUMN key_groups, DROP COLUMN permit_expires_on`);
  }
}
