import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dispute types in US English (NEIGHBOR, LABOR); the API still takes the old spellings as deprecated aliases. */
export class DisputeTypesUsSpelling1700000000405 implements MigrationInterface {
  name = 'DisputeTypesUsSpelling1700000000405';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dispute_cases DROP CONSTRAINT dispute_cases_type_check`);
    await q.query(
      `UPDATE dispute_cases SET type = CASE type WHEN 'NEIGHBOUR' THEN 'NEIGHBOR' WHEN 'LABOUR' THEN 'LABOR' ELSE type END WHERE type IN ('NEIGHBOUR', 'LABOUR')`,
    );
    await q.query(
      `ALTER TABLE dispute_cases ADD CONSTRAINT dispute_cases_type_check CHECK (type IN ('NEIGHBOR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOR', 'OTHER'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dispute_cases DROP CONSTRAINT dispute_cases_type_check`);
    await q.query(
      `UPDATE dispute_cases SET type = CASE type WHEN 'NEIGHBOR' THEN 'NEIGHBOUR' WHEN 'LABOR' THEN 'LABOUR' ELSE type END WHERE type IN ('NEIGHBOR', 'LABOR')`,
    );
    await q.query(
      `ALTER TABLE dispute_cases ADD CONSTRAINT dispute_cases_type_check CHECK (type IN ('NEIGHBOUR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOUR', 'OTHER'))`,
    );
  }
}
