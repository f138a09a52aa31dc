import { randomUUID } from 'node:crypto';
import type { EventOf } from '@linli/contracts';
import { rows, type DataSource } from '@linli/db';
import { createTestDatabase } from '@linli/testing';
import { EventTables1700000000000, KNOWN_BUILDINGS, KNOWN_PERSONS, readModelConsumer, ReadModelRepository, readModelTableSql, applyOnce } from '../src';

type PersonEvent = EventOf<'population.person.registered'> | EventOf<'population.person.updated'>;

const personEvent = (personId: string, areaCode: string, occurredAt: string, type: PersonEvent['type'] = 'population.person.updated', id = randomUUID()): PersonEvent => ({
  id,
  type,
  version: 1,
  occurredAt,
  source: 'population',
  areaCode,
  data: { personId, householdType: 'MIGRANT', areaCode },
});

describe('the read-model kit', () => {
  let db: DataSource;
  let drop: () => Promise<void>;
  const moves: { id: string; from: string | null }[] = [];
  const persons = readModelConsumer('test-persons', KNOWN_PERSONS);
  const buildings = readModelConsumer('test-buildings', KNOWN_BUILDINGS, async (_tx, known) => {
    moves.push({ id: known.row.id, from: known.previousArea });
  });

  beforeAll(async () => {
    ({ dataSource: db, drop } = await createTestDatabase('readmodel', [EventTables1700000000000]));
    for (const sql of [...readModelTableSql(KNOWN_PERSONS), ...readModelTableSql(KNOWN_BUILDINGS)]) await db.query(sql);
  });
  afterAll(() => drop());

  const areaOf = async (id: string) => (await rows<{ area_code: string }>(db, `SELECT area_code FROM known_persons WHERE id = $1`, [id]))[0]?.area_code;

  it('keeps the state of the event that happened last, whatever order events arrive in', async () => {
    const id = randomUUID();
    await applyOnce(db, persons, personEvent(id, '440118001002001', '2026-05-02T10:00:00Z'));
    await applyOnce(db, persons, personEvent(id, '440118001001001', '2026-05-01T10:00:00Z', 'population.person.registered'));
    expect(await areaOf(id)).toBe('440118001002001');
    await applyOnce(db, persons, personEvent(id, '440118001003001', '2026-05-03T10:00:00Z'));
    expect(await areaOf(id)).toBe('440118001003001');
  });

  it('breaks a tie of two events in the same instant by event id, the same way in every order', async () => {
    const [low, high, low2, high2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()].sort();
    const first = randomUUID();
    const second = randomUUID();
    const at = '2026-06-01T08:00:00Z';
    await applyOnce(db, persons, personEvent(first, '440118001001001', at, 'population.person.updated', high));
    await applyOnce(db, persons, personEvent(first, '440118001002001', at, 'population.person.updated', low));
    await applyOnce(db, persons, personEvent(second, '440118001002001', at, 'population.person.updated', low2));
    await applyOnce(db, persons, personEvent(second, '440118001001001', at, 'population.person.updated', high2));
    expect(await areaOf(first)).toBe('440118001001001');
    expect(await areaOf(second)).toBe('440118001001001');
  });

  it('reads only rows within the caller’s areas, and nothing for an empty scope', async () => {
    const inside = randomUUID();
    const outside = randomUUID();
    await applyOnce(db, persons, personEvent(inside, '440118001001005', '2026-05-01T00:00:00Z'));
    await applyOnce(db, persons, personEvent(outside, '440118002001001', '2026-05-01T00:00:00Z'));
    const repo = new ReadModelRepository(db, KNOWN_PERSONS);
    expect(await repo.knownInScope([inside, outside, randomUUID()], ['440118001001'])).toEqual(new Set([inside]));
    expect(await repo.known([inside, outside])).toEqual(new Set([inside, outside]));
    expect(await repo.byIds([inside], [])).toEqual([]);
    expect(await repo.byIds([inside], ['440118001'])).toEqual([{ id: inside, areaCode: '440118001001005', householdType: 'MIGRANT' }]);
  });

  it('tells the follow-up what area a row had, and runs it only when the event changed the row', async () => {
    const id = randomUUID();
    const building = (gridCode: string, occurredAt: string): EventOf<'housing.building.updated'> => ({
      id: randomUUID(),
      type: 'housing.building.updated',
      version: 1,
      occurredAt,
      source: 'housing',
      areaCode: gridCode,
      data: { buildingId: id, gridCode, address: '1 Road', estateId: null, rental: true, accessControl: false },
    });
    await applyOnce(db, buildings, building('440118001001001', '2026-01-01T00:00:00Z'));
    await applyOnce(db, buildings, building('440118001001002', '2026-02-01T00:00:00Z'));
    await applyOnce(db, buildings, building('440118001001009', '2026-01-15T00:00:00Z'));
    expect(moves.filter((m) => m.id === id)).toEqual([
      { id, from: null },
      { id, from: '440118001001001' },
    ]);
  });
});
