import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Team kinds in US English: the neighborhood patrol is stored as NEIGHBORHOOD_PATROL (the API still accepts the old spelling). */
export class VolunteeringUsSpelling1700000000502 implements MigrationInterface {
  name = 'VolunteeringUsSpelling1700000000502';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE teams DROP CONSTRAINT teams_kind_check`);
    await q.query(`UPDATE teams SET kind = 'NEIGHBORHOOD_PATROL' WHERE kind = 'NEIGHBOURHOOD_PATROL'`);
    await q.query(
      `ALTER TABLE teams ADD CONSTRAINT teams_kind_check CHECK (kind IN ('CARE_FLEET', 'ANTI_DOMESTIC_VIOLENCE', 'EMERGENCY_MUTUAL_AID', 'NEIGHBORHOOD_PATROL', 'BUILDING_CAPTAINS', 'OTHER'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE teams DROP CONSTRAINT teams_kind_check`);
    await q.query(`UPDATE teams SET kind = 'NEIGHBOURHOOD_PATROL' WHERE kind = 'NEIGHBORHOOD_PATROL'`);
    await q.query(
      `ALTER TABLE teams ADD CONSTRAINT teams_kind_check CHECK (kind IN ('CARE_FLEET', 'ANTI_DOMESTIC_VIOLENCE', 'EMERGENCY_MUTUAL_AID', 'NEIGHBOURHOOD_PATROL', 'BUILDING_CAPTAINS', 'OTHER'))`,
    );
  }
}
