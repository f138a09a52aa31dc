import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data closed against the leaks of issue 12:
 * - one person per document **number**, whatever the document type it was filed under: the
 *   blind index of the normalised number is unique on its own, so an ID card number filed as
 *   OTHER or PASSPORT is the same person (it used to be unique per type only);
 * - residence permit numbers are sealed like ID numbers: encrypted (`number_enc`), found and
 *   kept unique by a keyed hash (`number_hash`) and shown masked (`number_masked`). The plain
 *   `number` column stays nullable only for rows written before this migration: the service
 *   seals them on start (sealPermitNumbers, in batches) and writes no plain number again;
 * - the audit of reveals knows the field PERMIT_NUMBER.
 * The unique index on document_hash fails if two persons already share a number under different
 * types: those records are one person and must be merged by hand before upgrading.
 */
export class PersonalData1700000000240 implements MigrationInterface {
  name = 'PersonalData1700000000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE persons DROP CONSTRAINT persons_one_per_document`);
    await q.query(`CREATE UNIQUE INDEX persons_one_per_document_number ON persons (document_hash)`);

    await q.query(`
      ALTER TABLE residence_permits
        ALTER COLUMN number DROP NOT NULL,
        ADD COLUMN number_enc    text,
        ADD COLUMN number_hash   text,
        ADD COLUMN number_masked text`);
    await q.query(`CREATE UNIQUE INDEX residence_permits_one_per_number ON residence_permits (number_hash)`);
    // the rows still to seal, found without a scan once there are none
    await q.query(`CREATE INDEX residence_permits_plain ON residence_permits (id) WHERE number IS NOT NULL`);
    // a row holds its number either in plain (until sealed) or sealed, never neither
    await q.query(`
      ALTER TABLE residence_permits ADD CONSTRAINT residence_permits_number_sealed
        CHECK ((number IS NOT NULL) OR (number_enc IS NOT NULL AND number_hash IS NOT NULL AND number_masked IS NOT NULL))`);

    await q.query(`ALTER TABLE pii_audit DROP CONSTRAINT pii_audit_field_check`);
    await q.query(`ALTER TABLE pii_audit ADD CONSTRAINT pii_audit_field_check CHECK (field IN ('ID_NUMBER', 'PHONE', 'PERMIT_NUMBER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pii_audit DROP CONSTRAINT pii_audit_field_check`);
    await q.query(`ALTER TABLE pii_audit ADD CONSTRAINT pii_audit_field_check CHECK (field IN ('ID_NUMBER', 'PHONE'))`);
    await q.query(`ALTER TABLE residence_permits DROP CONSTRAINT residence_permits_number_sealed`);
    await q.query(`DROP INDEX residence_permits_one_per_number, residence_permits_plain`);
    await q.query(`ALTER TABLE residence_permits DROP COLUMN number_enc, DROP COLUMN number_hash, DROP COLUMN number_masked`);
    await q.query(`DROP INDEX persons_one_per_document_number`);
    await q.query(`ALTER TABLE persons ADD CONSTRAINT persons_one_per_document UNIQUE (document_type, document_hash)`);
  }
}
