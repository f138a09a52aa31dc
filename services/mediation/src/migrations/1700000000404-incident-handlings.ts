import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every handling of a grid incident, with the department and the deadline it was due by. An
 * unsatisfied evaluation reopens an incident and clears its handling day; the handlings stay
 * here, so statistics count each one (on time or late) in the period it happened. Handlings
 * before this migration are taken from the incidents as they stand (only the latest of a
 * reopened incident was kept then).
 */
export class IncidentHandlings1700000000404 implements MigrationInterface {
  name = 'IncidentHandlings1700000000404';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE incident_handlings (
        id              bigserial PRIMARY KEY,
        incident_id     uuid NOT NULL REFERENCES grid_incidents (id),
        area_code       text NOT NULL,
        department_code text NOT NULL REFERENCES departments (code),
        handled_on      date NOT NULL,
        deadline        date NOT NULL
      )`);
    await q.query(`CREATE INDEX incident_handlings_area_handled ON incident_handlings (area_code text_pattern_ops, handled_on)`);
    await q.query(`
      INSERT INTO incident_handlings (incident_id, area_code, department_code, handled_on, deadline)
      SELECT id, area_code, department_code, handled_on, deadline FROM grid_incidents WHERE handled_on IS NOT NULL ORDER BY handled_on, id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE incident_handlings`);
  }
}
