import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * known_persons becomes the kernel's read model (KNOWN_PERSONS in @linli/events): the event id
 * beside its time breaks ties under the one ordering rule, and the area index serves the scoped
 * reads every write and every person reference makes. Rows written before carry the nil id, so
 * any event of the same instant wins over them.
 */
export class KnownPersonsReadModel1700000000402 implements MigrationInterface {
  name = 'KnownPersonsReadModel1700000000402';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE known_persons ADD COLUMN as_of_event uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'`);
    await q.query(`ALTER TABLE known_persons ALTER COLUMN as_of_event DROP DEFAULT`);
    await q.query(`CREATE INDEX known_persons_area ON known_persons (area_code text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX known_persons_area`);
    await q.query(`ALTER TABLE known_persons DROP COLUMN as_of_event`);
  }
}
