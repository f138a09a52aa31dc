import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `known_houses` becomes the kernel's KNOWN_HOUSES read model (@linli/events): the building id
 * and the id of the event that wrote the row join its columns, so every service orders
 * housing's events by the same rule (occurredAt, then event id). Rows written before have no
 * event id or building: the nil id ranks them below any event, and the next event of each
 * house fills its building in.
 */
export class KnownHousesKit1700000000250 implements MigrationInterface {
  name = 'KnownHousesKit1700000000250';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE known_houses
        ADD COLUMN building_id uuid,
        ADD COLUMN as_of_event uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000'`);
    await q.query(`CREATE INDEX known_houses_area ON known_houses (grid_code text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX known_houses_area`);
    await q.query(`ALTER TABLE known_houses DROP COLUMN building_id, DROP COLUMN as_of_event`);
  }
}
