import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bounds of every number a caller enters (see BOUNDS in domain/rules.ts), held by named
 * constraints so a write that skips the domain cannot store an implausible figure either.
 * NOT VALID: rows written before the bounds (the audit's outcome of 2,147,483,647) stay and
 * are summed exactly by the statistics; only new and changed rows are checked.
 */
export class Bounds1700000000310 implements MigrationInterface {
  name = 'Bounds1700000000310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activities ADD CONSTRAINT activities_participants_bound CHECK (participants BETWEEN 0 AND 100000) NOT VALID`);
    await q.query(`ALTER TABLE activities ADD CONSTRAINT activities_people_served_bound CHECK (people_served BETWEEN 0 AND 100000) NOT VALID`);
    await q.query(`ALTER TABLE project_targets ADD CONSTRAINT project_targets_target_bound CHECK (target BETWEEN 1 AND 1000000) NOT VALID`);
    await q.query(`ALTER TABLE project_outcomes ADD CONSTRAINT project_outcomes_value_bound CHECK (value BETWEEN 1 AND 1000000) NOT VALID`);
    await q.query(`ALTER TABLE service_projects ADD CONSTRAINT service_projects_budget_bound CHECK (budget_fen BETWEEN 1 AND 10000000000) NOT VALID`);
    await q.query(`ALTER TABLE fundraising_campaigns ADD CONSTRAINT fundraising_campaigns_goal_bound CHECK (goal_fen BETWEEN 1 AND 10000000000) NOT VALID`);
    await q.query(`ALTER TABLE donations ADD CONSTRAINT donations_amount_bound CHECK (amount_fen BETWEEN 1 AND 1000000000) NOT VALID`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activities DROP CONSTRAINT activities_participants_bound, DROP CONSTRAINT activities_people_served_bound`);
    await q.query(`ALTER TABLE project_targets DROP CONSTRAINT project_targets_target_bound`);
    await q.query(`ALTER TABLE project_outcomes DROP CONSTRAINT project_outcomes_value_bound`);
    await q.query(`ALTER TABLE service_projects DROP CONSTRAINT service_projects_budget_bound`);
    await q.query(`ALTER TABLE fundraising_campaigns DROP CONSTRAINT fundraising_campaigns_goal_bound`);
    await q.query(`ALTER TABLE donations DROP CONSTRAINT donations_amount_bound`);
  }
}
