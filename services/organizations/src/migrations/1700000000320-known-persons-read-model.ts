import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * known_persons becomes the kernel's KNOWN_PERSONS read model (@linli/events): the columns of
 * its spec and the event that set each row (as_of, as_of_event), so the one ordering rule
 * applies. Rows kept before count as older than any event (the epoch, the nil id), so the next
 * announcement of each person replaces them whole; until then their household type is ''.
 */
export class KnownPersonsReadModel1700000000320 implements MigrationInterface {
  name = 'KnownPersonsReadModel1700000000320';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE known_persons
      ADD COLUMN household_type text NOT NULL DEFAULT '',
      ADD COLUMN as_of timestamptz NOT NULL DEFAULT 'epoch',
      ADD COLUMN as_of_event uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'`);
    await q.query(`ALTER TABLE known_persons ALTER COLUMN household_type DROP DEFAULT, ALTER COLUMN as_of DROP DEFAULT, ALTER COLUMN as_of_event DROP DEFAULT`);
    await q.query(`CREATE INDEX known_persons_area ON known_persons (area_code text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX known_persons_area`);
    await q.query(`ALTER TABLE known_persons DROP COLUMN household_type, DROP COLUMN as_of, DROP COLUMN as_of_event`);
  }
}
