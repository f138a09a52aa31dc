import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organization registry and its work. Every table that holds rows callers list carries
 * the home community's area_code, so scope and statistics are prefix matches served by a
 * text_pattern_ops index (district scale: thousands of organizations, hundreds of thousands
 * of memberships and activities).
 */
export class Organizations1700000000300 implements MigrationInterface {
  name = 'Organizations1700000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id                 uuid PRIMARY KEY,
        name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        registration_kind  text NOT NULL CHECK (registration_kind IN ('CIVIL_AFFAIRS', 'COMMUNITY_FILING')),
        credit_code        text CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
        filing_number      text CHECK (length(filing_number) BETWEEN 1 AND 40),
        category           text NOT NULL CHECK (category IN ('PUBLIC_WELFARE', 'LEISURE', 'CULTURE_EDUCATION', 'SPORTS', 'OTHER')),
        area_code          text NOT NULL CHECK (area_code ~ '^[0-9]{12}$'),
        founded_on         date NOT NULL,
        party_branch       boolean NOT NULL DEFAULT false,
        contact_person_id  uuid,
        status             text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DEREGISTERED')),
        status_reason      text,
        status_changed_on  date,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        -- exactly the identifier the registration kind calls for
        CONSTRAINT organizations_identifier CHECK (
          (registration_kind = 'CIVIL_AFFAIRS' AND credit_code IS NOT NULL AND filing_number IS NULL)
          OR (registration_kind = 'COMMUNITY_FILING' AND filing_number IS NOT NULL AND credit_code IS NULL))
      )`);
    await q.query(`CREATE INDEX organizations_area_prefix ON organizations (area_code text_pattern_ops)`);
    await q.query(`CREATE INDEX organizations_name ON organizations (name, id)`);
    await q.query(`CREATE UNIQUE INDEX organizations_credit_code ON organizations (credit_code) WHERE credit_code IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX organizations_filing_number ON organizations (area_code, filing_number) WHERE filing_number IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX organizations_name_in_community ON organizations (area_code, name) WHERE status <> 'DEREGISTERED'`);

    await q.query(`
      CREATE TABLE organization_status_changes (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        from_status     text NOT NULL,
        to_status       text NOT NULL,
        reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
        changed_on      date NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organization_status_changes_org ON organization_status_changes (organization_id, changed_on)`);

    // persons population announced: members and contacts must be real people
    await q.query(`CREATE TABLE known_persons (id uuid PRIMARY KEY, area_code text)`);

    await q.query(`
      CREATE TABLE memberships (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        person_id       uuid NOT NULL,
        area_code       text NOT NULL,
        role            text NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER')),
        from_on         date NOT NULL,
        to_on           date,
        CONSTRAINT memberships_period CHECK (to_on IS NULL OR to_on >= from_on)
      )`);
    // the rule "at most one current chair" holds even against two concurrent requests
    await q.query(`CREATE UNIQUE INDEX memberships_one_current_chair ON memberships (organization_id) WHERE role = 'CHAIR' AND to_on IS NULL`);
    await q.query(`CREATE UNIQUE INDEX memberships_one_current_per_person ON memberships (organization_id, person_id) WHERE to_on IS NULL`);
    await q.query(`CREATE INDEX memberships_org ON memberships (organization_id, from_on)`);
    await q.query(`CREATE INDEX memberships_person ON memberships (person_id)`);
    await q.query(`CREATE INDEX memberships_current_area ON memberships (area_code text_pattern_ops) WHERE to_on IS NULL`);

    await q.query(`
      CREATE TABLE service_projects (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        area_code       text NOT NULL,
        name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        funder          text NOT NULL CHECK (length(funder) BETWEEN 1 AND 100),
        budget_fen      bigint NOT NULL CHECK (budget_fen > 0),
        starts_on       date NOT NULL,
        ends_on         date NOT NULL,
        status          text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')),
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT service_projects_period CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX service_projects_org ON service_projects (organization_id, starts_on)`);
    await q.query(`CREATE INDEX service_projects_area ON service_projects (area_code text_pattern_ops, starts_on) WHERE status <> 'CANCELLED'`);
    await q.query(`
      CREATE TABLE project_targets (
        id         uuid PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES service_projects (id),
        measure    text NOT NULL CHECK (measure IN ('HOUSEHOLDS_VISITED', 'ACTIVITIES_HELD', 'PERSON_TIMES_SERVED', 'OTHER')),
        name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        target     integer NOT NULL CHECK (target > 0),
        position   integer NOT NULL,
        CONSTRAINT project_targets_unique UNIQUE (project_id, measure, name)
      )`);
    await q.query(`
      CREATE TABLE project_outcomes (
        id          uuid PRIMARY KEY,
        project_id  uuid NOT NULL REFERENCES service_projects (id),
        target_id   uuid NOT NULL REFERENCES project_targets (id),
        area_code   text NOT NULL,
        value       integer NOT NULL CHECK (value > 0),
        reported_on date NOT NULL,
        note        text,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX project_outcomes_project ON project_outcomes (project_id, reported_on)`);
    await q.query(`CREATE INDEX project_outcomes_target ON project_outcomes (target_id)`);
    await q.query(`CREATE INDEX project_outcomes_area ON project_outcomes (area_code text_pattern_ops, reported_on)`);

    await q.query(`
      CREATE TABLE activity_series (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        title           text NOT NULL,
        frequency       text NOT NULL CHECK (frequency IN ('WEEKLY', 'MONTHLY', 'YEARLY')),
        from_on         date NOT NULL,
        to_on           date NOT NULL,
        occurrences     integer NOT NULL CHECK (occurrences > 0)
      )`);
    await q.query(`
      CREATE TABLE activities (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        area_code       text NOT NULL,
        title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        held_on         date NOT NULL,
        place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        participants    integer NOT NULL CHECK (participants >= 0),
        people_served   integer NOT NULL CHECK (people_served >= 0),
        project_id      uuid REFERENCES service_projects (id),
        series_id       uuid REFERENCES activity_series (id),
        recorded_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activities_org ON activities (organization_id, held_on DESC, id DESC)`);
    await q.query(`CREATE INDEX activities_area ON activities (area_code text_pattern_ops, held_on)`);

    await q.query(`
      CREATE TABLE fundraising_campaigns (
        id              uuid PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        area_code       text NOT NULL,
        name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        starts_on       date NOT NULL,
        ends_on         date NOT NULL,
        goal_fen        bigint CHECK (goal_fen > 0),
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT fundraising_campaigns_period CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX fundraising_campaigns_org ON fundraising_campaigns (organization_id, starts_on)`);
    // money is integer fen: exact, no floating point anywhere
    await q.query(`
      CREATE TABLE donations (
        id           uuid PRIMARY KEY,
        campaign_id  uuid NOT NULL REFERENCES fundraising_campaigns (id),
        area_code    text NOT NULL,
        amount_fen   bigint NOT NULL CHECK (amount_fen > 0),
        donor_kind   text NOT NULL CHECK (donor_kind IN ('INDIVIDUAL', 'ENTERPRISE', 'ORGANIZATION', 'ANONYMOUS')),
        donor_name   text,
        donated_on   date NOT NULL,
        recorded_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX donations_campaign ON donations (campaign_id, donated_on DESC, id DESC)`);
    await q.query(`CREATE INDEX donations_area ON donations (area_code text_pattern_ops, donated_on)`);

    // read model of volunteering's approved hours, one row per approval event; a reversal
    // names the approval it undoes, so approvals and reversals merge in any order
    await q.query(`
      CREATE TABLE volunteer_hours (
        approval_event_id uuid PRIMARY KEY,
        organization_id   uuid,
        attendance_id     uuid,
        activity_id       uuid,
        person_id         uuid,
        minutes           integer NOT NULL DEFAULT 0 CHECK (minutes >= 0),
        served_on         date,
        approved          boolean NOT NULL DEFAULT false,
        reversed          boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX volunteer_hours_org ON volunteer_hours (organization_id, served_on) WHERE approved AND NOT reversed`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE volunteer_hours, donations, fundraising_campaigns, activities, activity_series, project_outcomes, project_targets,
      service_projects, memberships, known_persons, organization_status_changes, organizations`);
  }
}
