import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Persons1700000000200 implements MigrationInterface {
  name = 'Persons1700000000200';

  async up(q: QueryRunner): Promise<void> {
    // ID numbers and phones are stored only encrypted (AES-256-GCM, key id inside the value)
    // and found by a keyed hash (blind index); no plain copy exists anywhere.
    await q.query(`
      CREATE TABLE persons (
        id                uuid PRIMARY KEY,
        name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        document_type     text NOT NULL CHECK (document_type IN ('ID_CARD', 'PASSPORT', 'OTHER')),
        document_enc      text NOT NULL,
        document_hash     text NOT NULL,
        document_masked   text NOT NULL,
        sex               text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
        birth_date        date NOT NULL,
        phone_enc         text,
        phone_hash        text,
        phone_masked      text,
        household_type    text NOT NULL CHECK (household_type IN ('LOCAL', 'MIGRANT')),
        area_code         text NOT NULL,
        registered_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT persons_one_per_document UNIQUE (document_type, document_hash)
      )`);
    await q.query(`CREATE INDEX persons_area_prefix ON persons (area_code text_pattern_ops)`);
    await q.query(`CREATE INDEX persons_phone_hash ON persons (phone_hash) WHERE phone_hash IS NOT NULL`);
    await q.query(`CREATE INDEX persons_name ON persons (name, id)`);
    // houses as housing announced them: enough to place a person in a grid
    await q.query(`
      CREATE TABLE known_houses (
        id         uuid PRIMARY KEY,
        grid_code  text NOT NULL,
        number     text NOT NULL,
        rooms      integer NOT NULL,
        rental     boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE residences (
        id         uuid PRIMARY KEY,
        person_id  uuid NOT NULL REFERENCES persons (id),
        house_id   uuid NOT NULL REFERENCES known_houses (id),
        area_code  text NOT NULL,
        from_date  date NOT NULL,
        to_date    date,
        reason     text NOT NULL CHECK (reason IN ('RENT', 'OWN', 'DORMITORY', 'RELATIVE', 'OTHER')),
        CHECK (to_date IS NULL OR to_date >= from_date)
      )`);
    // at most one current residence per person, enforced by the database as well as the rules
    await q.query(`CREATE UNIQUE INDEX residences_one_current ON residences (person_id) WHERE to_date IS NULL`);
    await q.query(`CREATE INDEX residences_house_current ON residences (house_id) WHERE to_date IS NULL`);
    await q.query(`CREATE INDEX residences_person ON residences (person_id, from_date DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE residences, known_houses, persons`);
  }
}
