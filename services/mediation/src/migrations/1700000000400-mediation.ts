import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mediation's tables. Every row that belongs somewhere stores its area_code; "within X" is a
 * prefix match served by text_pattern_ops indexes, composite with the date statistics filter
 * by, and partial where a status filter is common (open cases, incidents waiting on a department).
 */
export class Mediation1700000000400 implements MigrationInterface {
  name = 'Mediation1700000000400';

  async up(q: QueryRunner): Promise<void> {
    // ---- committees and mediators -------------------------------------------------------
    await q.query(`
      CREATE TABLE mediation_committees (
        id         uuid PRIMARY KEY,
        area_code  text NOT NULL CHECK (area_code ~ '^[0-9]{12}$'),
        name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mediation_committees_one_per_community UNIQUE (area_code)
      )`);
    await q.query(`CREATE INDEX mediation_committees_area_prefix ON mediation_committees (area_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE mediators (
        id               uuid PRIMARY KEY,
        committee_id     uuid NOT NULL REFERENCES mediation_committees (id),
        area_code        text NOT NULL,
        person_id        uuid NOT NULL,
        employment       text NOT NULL CHECK (employment IN ('FULL_TIME', 'PART_TIME')),
        volunteer_lawyer boolean NOT NULL DEFAULT false,
        joined_on        date NOT NULL,
        CONSTRAINT mediators_once_per_committee UNIQUE (committee_id, person_id)
      )`);
    await q.query(`CREATE INDEX mediators_area_prefix ON mediators (area_code text_pattern_ops)`);

    // ---- incidents: routing table first, cases and topics point at incidents --------------
    await q.query(`
      CREATE TABLE departments (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
      )`);
    await q.query(`
      CREATE TABLE incident_categories (
        code            text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        department_code text REFERENCES departments (code),
        time_limit_days integer NOT NULL CHECK (time_limit_days BETWEEN 1 AND 365)
      )`);
    await q.query(`
      CREATE TABLE grid_incidents (
        id                 uuid PRIMARY KEY,
        area_code          text NOT NULL CHECK (area_code ~ '^[0-9]{12}([0-9]{3})?$'),
        category_code      text NOT NULL REFERENCES incident_categories (code),
        place              text NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
        description        text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        reporter_kind      text NOT NULL CHECK (reporter_kind IN ('GRID_WORKER', 'BUILDING_CAPTAIN', 'RESIDENT')),
        reporter_person_id uuid,
        reported_on        date NOT NULL,
        step               text NOT NULL CHECK (step IN ('REPORTED', 'DISPATCHED', 'HANDLED', 'FOLLOWED_UP', 'CLOSED')),
        department_code    text REFERENCES departments (code),
        dispatched_on      date,
        deadline           date,
        handled_on         date,
        handling           text,
        followed_up_on     date,
        follow_up_note     text,
        closed_on          date,
        reopen_count       integer NOT NULL DEFAULT 0,
        dispute_case_id    uuid UNIQUE,
        council_topic_id   uuid UNIQUE,
        created_at         timestamptz NOT NULL DEFAULT now(),
        CHECK (step = 'REPORTED' OR (department_code IS NOT NULL AND deadline IS NOT NULL AND dispatched_on IS NOT NULL)),
        CHECK ((step = 'CLOSED') = (closed_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX grid_incidents_area_reported ON grid_incidents (area_code text_pattern_ops, reported_on)`);
    await q.query(`CREATE INDEX grid_incidents_area_handled ON grid_incidents (area_code text_pattern_ops, handled_on) WHERE handled_on IS NOT NULL`);
    // incidents waiting on a department: the overdue count and the departments' backlog read these
    await q.query(`CREATE INDEX grid_incidents_waiting ON grid_incidents (area_code text_pattern_ops, deadline) WHERE step = 'DISPATCHED'`);
    await q.query(`CREATE INDEX grid_incidents_department ON grid_incidents (department_code, deadline) WHERE department_code IS NOT NULL`);
    await q.query(`CREATE INDEX grid_incidents_list ON grid_incidents (reported_on DESC, id DESC)`);
    await q.query(`
      CREATE TABLE incident_steps (
        id          bigserial PRIMARY KEY,
        incident_id uuid NOT NULL REFERENCES grid_incidents (id),
        from_step   text,
        to_step     text NOT NULL,
        on_date     date NOT NULL,
        note        text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX incident_steps_incident ON incident_steps (incident_id, id)`);
    await q.query(`
      CREATE TABLE incident_evaluations (
        id           bigserial PRIMARY KEY,
        incident_id  uuid NOT NULL REFERENCES grid_incidents (id),
        area_code    text NOT NULL,
        evaluated_on date NOT NULL,
        satisfied    boolean NOT NULL,
        score        integer NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment      text
      )`);
    await q.query(`CREATE INDEX incident_evaluations_area ON incident_evaluations (area_code text_pattern_ops, evaluated_on)`);
    await q.query(`CREATE INDEX incident_evaluations_incident ON incident_evaluations (incident_id, id)`);

    // ---- dispute cases ---------------------------------------------------------------------
    await q.query(`
      CREATE TABLE dispute_cases (
        id                   uuid PRIMARY KEY,
        area_code            text NOT NULL CHECK (area_code ~ '^[0-9]{12}([0-9]{3})?$'),
        committee_id         uuid REFERENCES mediation_committees (id),
        type                 text NOT NULL CHECK (type IN ('NEIGHBOUR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOUR', 'OTHER')),
        summary              text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
        status               text NOT NULL CHECK (status IN ('INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'FULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')),
        opened_on            date NOT NULL,
        due_on               date NOT NULL,
        status_on            date NOT NULL,
        closed_on            date,
        agreement_terms      text,
        agreement_on         date,
        fulfilment_deadline  date,
        fulfilled_on         date,
        failure_reason       text,
        referred_to          text CHECK (referred_to IN ('COURT', 'DEPARTMENT')),
        referral_institution text,
        referred_on          date,
        withdrawal_reason    text,
        incident_id          uuid UNIQUE REFERENCES grid_incidents (id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('FULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN')) = (closed_on IS NOT NULL)),
        CHECK (closed_on IS NULL OR closed_on >= opened_on),
        CHECK (status NOT IN ('AGREEMENT_REACHED', 'FULFILLED') OR (agreement_terms IS NOT NULL AND fulfilment_deadline IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX dispute_cases_area_opened ON dispute_cases (area_code text_pattern_ops, opened_on)`);
    await q.query(`CREATE INDEX dispute_cases_area_closed ON dispute_cases (area_code text_pattern_ops, closed_on) WHERE closed_on IS NOT NULL`);
    await q.query(`CREATE INDEX dispute_cases_open_due ON dispute_cases (area_code text_pattern_ops, due_on) WHERE closed_on IS NULL`);
    await q.query(`CREATE INDEX dispute_cases_list ON dispute_cases (opened_on DESC, id DESC)`);
    await q.query(`
      CREATE TABLE dispute_parties (
        case_id   uuid NOT NULL REFERENCES dispute_cases (id),
        person_id uuid NOT NULL,
        role      text NOT NULL CHECK (role IN ('APPLICANT', 'RESPONDENT')),
        position  integer NOT NULL,
        -- one row per person and case: nobody can be on both sides
        PRIMARY KEY (case_id, person_id)
      )`);
    await q.query(`CREATE INDEX dispute_parties_person ON dispute_parties (person_id)`);
    await q.query(`
      CREATE TABLE dispute_case_mediators (
        case_id     uuid NOT NULL REFERENCES dispute_cases (id),
        mediator_id uuid NOT NULL REFERENCES mediators (id),
        assigned_on date NOT NULL,
        PRIMARY KEY (case_id, mediator_id)
      )`);
    await q.query(`
      CREATE TABLE mediation_sessions (
        id           uuid PRIMARY KEY,
        case_id      uuid NOT NULL REFERENCES dispute_cases (id),
        held_on      date NOT NULL,
        attendee_ids uuid[] NOT NULL,
        notes        text NOT NULL
      )`);
    await q.query(`CREATE INDEX mediation_sessions_case ON mediation_sessions (case_id, held_on)`);
    await q.query(`
      CREATE TABLE dispute_transitions (
        id          bigserial PRIMARY KEY,
        case_id     uuid NOT NULL REFERENCES dispute_cases (id),
        from_status text,
        to_status   text NOT NULL,
        on_date     date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX dispute_transitions_case ON dispute_transitions (case_id, id)`);

    // ---- residents' councils ---------------------------------------------------------------
    await q.query(`
      CREATE TABLE residents_councils (
        id         uuid PRIMARY KEY,
        area_code  text NOT NULL CHECK (area_code ~ '^[0-9]{12}$'),
        name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT residents_councils_name UNIQUE (area_code, name)
      )`);
    await q.query(`CREATE INDEX residents_councils_area_prefix ON residents_councils (area_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE council_seat_groups (
        council_id uuid NOT NULL REFERENCES residents_councils (id),
        group_name text NOT NULL,
        seats      integer NOT NULL CHECK (seats BETWEEN 1 AND 99),
        position   integer NOT NULL,
        PRIMARY KEY (council_id, group_name)
      )`);
    await q.query(`
      CREATE TABLE council_members (
        id         uuid PRIMARY KEY,
        council_id uuid NOT NULL,
        group_name text NOT NULL,
        person_id  uuid NOT NULL,
        seated_on  date NOT NULL,
        left_on    date,
        FOREIGN KEY (council_id, group_name) REFERENCES council_seat_groups (council_id, group_name),
        CHECK (left_on IS NULL OR left_on >= seated_on)
      )`);
    // a person holds at most one current seat on a council
    await q.query(`CREATE UNIQUE INDEX council_members_one_seat ON council_members (council_id, person_id) WHERE left_on IS NULL`);
    await q.query(`CREATE INDEX council_members_council ON council_members (council_id, group_name) WHERE left_on IS NULL`);
    await q.query(`
      CREATE TABLE council_meetings (
        id           uuid PRIMARY KEY,
        council_id   uuid NOT NULL REFERENCES residents_councils (id),
        area_code    text NOT NULL,
        held_on      date NOT NULL,
        attendee_ids uuid[] NOT NULL,
        minutes      text NOT NULL CHECK (length(minutes) BETWEEN 1 AND 10000)
      )`);
    await q.query(`CREATE INDEX council_meetings_area_held ON council_meetings (area_code text_pattern_ops, held_on)`);
    await q.query(`CREATE INDEX council_meetings_council ON council_meetings (council_id, held_on DESC, id DESC)`);
    await q.query(`
      CREATE TABLE council_topics (
        id                      uuid PRIMARY KEY,
        council_id              uuid NOT NULL REFERENCES residents_councils (id),
        area_code               text NOT NULL,
        title                   text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description             text NOT NULL DEFAULT '',
        raised_by               uuid,
        raised_on               date NOT NULL,
        meeting_id              uuid REFERENCES council_meetings (id),
        incident_id             uuid UNIQUE REFERENCES grid_incidents (id),
        status                  text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CARRIED', 'REJECTED')),
        resolution              text,
        resolved_on             date,
        votes_for               integer NOT NULL DEFAULT 0,
        votes_against           integer NOT NULL DEFAULT 0,
        votes_abstain           integer NOT NULL DEFAULT 0,
        implementation_progress integer NOT NULL DEFAULT 0 CHECK (implementation_progress BETWEEN 0 AND 100),
        implementation_note     text,
        implementation_on       date,
        implemented_on          date,
        CHECK ((status = 'OPEN') = (resolved_on IS NULL)),
        CHECK (implementation_progress = 0 OR status = 'CARRIED')
      )`);
    await q.query(`CREATE INDEX council_topics_area_raised ON council_topics (area_code text_pattern_ops, raised_on)`);
    await q.query(`CREATE INDEX council_topics_area_resolved ON council_topics (area_code text_pattern_ops, resolved_on) WHERE resolved_on IS NOT NULL`);
    await q.query(
      `CREATE INDEX council_topics_area_implemented ON council_topics (area_code text_pattern_ops, implemented_on) WHERE implemented_on IS NOT NULL`,
    );
    await q.query(`CREATE INDEX council_topics_council ON council_topics (council_id, raised_on DESC, id DESC)`);
    await q.query(`
      CREATE TABLE council_topic_stakeholders (
        topic_id   uuid NOT NULL REFERENCES council_topics (id),
        person_id  uuid NOT NULL,
        group_name text NOT NULL,
        PRIMARY KEY (topic_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE council_votes (
        topic_id  uuid NOT NULL REFERENCES council_topics (id),
        member_id uuid NOT NULL REFERENCES council_members (id),
        person_id uuid NOT NULL,
        choice    text NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
        cast_on   date NOT NULL
      )`);
    // one vote per seated person per topic, whatever the rules above let through
    await q.query(`CREATE UNIQUE INDEX council_votes_one_per_person ON council_votes (topic_id, person_id)`);

    await q.query(`ALTER TABLE grid_incidents ADD CONSTRAINT grid_incidents_case FOREIGN KEY (dispute_case_id) REFERENCES dispute_cases (id)`);
    await q.query(`ALTER TABLE grid_incidents ADD CONSTRAINT grid_incidents_topic FOREIGN KEY (council_topic_id) REFERENCES council_topics (id)`);

    // the category → department → time-limit table (Qingshan routes 27 kinds of matter to 13 departments);
    // a starting set, kept in the database and changed with setIncidentRoute
    await q.query(`
      INSERT INTO departments (code, name) VALUES
        ('URBAN_MANAGEMENT', '城市管理和综合执法局'), ('HOUSING_CONSTRUCTION', '住房和城乡建设局'), ('PUBLIC_SECURITY', '公安分局'),
        ('MARKET_REGULATION', '市场监督管理局'), ('ECOLOGY_ENVIRONMENT', '生态环境分局'), ('HUMAN_RESOURCES', '人力资源和社会保障局'),
        ('CIVIL_AFFAIRS', '民政局'), ('FIRE_RESCUE', '消防救援大队'), ('WATER_AFFAIRS', '水务局'), ('STREET_OFFICE', '街道办事处'),
        ('JUSTICE', '司法所'), ('HEALTH', '卫生健康局'), ('TRANSPORT', '交通运输局')`);
    await q.query(`
      INSERT INTO incident_categories (code, name, department_code, time_limit_days) VALUES
        ('ILLEGAL_CONSTRUCTION', '违法建设', 'URBAN_MANAGEMENT', 7), ('ENVIRONMENT_SANITATION', '环境卫生', 'URBAN_MANAGEMENT', 3),
        ('ROAD_OCCUPATION', '占道经营', 'URBAN_MANAGEMENT', 3), ('BUILDING_SAFETY', '房屋安全', 'HOUSING_CONSTRUCTION', 5),
        ('PROPERTY_SERVICE', '物业服务', 'HOUSING_CONSTRUCTION', 7), ('PUBLIC_ORDER', '治安隐患', 'PUBLIC_SECURITY', 2),
        ('FOOD_SAFETY', '食品安全', 'MARKET_REGULATION', 3), ('NOISE_POLLUTION', '噪声污染', 'ECOLOGY_ENVIRONMENT', 5),
        ('WAGE_ARREARS', '欠薪', 'HUMAN_RESOURCES', 10), ('ASSISTANCE', '困难救助', 'CIVIL_AFFAIRS', 7),
        ('FIRE_HAZARD', '消防隐患', 'FIRE_RESCUE', 2), ('WATER_SUPPLY', '供排水', 'WATER_AFFAIRS', 3),
        ('NEIGHBOUR_CONFLICT', '邻里矛盾', 'JUSTICE', 5), ('PUBLIC_HEALTH', '公共卫生', 'HEALTH', 3),
        ('TRAFFIC_FACILITY', '交通设施', 'TRANSPORT', 7), ('OTHER', '其他', NULL, 7)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grid_incidents DROP CONSTRAINT grid_incidents_case, DROP CONSTRAINT grid_incidents_topic`);
    await q.query(`DROP TABLE council_votes, council_topic_stakeholders, council_topics, council_meetings, council_members, council_seat_groups, residents_councils,
      dispute_transitions, mediation_sessions, dispute_case_mediators, dispute_parties, dispute_cases,
      incident_evaluations, incident_steps, grid_incidents, incident_categories, departments, mediators, mediation_committees`);
  }
}
