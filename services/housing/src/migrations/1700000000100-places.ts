import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Places1700000000100 implements MigrationInterface {
  name = 'Places1700000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE areas (
        code        text PRIMARY KEY CHECK (code ~ '^[0-9]+$' AND length(code) IN (6, 9, 12, 15)),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        level       text NOT NULL CHECK (level IN ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
        parent_code text REFERENCES areas (code),
        status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        retired_at  timestamptz
      )`);
    // "within X" is a prefix match; text_pattern_ops lets LIKE 'X%' use the index
    await q.query(`CREATE INDEX areas_code_prefix ON areas (code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE buildings (
        id             uuid PRIMARY KEY,
        grid_code      text NOT NULL REFERENCES areas (code),
        address        text NOT NULL,
        floors         integer NOT NULL CHECK (floors > 0),
        rental         boolean NOT NULL DEFAULT false,
        access_control boolean NOT NULL DEFAULT false,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX buildings_grid_prefix ON buildings (grid_code text_pattern_ops)`);
    await q.query(`
      CREATE TABLE houses (
        id          uuid PRIMARY KEY,
        building_id uuid NOT NULL REFERENCES buildings (id),
        area_code   text NOT NULL REFERENCES areas (code),
        number      text NOT NULL,
        rooms       integer NOT NULL CHECK (rooms >= 0),
        floor_area  numeric(8, 2) CHECK (floor_area > 0),
        rental      boolean NOT NULL DEFAULT false,
        landlord_id uuid,
        occupants   integer NOT NULL DEFAULT 0,
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT houses_number_in_building UNIQUE (building_id, number)
      )`);
    await q.query(`CREATE INDEX houses_area_prefix ON houses (area_code text_pattern_ops)`);
    await q.query(`CREATE INDEX houses_landlord ON houses (landlord_id) WHERE landlord_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE occupancies (
        residence_id uuid PRIMARY KEY,
        house_id     uuid NOT NULL,
        person_id    uuid NOT NULL,
        registered   boolean NOT NULL DEFAULT false,
        ended_on     date
      )`);
    await q.query(`CREATE INDEX occupancies_house ON occupancies (house_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE occupancies, houses, buildings, areas`);
  }
}
