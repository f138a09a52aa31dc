import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rest of population: person details, residence permits, key groups, home visits with
 * the "3456" rule table, points, and the append-only audit of personal-data reveals.
 */
export class PopulationRecords1700000000210 implements MigrationInterface {
  name = 'PopulationRecords1700000000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persons
        ADD COLUMN origin          text CHECK (length(origin) <= 100),
        ADD COLUMN occupation      text CHECK (length(occupation) <= 100),
        ADD COLUMN party_member    boolean NOT NULL DEFAULT false,
        ADD COLUMN settled_since   date,
        ADD COLUMN last_visited_on date,
        ADD COLUMN visit_rule      text CHECK (visit_rule IN ('MIGRANT', 'KEY_GROUP', 'OTHER')),
        ADD COLUMN next_visit_due  date,
        ADD COLUMN updated_at      timestamptz NOT NULL DEFAULT now()`);
    // overdueVisits of a community: a prefix range on area_code, then the (few) overdue rows in due order
    await q.query(`CREATE INDEX persons_visit_due ON persons (area_code text_pattern_ops, next_visit_due, id) WHERE next_visit_due IS NOT NULL`);
    await q.query(`CREATE INDEX persons_area_birth ON persons (area_code text_pattern_ops, birth_date)`);

    // housing's events carry no version; the envelope's instant orders them so an older one never wins
    await q.query(`ALTER TABLE known_houses ADD COLUMN as_of timestamptz NOT NULL DEFAULT '-infinity'`);

    await q.query(`CREATE INDEX residences_area_from ON residences (area_code text_pattern_ops, from_date)`);
    await q.query(`CREATE INDEX residences_area_ended ON residences (area_code text_pattern_ops, to_date) WHERE to_date IS NOT NULL`);

    await q.query(`
      CREATE TABLE residence_permits (
        id          uuid PRIMARY KEY,
        person_id   uuid NOT NULL REFERENCES persons (id),
        number      text NOT NULL UNIQUE,
        issued_on   date NOT NULL,
        expires_on  date NOT NULL,
        renewed_on  date,
        renewals    integer NOT NULL DEFAULT 0,
        CHECK (expires_on > issued_on)
      )`);
    await q.query(`CREATE INDEX residence_permits_person ON residence_permits (person_id, expires_on DESC)`);
    await q.query(`CREATE INDEX residence_permits_expiry ON residence_permits (expires_on, id)`);

    await q.query(`
      CREATE TABLE key_group_tags (
        id         uuid PRIMARY KEY,
        person_id  uuid NOT NULL REFERENCES persons (id),
        kind       text NOT NULL CHECK (kind IN ('ELDERLY_ALONE', 'DISABLED', 'LOW_INCOME', 'LEFT_BEHIND_CHILD', 'COMMUNITY_CORRECTION', 'OTHER')),
        from_date  date NOT NULL,
        to_date    date,
        note       text CHECK (length(note) <= 500),
        CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    await q.query(`CREATE UNIQUE INDEX key_group_tags_one_current ON key_group_tags (person_id, kind) WHERE to_date IS NULL`);
    await q.query(`CREATE INDEX key_group_tags_person ON key_group_tags (person_id, from_date DESC)`);

    // the "3456" rule as data: how often each category of person is visited; the strictest applying wins
    await q.query(`
      CREATE TABLE visit_rules (
        category      text PRIMARY KEY CHECK (category IN ('MIGRANT', 'KEY_GROUP', 'OTHER')),
        interval_days integer NOT NULL CHECK (interval_days BETWEEN 1 AND 366)
      )`);
    await q.query(`INSERT INTO visit_rules (category, interval_days) VALUES ('MIGRANT', 7), ('KEY_GROUP', 30), ('OTHER', 182)`);

    await q.query(`
      CREATE TABLE visits (
        id                uuid PRIMARY KEY,
        person_id         uuid NOT NULL REFERENCES persons (id),
        area_code         text NOT NULL,
        visited_on        date NOT NULL,
        visitor_id        text NOT NULL,
        visitor_name      text NOT NULL,
        findings          text NOT NULL CHECK (length(findings) <= 2000),
        follow_up_needed  boolean NOT NULL,
        recorded_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX visits_person ON visits (person_id, visited_on DESC, id)`);
    await q.query(`CREATE INDEX visits_area_day ON visits (area_code text_pattern_ops, visited_on)`);

    await q.query(`
      CREATE TABLE points_entries (
        id               uuid PRIMARY KEY,
        person_id        uuid NOT NULL REFERENCES persons (id),
        rule             text NOT NULL CHECK (rule IN ('RESIDENCE_MONTHS', 'VOLUNTEER_HOURS')),
        source           text NOT NULL,
        reference        text NOT NULL,
        points           integer NOT NULL,
        awarded_on       date NOT NULL,
        source_event_id  uuid UNIQUE,
        reverses         uuid UNIQUE REFERENCES points_entries (id),
        recorded_at      timestamptz NOT NULL DEFAULT now()
      )`);
    // an award from an event is unique by the event (source_event_id); one computed here (residence months) by its reference
    await q.query(`CREATE UNIQUE INDEX points_entries_one_accrual ON points_entries (person_id, rule, reference) WHERE source_event_id IS NULL AND reverses IS NULL`);
    await q.query(`CREATE INDEX points_entries_person ON points_entries (person_id, awarded_on DESC, id)`);
    // a revocation that arrived before the award it revokes (events out of order)
    await q.query(`
      CREATE TABLE points_revocations (
        approved_event_id  uuid PRIMARY KEY,
        reversal_event_id  uuid NOT NULL,
        revoked_at         timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE pii_audit (
        id           uuid PRIMARY KEY,
        seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        viewer_id    text NOT NULL,
        viewer_name  text NOT NULL,
        role         text NOT NULL,
        person_id    uuid NOT NULL REFERENCES persons (id),
        area_code    text NOT NULL,
        field        text NOT NULL CHECK (field IN ('ID_NUMBER', 'PHONE')),
        reason       text NOT NULL CHECK (length(btrim(reason)) > 0),
        request_id   text NOT NULL,
        revealed_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX pii_audit_area ON pii_audit (area_code text_pattern_ops, seq DESC)`);
    await q.query(`CREATE INDEX pii_audit_person ON pii_audit (person_id, seq DESC)`);
    // the audit is append-only: the database itself refuses to change or remove a record
    await q.query(`
      CREATE FUNCTION pii_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pii_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER pii_audit_no_change BEFORE UPDATE OR DELETE ON pii_audit FOR EACH ROW EXECUTE FUNCTION pii_audit_append_only()`);
    await q.query(`CREATE TRIGGER pii_audit_no_truncate BEFORE TRUNCATE ON pii_audit FOR EACH STATEMENT EXECUTE FUNCTION pii_audit_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pii_audit, points_revocations, points_entries, visits, visit_rules, key_group_tags, residence_permits`);
    await q.query(`DROP FUNCTION pii_audit_append_only()`);
    await q.query(`DROP INDEX residences_area_from, residences_area_ended, persons_visit_due, persons_area_birth`);
    await q.query(`ALTER TABLE known_houses DROP COLUMN as_of`);
    await q.query(`ALTER TABLE persons DROP COLUMN origin, DROP COLUMN occupation, DROP COLUMN party_member, DROP COLUMN settled_since,
      DROP COLUMN last_visited_on, DROP COLUMN visit_rule, DROP COLUMN next_visit_due, DROP COLUMN updated_at`);
  }
}
