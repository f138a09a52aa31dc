import { randomUUID } from 'node:crypto';
import { createDataSource, migrate, rows, type DataSource } from '@linli/db';
import { EventTables1700000000000 } from '@linli/events';
import { createTestDatabase } from '@linli/testing';
import { Volunteering1700000000500 } from '../src/migrations/1700000000500-volunteering';
import { VolunteeringConflicts1700000000501 } from '../src/migrations/1700000000501-volunteering-conflicts';
import { migrations } from '../src/migrations';

/**
 * A database written before the kernel's read models and the roll-up (wave 1's schema) is
 * upgraded in place: read-model rows gain the kit's columns, the patrol its US spelling, and the
 * roll-up starts equal to live counts and stays so through later writes.
 */
describe('volunteering migrations on a wave-1 database', () => {
  let old: { url: string; dataSource: DataSource; drop(): Promise<void> };
  let upgraded: DataSource;
  const person = randomUUID();
  const volunteer = randomUUID();
  const team = randomUUID();
  const activity = randomUUID();
  const attendance = randomUUID();

  beforeAll(async () => {
    old = await createTestDatabase('volmigrate', [EventTables1700000000000, Volunteering1700000000500, VolunteeringConflicts1700000000501]);
    const db = old.dataSource;
    await db.query(`INSERT INTO known_persons (id, area_code, as_of) VALUES ($1, '440118001001001', now())`, [person]);
    await db.query(`INSERT INTO volunteers (id, person_id, area_code, registered_on) VALUES ($1, $2, '440118001001001', '2025-03-01')`, [volunteer, person]);
    await db.query(`INSERT INTO teams (id, name, kind, area_code, leader_id) VALUES ($1, '巡逻队', 'NEIGHBOURHOOD_PATROL', '440118001001', $2)`, [team, volunteer]);
    await db.query(
      `INSERT INTO activities (id, organiser_kind, team_id, title, area_code, starts_at, ends_at, capacity, signed_up)
       VALUES ($1, 'TEAM', $2, '夜巡', '440118001001001', '2025-04-01T20:00:00+08:00', '2025-04-01T22:00:00+08:00', 5, 1)`,
      [activity, team],
    );
    await db.query(
      `INSERT INTO attendances (id, activity_id, volunteer_id, area_code, served_on, starts_at, ends_at, status, checked_in_at, checked_out_at, recorded_minutes, hours_status)
       VALUES ($1, $2, $3, '440118001001001', '2025-04-01', '2025-04-01T20:00:00+08:00', '2025-04-01T22:00:00+08:00', 'CHECKED_OUT',
         '2025-04-01T20:00:00+08:00', '2025-04-01T22:00:00+08:00', 120, 'APPROVED')`,
      [attendance, activity, volunteer],
    );
    await db.query(
      `INSERT INTO hours_entries (id, attendance_id, volunteer_id, activity_id, area_code, served_on, kind, minutes, recorded_by)
       VALUES (gen_random_uuid(), $1, $2, $3, '440118001001001', '2025-04-01', 'APPROVAL', 120, 'test')`,
      [attendance, volunteer, activity],
    );
    upgraded = createDataSource({ url: old.url, migrations, poolSize: 2 }).dataSource;
    await upgraded.initialize();
    await migrate(upgraded);
  });
  afterAll(async () => {
    await upgraded?.destroy();
    await old?.drop();
  });

  it('gives the read models the kit’s columns, with the nil event id every real event follows', async () => {
    const [known] = await rows<{ householdType: string; asOfEvent: string }>(upgraded, `SELECT household_type AS "householdType", as_of_event AS "asOfEvent" FROM known_persons WHERE id = $1`, [person]);
    expect(known).toEqual({ householdType: 'LOCAL', asOfEvent: '00000000-0000-0000-0000-000000000000' });
  });

  it('stores the neighborhood patrol in US spelling and refuses the old one', async () => {
    expect((await rows<{ kind: string }>(upgraded, `SELECT kind FROM teams WHERE id = $1`, [team]))[0].kind).toBe('NEIGHBORHOOD_PATROL');
    await expect(upgraded.query(`UPDATE teams SET kind = 'NEIGHBOURHOOD_PATROL' WHERE id = $1`, [team])).rejects.toThrow();
  });

  it('fills the roll-up from what was there, and keeps it through later writes', async () => {
    const day = () =>
      rows<Record<string, string>>(
        upgraded,
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, registrations::text, activities::text, person_times::text, approved_minutes::text FROM stats_volunteering_days ORDER BY day`,
      );
    expect(await day()).toEqual([
      { day: '2025-03-01', registrations: '1', activities: '0', person_times: '0', approved_minutes: '0' },
      { day: '2025-04-01', registrations: '0', activities: '1', person_times: '1', approved_minutes: '120' },
    ]);
    await upgraded.query(`UPDATE volunteers SET status = 'WITHDRAWN' WHERE id = $1`, [volunteer]);
    await upgraded.query(`UPDATE activities SET status = 'CANCELLED' WHERE id = $1`, [activity]);
    expect(await day()).toEqual([{ day: '2025-04-01', registrations: '0', activities: '0', person_times: '1', approved_minutes: '120' }]);
  });
});
