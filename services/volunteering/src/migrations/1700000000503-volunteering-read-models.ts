import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models of persons, buildings and organizations move to the kernel's kit
 * (@linli/events): its columns (a person's household type) and its ordering rule (the last
 * occurredAt wins, ties by event id, so each row also keeps the id of the event that wrote it).
 * Rows written before carry the nil event id, which every real event id follows; persons
 * written before get LOCAL until population's next event about them says otherwise.
 */
export class VolunteeringReadModels1700000000503 implements MigrationInterface {
  name = 'VolunteeringReadModels1700000000503';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE known_persons ADD COLUMN household_type text NOT NULL DEFAULT 'LOCAL'`);
    await q.query(`ALTER TABLE known_persons ALTER COLUMN household_type DROP DEFAULT`);
    for (const table of ['known_persons', 'known_buildings', 'known_organizations']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN as_of_event uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN as_of_event DROP DEFAULT`);
    }
    // the kit scopes reads by the area column
    await q.query(`CREATE INDEX known_persons_area ON known_persons (area_code text_pattern_ops)`);
    await q.query(`CREATE INDEX known_organizations_area ON known_organizations (area_code text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX known_organizations_area`);
    await q.query(`DROP INDEX known_persons_area`);
    for (const table of ['known_persons', 'known_buildings', 'known_organizations']) await q.query(`ALTER TABLE ${table} DROP COLUMN as_of_event`);
    await q.query(`ALTER TABLE known_persons DROP COLUMN household_type`);
  }
}
