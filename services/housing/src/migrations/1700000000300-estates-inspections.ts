import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The eight checks of 出租屋"八查", the checklist every district starts from. */
export const EIGHT_CHECKS: [string, string][] = [
  ['FIRE_SAFETY', '查消防安全: extinguishers, escape routes and exits kept clear'],
  ['ELECTRICAL', '查用电安全: wiring, overloaded sockets, e-bikes charged indoors'],
  ['GAS', '查燃气安全: bottles, hoses and ventilation'],
  ['THREE_IN_ONE', '查"三合一": no living quarters mixed with a shop or workshop'],
  ['STRUCTURE', '查房屋结构: no unsafe additions or partitions'],
  ['RESIDENCE_REGISTRATION', '查居住登记: every occupant registered'],
  ['LEASE_REGISTRATION', '查租赁登记: the lease is registered and the landlord known'],
  ['SECURITY', '查治安防范: locks, access control and CCTV working'],
];

/**
 * Estates and their star ratings, the building and house details, and the safety work:
 * checklist, inspections, hazards. Indexes are planned for a district (440 k rental houses):
 * prefix indexes (text_pattern_ops) on every area code, partial ones where a status filter
 * is common (rental houses, unrectified hazards).
 */
export class EstatesInspections1700000000300 implements MigrationInterface {
  name = 'EstatesInspections1700000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE areas ADD COLUMN renamed_at timestamptz`);
    await q.query(`
      CREATE TABLE estates (
        id               uuid PRIMARY KEY,
        community_code   text NOT NULL REFERENCES areas (code) CHECK (length(community_code) = 12),
        name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        property_company text NOT NULL CHECK (length(property_company) BETWEEN 1 AND 100),
        created_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT estates_name_in_community UNIQUE (community_code, name)
      )`);
    await q.query(`CREATE INDEX estates_community_prefix ON estates (community_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE estate_ratings (
        estate_id uuid NOT NULL REFERENCES estates (id),
        year      integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        stars     integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
        rated_on  date NOT NULL,
        note      text,
        rated_by  text NOT NULL,
        PRIMARY KEY (estate_id, year)
      )`);

    await q.query(`
      ALTER TABLE buildings
        ADD COLUMN estate_id uuid REFERENCES estates (id),
        ADD COLUMN kind text NOT NULL DEFAULT 'RESIDENTIAL' CHECK (kind IN ('RESIDENTIAL', 'SELF_BUILT', 'DORMITORY', 'MIXED_USE', 'OTHER')),
        ADD COLUMN management_mode text NOT NULL DEFAULT 'SERVICE_CENTRE'
          CHECK (management_mode IN ('VILLAGE_COMMITTEE', 'PROPERTY_COMPANY', 'ENTERPRISE', 'LANDLORD', 'SERVICE_CENTRE')),
        ADD COLUMN access_control_since date,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT buildings_since_needs_access_control CHECK (access_control OR access_control_since IS NULL)`);
    await q.query(`CREATE INDEX buildings_estate ON buildings (estate_id) WHERE estate_id IS NOT NULL`);
    // access-control coverage counts rental buildings only
    await q.query(
      `CREATE INDEX buildings_rental_grid_prefix ON buildings (grid_code text_pattern_ops) INCLUDE (access_control, access_control_since) WHERE rental`,
    );

    await q.query(`
      ALTER TABLE houses
        ADD COLUMN last_inspected_on date,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // statistics read these columns for a whole prefix range without touching the table
    await q.query(`CREATE INDEX houses_area_prefix_figures ON houses (area_code text_pattern_ops) INCLUDE (rental, occupants, rooms)`);
    await q.query(`DROP INDEX houses_area_prefix`);
    // "due for inspection" walks rental houses of an area by their last inspection
    await q.query(`CREATE INDEX houses_rental_inspection_due ON houses (area_code text_pattern_ops, last_inspected_on) WHERE rental`);

    await q.query(`
      CREATE TABLE checklist_items (
        code       text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
        title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        position   integer NOT NULL UNIQUE,
        active     boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await q.query(`INSERT INTO checklist_items (code, title, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`, [
      EIGHT_CHECKS.map(([code]) => code),
      EIGHT_CHECKS.map(([, title]) => title),
      EIGHT_CHECKS.map((_, i) => i + 1),
    ]);

    await q.query(`
      CREATE TABLE inspections (
        id             uuid PRIMARY KEY,
        house_id       uuid NOT NULL REFERENCES houses (id),
        area_code      text NOT NULL,
        inspected_on   date NOT NULL,
        inspector_id   text NOT NULL,
        inspector_name text NOT NULL,
        passed         boolean NOT NULL,
        note           text,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX inspections_area_day ON inspections (area_code text_pattern_ops, inspected_on)`);
    await q.query(`CREATE INDEX inspections_house ON inspections (house_id, inspected_on DESC)`);
    await q.query(`
      CREATE TABLE inspection_results (
        inspection_id uuid NOT NULL REFERENCES inspections (id),
        item_code     text NOT NULL REFERENCES checklist_items (code),
        passed        boolean NOT NULL,
        note          text,
        PRIMARY KEY (inspection_id, item_code)
      )`);
    await q.query(`
      CREATE TABLE hazards (
        id                 uuid PRIMARY KEY,
        inspection_id      uuid NOT NULL,
        item_code          text NOT NULL,
        house_id           uuid NOT NULL REFERENCES houses (id),
        area_code          text NOT NULL,
        description        text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        severity           text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
        reported_on        date NOT NULL,
        deadline           date NOT NULL CHECK (deadline >= reported_on),
        rectified_on       date CHECK (rectified_on >= reported_on),
        rectification_note text,
        overdue_at         timestamptz,
        created_at         timestamptz NOT NULL DEFAULT now(),
        -- a failed item raises at most one hazard per inspection
        CONSTRAINT hazards_one_per_result UNIQUE (inspection_id, item_code),
        FOREIGN KEY (inspection_id, item_code) REFERENCES inspection_results (inspection_id, item_code)
      )`);
    await q.query(`CREATE INDEX hazards_house ON hazards (house_id)`);
    await q.query(`CREATE INDEX hazards_unrectified_area ON hazards (area_code text_pattern_ops, deadline) WHERE rectified_on IS NULL`);
    await q.query(`CREATE INDEX hazards_rectified_area ON hazards (area_code text_pattern_ops, rectified_on) WHERE rectified_on IS NOT NULL`);
    await q.query(`CREATE INDEX hazards_reported_area ON hazards (area_code text_pattern_ops, reported_on)`);
    // the overdue sweep looks only at hazards not yet marked
    await q.query(`CREATE INDEX hazards_sweep ON hazards (deadline) WHERE rectified_on IS NULL AND overdue_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE hazards, inspection_results, inspections, checklist_items`);
    await q.query(`DROP INDEX houses_rental_inspection_due, houses_area_prefix_figures`);
    await q.query(`CREATE INDEX houses_area_prefix ON houses (area_code text_pattern_ops)`);
    await q.query(`ALTER TABLE houses DROP COLUMN last_inspected_on, DROP COLUMN updated_at`);
    await q.query(
      `ALTER TABLE buildings DROP COLUMN estate_id, DROP COLUMN kind, DROP COLUMN management_mode, DROP COLUMN access_control_since, DROP COLUMN updated_at`,
    );
    await q.query(`DROP TABLE estate_ratings, estates`);
    await q.query(`ALTER TABLE areas DROP COLUMN renamed_at`);
  }
}
