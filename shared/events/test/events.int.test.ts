import { connect, type NatsConnection } from 'nats';
import pino from 'pino';
import { rows, type DataSource } from '@linli/db';
import { createTestDatabase, deleteStreams, eventually, TEST_NATS_URL, uniqueNamespace } from '@linli/testing';
import type { EventOf } from '@linli/contracts';
import { ensureStreams, EventConsumer, EventTables1700000000000, listDeadLetters, Outbox, OutboxRelay, replayDeadLetters, type ConsumerDefinition } from '../src';

type Registered = EventOf<'population.person.registered'>;
const log = pino({ level: 'silent' });

describe('the outbox, the relay and the idempotent consumer', () => {
  const namespace = uniqueNamespace();
  let db: DataSource;
  let url: string;
  let drop: () => Promise<void>;
  let nats: NatsConnection;
  let relay: OutboxRelay;
  const outbox = new Outbox('population');
  /** Persons whose handler should fail, to drive retries and dead letters. */
  const failing = new Set<string>();

  const definition: ConsumerDefinition<Registered> = {
    name: 'test-people',
    types: ['population.person.registered'],
    async handle(tx, event) {
      if (failing.has(event.data.personId)) throw new Error(`cannot place ${event.data.personId}`);
      await tx.query(`INSERT INTO seen (person_id) VALUES ($1)`, [event.data.personId]);
    },
  };

  const publish = (personId: string) =>
    db.transaction((tx) => outbox.add(tx, 'population.person.registered', '440118001001001', { personId, householdType: 'MIGRANT', areaCode: '440118001001001' }));
  const seen = async (personId: string) => (await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM seen WHERE person_id = $1`, [personId]))[0].n;

  beforeAll(async () => {
    ({ dataSource: db, url, drop } = await createTestDatabase('events', [EventTables1700000000000]));
    await db.query(`CREATE TABLE seen (person_id text NOT NULL)`);
    nats = await connect({ servers: TEST_NATS_URL });
    await ensureStreams(await nats.jetstreamManager(), ['population'], namespace);
    // a sweep far in the future: only NOTIFY can make the relay publish within the test
    relay = new OutboxRelay(db, nats, { databaseUrl: url, namespace, log, sweepMs: 600_000 });
    await relay.start();
  });

  afterAll(async () => {
    await relay.stop();
    await nats.close();
    await drop();
    await deleteStreams(namespace);
  });

  it('refuses to add an event outside a transaction', async () => {
    await expect(outbox.add(db.manager, 'population.person.registered', '440118', { personId: 'x', householdType: 'LOCAL', areaCode: '440118' })).rejects.toThrow(/inside a transaction/);
  });

  it('writes no event when the business transaction rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await outbox.add(tx, 'population.person.registered', '440118', { personId: 'rolled-back', householdType: 'LOCAL', areaCode: '440118' });
        throw new Error('business rule refused');
      }),
    ).rejects.toThrow('business rule refused');
    expect(await rows(db, `SELECT 1 FROM outbox WHERE envelope->'data'->>'personId' = 'rolled-back'`)).toHaveLength(0);
  });

  it('publishes a committed event at once, woken by NOTIFY, and marks it sent after the ack', async () => {
    const event = await publish('p-notify');
    await eventually(async () => {
      const [row] = await rows<{ sent: boolean }>(db, `SELECT sent_at IS NOT NULL AS sent FROM outbox WHERE id = $1`, [event.id]);
      expect(row.sent).toBe(true);
    }, 3_000);
    const info = await (await nats.jetstreamManager()).streams.getMessage(`${namespace.toUpperCase()}_POPULATION`, { last_by_subj: `${namespace}.population.person.registered` });
    expect(info.header?.get('Nats-Msg-Id')).toBe(event.id);
    expect(info.json<{ id: string }>().id).toBe(event.id);
  });

  it('applies each event once per consumer, also when it is delivered again', async () => {
    const consumer = new EventConsumer(db, nats, definition as ConsumerDefinition, { namespace, log });
    await consumer.start();
    try {
      const event = await publish('p-once');
      await eventually(async () => expect(await seen('p-once')).toBe(1));
      // the same envelope again under a new message id, as a redelivery after a lost ack would be
      await nats.jetstream().publish(`${namespace}.${event.type}`, JSON.stringify(event), { msgID: `${event.id}-again` });
      await eventually(() => expect(consumer.skipped).toBeGreaterThanOrEqual(1));
      expect(await seen('p-once')).toBe(1);
    } finally {
      await consumer.stop();
    }
  });

  it('retries a failing event with backoff, then dead-letters it; replay applies it once fixed', async () => {
    const consumer = new EventConsumer(db, nats, definition as ConsumerDefinition, { namespace, log, maxAttempts: 3, backoff: () => 50 });
    await consumer.start();
    try {
      failing.add('p-poison');
      const event = await publish('p-poison');
      await publish('p-after-poison');
      // the poison message does not stall the ones behind it
      await eventually(async () => expect(await seen('p-after-poison')).toBe(1));
      const letter = await eventually(async () => {
        const [found] = (await listDeadLetters(db)).filter((l) => l.eventId === event.id);
        expect(found).toBeDefined();
        return found;
      });
      expect(letter).toMatchObject({ consumer: 'test-people', type: 'population.person.registered', attempts: 3, error: 'cannot place p-poison' });
      expect(await seen('p-poison')).toBe(0);

      const stillBroken = await replayDeadLetters(db, [definition as ConsumerDefinition], [String(letter.id)]);
      expect(stillBroken.failed).toHaveLength(1);
      failing.delete('p-poison');
      const replay = await replayDeadLetters(db, [definition as ConsumerDefinition], [String(letter.id)]);
      expect(replay).toEqual({ replayed: [String(letter.id)], failed: [] });
      expect(await seen('p-poison')).toBe(1);
      expect((await listDeadLetters(db)).find((l) => l.eventId === event.id)).toBeUndefined();
      // replaying twice changes nothing: the inbox remembers the event
      await replayDeadLetters(db, [definition as ConsumerDefinition]);
      expect(await seen('p-poison')).toBe(1);
    } finally {
      await consumer.stop();
    }
  });
});
