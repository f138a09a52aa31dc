import { KNOWN_PERSONS, readModelTableSql } from '@linli/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of population's persons (the kernel's KNOWN_PERSONS: id, area, household
 * type, and the event that wrote the row), and the plausibility bounds of houses and buildings
 * as constraints that back the domain's OUT_OF_RANGE rules.
 */
export class PersonsBounds1700000000310 implements MigrationInterface {
  name = 'PersonsBounds1700000000310';

  async up(q: QueryRunner): Promise<void> {
    for (const statement of readModelTableSql(KNOWN_PERSONS)) await q.query(statement);
    await q.query(`ALTER TABLE houses ADD CONSTRAINT houses_rooms_bounds CHECK (rooms BETWEEN 0 AND 100)`);
    await q.query(`ALTER TABLE houses ADD CONSTRAINT houses_floor_area_bounds CHECK (floor_area > 0 AND floor_area <= 10000)`);
    await q.query(`ALTER TABLE buildings ADD CONSTRAINT buildings_floors_bounds CHECK (floors BETWEEN 1 AND 200)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE buildings DROP CONSTRAINT buildings_floors_bounds`);
    await q.query(`ALTER TABLE houses DROP CONSTRAINT houses_floor_area_bounds`);
    await q.query(`ALTER TABLE houses DROP CONSTRAINT houses_rooms_bounds`);
    await q.query(`DROP TABLE ${KNOWN_PERSONS.table}`);
  }
}
