import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Management modes in US English: the migrant-service center is stored as SERVICE_CENTER (the API still accepts the old spelling). */
export class HousingUsSpelling1700000000330 implements MigrationInterface {
  name = 'HousingUsSpelling1700000000330';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE buildings DROP CONSTRAINT buildings_management_mode_check`);
    await q.query(`UPDATE buildings SET management_mode = 'SERVICE_CENTER' WHERE management_mode = 'SERVICE_CENTRE'`);
    await q.query(`
      ALTER TABLE buildings ALTER COLUMN management_mode SET DEFAULT 'SERVICE_CENTER',
        ADD CONSTRAINT buildings_management_mode_check
          CHECK (management_mode IN ('VILLAGE_COMMITTEE', 'PROPERTY_COMPANY', 'ENTERPRISE', 'LANDLORD', 'SERVICE_CENTER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE buildings DROP CONSTRAINT buildings_management_mode_check`);
    await q.query(`UPDATE buildings SET management_mode = 'SERVICE_CENTRE' WHERE management_mode = 'SERVICE_CENTER'`);
    await q.query(`
      ALTER TABLE buildings ALTER COLUMN management_mode SET DEFAULT 'SERVICE_CENTRE',
        ADD CONSTRAINT buildings_management_mode_check
          CHECK (management_mode IN ('VILLAGE_COMMITTEE', 'PROPERTY_COMPANY', 'ENTERPRISE', 'LANDLORD', 'SERVICE_CENTRE'))`);
  }
}
