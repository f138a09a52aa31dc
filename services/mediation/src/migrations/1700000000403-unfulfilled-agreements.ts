import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An agreement that is not honored closes its case as UNFULFILLED (and may then be referred):
 * the status joins the allowed, the closed and the agreement-holding statuses. The checks get
 * names of their own so the rules they hold can be named in the domain's constraint rules.
 */
export class UnfulfilledAgreements1700000000403 implements MigrationInterface {
  name = 'UnfulfilledAgreements1700000000403';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE dispute_cases DROP CONSTRAINT dispute_cases_status_check, DROP CONSTRAINT dispute_cases_check, DROP CONSTRAINT dispute_cases_check2`,
    );
    await q.query(`
      ALTER TABLE dispute_cases
        ADD CONSTRAINT dispute_cases_status_check
          CHECK (status IN ('INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'FULFILLED', 'UNFULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')),
        ADD CONSTRAINT dispute_cases_closed_when_ended
          CHECK ((status IN ('FULFILLED', 'UNFULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')) = (closed_on IS NOT NULL)),
        ADD CONSTRAINT dispute_cases_agreement_held
          CHECK (status NOT IN ('AGREEMENT_REACHED', 'FULFILLED', 'UNFULFILLED') OR (agreement_terms IS NOT NULL AND fulfilment_deadline IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE dispute_cases DROP CONSTRAINT dispute_cases_status_check, DROP CONSTRAINT dispute_cases_closed_when_ended, DROP CONSTRAINT dispute_cases_agreement_held`,
    );
    await q.query(`
      ALTER TABLE dispute_cases
        ADD CONSTRAINT dispute_cases_status_check CHECK (status IN ('INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'FULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')),
        ADD CONSTRAINT dispute_cases_check CHECK ((status IN ('FULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')) = (closed_on IS NOT NULL)),
        ADD CONSTRAINT dispute_cases_check2 CHECK (status NOT IN ('AGREEMENT_REACHED', 'FULFILLED') OR (agreement_terms IS NOT NULL AND fulfilment_deadline IS NOT NULL))`);
  }
}
