import pino from 'pino';
import { rows, type DataSource } from '@linli/db';
import { createTestDatabase, eventually } from '@linli/testing';
import { EventTables1700000000000, purgeEvents, startRetention } from '../src';

const HOUR = 3600;

describe('retention of the event tables', () => {
  let db: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource: db, drop } = await createTestDatabase('retention', [EventTables1700000000000]));
  });
  afterAll(() => drop());

  /** Rows of each kind, aged by the given number of hours. */
  async function seed(label: string, agesInHours: { sent?: number; unsent?: number; inbox?: number; dead?: number; replayed?: number }) {
    const ago = (hours: number) => `now() - make_interval(secs => ${hours * HOUR})`;
    if (agesInHours.sent !== undefined)
      await db.query(
        `INSERT INTO outbox (id, type, area_code, envelope, created_at, sent_at) VALUES (gen_random_uuid(), $1, 'x', '{}', ${ago(agesInHours.sent)}, ${ago(agesInHours.sent)})`,
        [`${label}.sent`],
      );
    if (agesInHours.unsent !== undefined)
      await db.query(`INSERT INTO outbox (id, type, area_code, envelope, created_at) VALUES (gen_random_uuid(), $1, 'x', '{}', ${ago(agesInHours.unsent)})`, [
        `${label}.unsent`,
      ]);
    if (agesInHours.inbox !== undefined)
      await db.query(`INSERT INTO inbox (consumer, event_id, type, processed_at) VALUES ($1, gen_random_uuid(), 't', ${ago(agesInHours.inbox)})`, [label]);
    if (agesInHours.dead !== undefined)
      await db.query(
        `INSERT INTO dead_letters (consumer, event_id, type, envelope, error, attempts, failed_at) VALUES ($1, gen_random_uuid(), 'dead', '{}', 'e', 5, ${ago(agesInHours.dead)})`,
        [label],
      );
    if (agesInHours.replayed !== undefined)
      await db.query(
        `INSERT INTO dead_letters (consumer, event_id, type, envelope, error, attempts, failed_at, replayed_at) VALUES ($1, gen_random_uuid(), 'replayed', '{}', 'e', 5, ${ago(agesInHours.replayed + 1)}, ${ago(agesInHours.replayed)})`,
        [label],
      );
  }
  const count = async (sql: string) => (await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${sql}`))[0].n;

  it('purges sent outbox rows and inbox rows past their age, never unsent events, and dead letters only once replayed or expired', async () => {
    await seed('old', { sent: 200, unsent: 1_000, inbox: 400, dead: 1_000, replayed: 200 });
    await seed('young', { sent: 1, unsent: 1, inbox: 1, dead: 1, replayed: 1 });

    const purged = await purgeEvents(db, { outboxSentHours: 168, inboxHours: 336, deadLetterHours: 2_160, batchSize: 1 });

    expect(purged).toEqual({ outbox: 1, inbox: 1, deadLetters: 0 });
    expect(await count(`outbox WHERE type = 'old.sent'`)).toBe(0);
    expect(await count(`outbox WHERE type = 'old.unsent'`)).toBe(1);
    expect(await count(`outbox WHERE type LIKE 'young.%'`)).toBe(2);
    expect(await count(`inbox WHERE consumer = 'old'`)).toBe(0);
    expect(await count(`inbox WHERE consumer = 'young'`)).toBe(1);
    // a dead letter of 1,000 hours nobody replayed is kept for 90 days
    expect(await count(`dead_letters`)).toBe(4);

    const shorter = await purgeEvents(db, { outboxSentHours: 168, inboxHours: 336, deadLetterHours: 100 });
    expect(shorter.deadLetters).toBe(2);
    expect(await rows(db, `SELECT consumer, type FROM dead_letters ORDER BY consumer, type`)).toEqual([
      { consumer: 'young', type: 'dead' },
      { consumer: 'young', type: 'replayed' },
    ]);
  });

  it('deletes in batches until nothing past its age is left', async () => {
    for (let i = 0; i < 7; i++) await seed(`batch${i}`, { sent: 500 });
    const purged = await purgeEvents(db, { outboxSentHours: 168, inboxHours: 336, deadLetterHours: 2_160, batchSize: 3 });
    expect(purged.outbox).toBe(7);
    expect(await count(`outbox WHERE type LIKE 'batch%'`)).toBe(0);
  });

  it('runs in the background on its interval and reports what it purged', async () => {
    await seed('background', { sent: 500, inbox: 500 });
    const reports: { outbox: number; inbox: number }[] = [];
    const task = startRetention(db, { outboxSentHours: 168, inboxHours: 336, deadLetterHours: 2_160, intervalMs: 1_000 }, pino({ level: 'silent' }), (p) =>
      reports.push(p),
    );
    try {
      await eventually(() => expect(reports[0]).toMatchObject({ outbox: 1, inbox: 1 }), 5_000, 50);
    } finally {
      await task.stop();
    }
  });
});
