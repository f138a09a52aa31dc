import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Names the constraints the domain turns into user errors when a request loses a race, and
 * adds the one rule awards lacked: the same award is given to a volunteer once a day.
 */
export class VolunteeringConflicts1700000000501 implements MigrationInterface {
  name = 'VolunteeringConflicts1700000000501';

  async up(q: QueryRunner): Promise<void> {
    // PostgreSQL named it after its place among the table's unnamed checks; give it the name the domain maps
    await q.query(`ALTER TABLE activities RENAME CONSTRAINT activities_check1 TO activities_signed_up_within_capacity`);
    await q.query(`CREATE UNIQUE INDEX awards_once ON awards (volunteer_id, kind, title, awarded_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX awards_once`);
    await q.query(`ALTER TABLE activities RENAME CONSTRAINT activities_signed_up_within_capacity TO activities_check1`);
  }
}
