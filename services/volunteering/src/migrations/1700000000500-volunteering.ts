import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Volunteering1700000000500 implements MigrationInterface {
  name = 'Volunteering1700000000500';

  async up(q: QueryRunner): Promise<void> {
    // Read models, written only by the consumers (and the demo seed, as the consumers would have).
    // as_of is the occurredAt of the event that wrote the row: an older event arriving late changes nothing.
    await q.query(`
      CREATE TABLE known_persons (
        id         uuid PRIMARY KEY,
        area_code  text,
        as_of      timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE known_buildings (
        id         uuid PRIMARY KEY,
        grid_code  text NOT NULL,
        as_of      timestamptz NOT NULL
      )`);
    // captain coverage counts buildings by prefix of their grid
    await q.query(`CREATE INDEX known_buildings_grid_prefix ON known_buildings (grid_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE known_organizations (
        id         uuid PRIMARY KEY,
        name       text NOT NULL,
        status     text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DEREGISTERED')),
        area_code  text NOT NULL,
        as_of      timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE volunteers (
        id             uuid PRIMARY KEY,
        person_id      uuid NOT NULL,
        area_code      text NOT NULL,
        skills         text[] NOT NULL DEFAULT '{}',
        status         text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
        registered_on  date NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT volunteers_one_per_person UNIQUE (person_id)
      )`);
    await q.query(`CREATE INDEX volunteers_area_prefix ON volunteers (area_code text_pattern_ops, registered_on)`);
    await q.query(`CREATE INDEX volunteers_skills ON volunteers USING gin (skills)`);

    await q.query(`
      CREATE TABLE teams (
        id          uuid PRIMARY KEY,
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind        text NOT NULL CHECK (kind IN ('CARE_FLEET', 'ANTI_DOMESTIC_VIOLENCE', 'EMERGENCY_MUTUAL_AID', 'NEIGHBOURHOOD_PATROL', 'BUILDING_CAPTAINS', 'OTHER')),
        area_code   text NOT NULL,
        leader_id   uuid REFERENCES volunteers (id),
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT teams_name_per_area UNIQUE (area_code, name)
      )`);
    await q.query(`CREATE INDEX teams_area_prefix ON teams (area_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE team_members (
        team_id       uuid NOT NULL REFERENCES teams (id),
        volunteer_id  uuid NOT NULL REFERENCES volunteers (id),
        joined_at     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, volunteer_id)
      )`);
    await q.query(`CREATE INDEX team_members_volunteer ON team_members (volunteer_id)`);

    // area_code is the building's grid, so captains are scoped like the building
    await q.query(`
      CREATE TABLE building_captains (
        building_id   uuid NOT NULL REFERENCES known_buildings (id),
        volunteer_id  uuid NOT NULL REFERENCES volunteers (id),
        area_code     text NOT NULL,
        assigned_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (building_id, volunteer_id)
      )`);
    await q.query(`CREATE INDEX building_captains_volunteer ON building_captains (volunteer_id)`);

    await q.query(`
      CREATE TABLE activities (
        id                   uuid PRIMARY KEY,
        organiser_kind       text NOT NULL CHECK (organiser_kind IN ('TEAM', 'ORGANIZATION')),
        team_id              uuid REFERENCES teams (id),
        organization_id      uuid REFERENCES known_organizations (id),
        title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        area_code            text NOT NULL,
        place                text,
        starts_at            timestamptz NOT NULL,
        ends_at              timestamptz NOT NULL,
        capacity             integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
        signed_up            integer NOT NULL DEFAULT 0,
        required_skills      text[] NOT NULL DEFAULT '{}',
        status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FULL', 'CANCELLED', 'COMPLETED')),
        cancellation_reason  text,
        created_at           timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        -- the last line of defence for capacity, whatever the code above it does
        CHECK (signed_up BETWEEN 0 AND capacity),
        CHECK ((organiser_kind = 'TEAM') = (team_id IS NOT NULL) AND (organiser_kind = 'ORGANIZATION') = (organization_id IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX activities_area_prefix ON activities (area_code text_pattern_ops, starts_at)`);
    await q.query(`CREATE INDEX activities_starts ON activities (starts_at DESC, id)`);
    await q.query(`CREATE INDEX activities_team ON activities (team_id, starts_at DESC) WHERE team_id IS NOT NULL`);
    await q.query(`CREATE INDEX activities_organization ON activities (organization_id, starts_at DESC) WHERE organization_id IS NOT NULL`);

    // One row per sign-up. area_code and served_on are the activity's (its area, its day in
    // China Standard Time), copied so statistics need no join.
    await q.query(`
      CREATE TABLE attendances (
        id                 uuid PRIMARY KEY,
        activity_id        uuid NOT NULL REFERENCES activities (id),
        volunteer_id       uuid NOT NULL REFERENCES volunteers (id),
        area_code          text NOT NULL,
        served_on          date NOT NULL,
        starts_at          timestamptz NOT NULL,
        ends_at            timestamptz NOT NULL,
        status             text NOT NULL DEFAULT 'SIGNED_UP' CHECK (status IN ('SIGNED_UP', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT', 'NO_SHOW')),
        signed_up_at       timestamptz NOT NULL DEFAULT now(),
        cancelled_at       timestamptz,
        checked_in_at      timestamptz,
        checked_out_at     timestamptz,
        recorded_minutes   integer CHECK (recorded_minutes >= 0),
        adjusted_minutes   integer CHECK (adjusted_minutes BETWEEN 0 AND 1440),
        adjustment_reason  text,
        hours_status       text CHECK (hours_status IN ('PENDING', 'APPROVED', 'REVERSED')),
        approved_at        timestamptz,
        CHECK (checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at > checked_in_at)),
        CHECK ((hours_status IS NULL) = (status <> 'CHECKED_OUT')),
        CHECK ((adjusted_minutes IS NULL) = (adjustment_reason IS NULL))
      )`);
    // a volunteer holds one live sign-up per activity; a cancelled one may be followed by another
    await q.query(`CREATE UNIQUE INDEX attendances_one_live ON attendances (activity_id, volunteer_id) WHERE status <> 'CANCELLED'`);
    await q.query(`CREATE INDEX attendances_activity ON attendances (activity_id, signed_up_at, id)`);
    // the time-clash check looks at a volunteer's live sign-ups by time
    await q.query(`CREATE INDEX attendances_volunteer_time ON attendances (volunteer_id, starts_at, ends_at) WHERE status <> 'CANCELLED'`);
    await q.query(`CREATE INDEX attendances_served ON attendances (area_code text_pattern_ops, served_on) WHERE status = 'CHECKED_OUT'`);

    // Approved hours are a ledger: an approval adds minutes, a reversal takes them back. Rows
    // are never changed or removed, so what was passed on as points stays explainable.
    await q.query(`
      CREATE TABLE hours_entries (
        id             uuid PRIMARY KEY,
        attendance_id  uuid NOT NULL REFERENCES attendances (id),
        volunteer_id   uuid NOT NULL REFERENCES volunteers (id),
        activity_id    uuid NOT NULL REFERENCES activities (id),
        area_code      text NOT NULL,
        served_on      date NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('APPROVAL', 'REVERSAL')),
        minutes        integer NOT NULL CHECK (minutes >= 0),
        reason         text,
        reverses       uuid REFERENCES hours_entries (id),
        recorded_by    text NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'REVERSAL') = (reverses IS NOT NULL AND reason IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX hours_entries_one_reversal ON hours_entries (reverses) WHERE reverses IS NOT NULL`);
    await q.query(`CREATE INDEX hours_entries_attendance ON hours_entries (attendance_id, recorded_at)`);
    await q.query(`CREATE INDEX hours_entries_area_served ON hours_entries (area_code text_pattern_ops, served_on)`);
    await q.query(`CREATE INDEX hours_entries_volunteer_served ON hours_entries (volunteer_id, served_on)`);
    await q.query(`
      CREATE FUNCTION hours_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'hours entries are never changed; record a reversal instead'; END $$`);
    await q.query(`CREATE TRIGGER hours_entries_append_only BEFORE UPDATE OR DELETE ON hours_entries FOR EACH ROW EXECUTE FUNCTION hours_entries_append_only()`);

    await q.query(`
      CREATE TABLE awards (
        id            uuid PRIMARY KEY,
        volunteer_id  uuid NOT NULL REFERENCES volunteers (id),
        kind          text NOT NULL CHECK (kind IN ('GOOD_DEEDS_BOARD', 'GOOD_RESIDENT', 'STAR_VOLUNTEER', 'OTHER')),
        title         text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        awarded_on    date NOT NULL,
        awarded_by    text NOT NULL
      )`);
    await q.query(`CREATE INDEX awards_volunteer ON awards (volunteer_id, awarded_on DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE awards, hours_entries, attendances, activities, building_captains, team_members, teams, volunteers, known_organizations, known_buildings, known_persons`);
    await q.query(`DROP FUNCTION hours_entries_append_only()`);
  }
}
