import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of population's persons, written only by the person consumer (and the demo seed,
 * as the consumer would have): a party, mediator, reporter, council member, stakeholder or
 * attendee must be a person population has registered. as_of is the occurredAt of the event that
 * wrote the row, so an older event arriving late changes nothing.
 */
export class KnownPersons1700000000401 implements MigrationInterface {
  name = 'KnownPersons1700000000401';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE known_persons (
        id             uuid PRIMARY KEY,
        household_type text NOT NULL CHECK (household_type IN ('LOCAL', 'MIGRANT')),
        area_code      text,
        as_of          timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE known_persons`);
  }
}
