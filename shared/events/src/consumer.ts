import type { Logger } from 'pino';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg, type NatsConnection } from 'nats';
import { domainOf, streamName, subjectOf, type Domain, type DomainEvent, type EventType } from '@linli/contracts';
import { exec, rows, type DataSource, type EntityManager } from '@linli/db';
import { secondsSince, type EventObserver } from './observe';
import { inEventSpan } from './trace-context';

/** What a service declares for each thing it listens to. */
export interface ConsumerDefinition<E extends DomainEvent = DomainEvent> {
  /** Durable consumer name, unique in the federation, e.g. `housing-occupancy`. */
  name: string;
  /** The event types handled; all must come from one domain (one stream). */
  types: readonly E['type'][];
  /** Applies one event inside the transaction that also records it in the inbox. */
  handle(tx: EntityManager, event: E): Promise<void>;
}

export interface ConsumerOptions {
  namespace?: string;
  /** Deliveries before a message goes to the dead letters. */
  maxAttempts?: number;
  /** Redelivery delay for attempt n (1-based), in ms. */
  backoff?: (attempt: number) => number;
  log: Logger;
  observer?: EventObserver;
}

/** How often a handler still running signals progress; well below any ack wait in use. */
export const PROGRESS_EVERY_MS = 1_000;

export const defaultBackoff = (attempt: number) => Math.min(200 * 2 ** (attempt - 1), 10_000);

/**
 * One filter subject covering the types (NATS 2.9 has no multi-filter consumers): the exact
 * subject for one type, else the longest common prefix followed by `>`.
 */
export function filterFor(types: readonly string[]): string {
  const split = types.map((t) => t.split('.'));
  const common: string[] = [];
  for (let i = 0; i < split[0].length && split.every((parts) => parts[i] === split[0][i]); i++) common.push(split[0][i]);
  return types.length === 1 ? types[0] : `${common.join('.')}.>`;
}

export function sourceOf(definition: ConsumerDefinition<DomainEvent>): Domain {
  const domains = new Set(definition.types.map((type) => domainOf(type)));
  if (domains.size !== 1) throw new Error(`consumer ${definition.name} must read from exactly one domain`);
  return [...domains][0];
}

/**
 * Applies an event exactly once for a consumer: the inbox row and the handler's writes
 * commit together, so a redelivered event finds its inbox row and changes nothing.
 * Returns false when the event had already been applied.
 */
export async function applyOnce(dataSource: DataSource, definition: ConsumerDefinition<DomainEvent>, event: DomainEvent): Promise<boolean> {
  return dataSource.transaction(async (tx) => {
    const inserted = await rows(
      tx,
      `/* inboxClaim */ INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING event_id`,
      [definition.name, event.id, event.type],
    );
    if (inserted.length === 0) return false;
    await definition.handle(tx, event);
    return true;
  });
}

/**
 * A durable pull consumer with explicit acks. Failures are retried with backoff; after
 * maxAttempts the message is written to dead_letters and acknowledged, so one poison
 * message cannot stall the stream.
 */
export class EventConsumer {
  private messages?: ConsumerMessages;
  private running = false;
  private loop?: Promise<void>;
  readonly stream: string;
  applied = 0;
  skipped = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsConnection,
    readonly definition: ConsumerDefinition<DomainEvent>,
    private readonly options: ConsumerOptions,
  ) {
    this.stream = streamName(sourceOf(definition), options.namespace);
  }

  async start(): Promise<void> {
    const jsm = await this.nats.jetstreamManager();
    const config = {
      durable_name: this.definition.name,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: subjectOf(filterFor(this.definition.types), this.options.namespace),
      ack_wait: 30_000_000_000,
      max_deliver: -1,
    };
    try {
      await jsm.consumers.info(this.stream, this.definition.name);
      await jsm.consumers.update(this.stream, this.definition.name, { filter_subject: config.filter_subject, ack_wait: config.ack_wait });
    } catch (error) {
      if (!/consumer not found/i.test(String((error as Error).message))) throw error;
      await jsm.consumers.add(this.stream, config);
    }
    this.running = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const consumer = await this.nats.jetstream().consumers.get(this.stream, this.definition.name);
        this.messages = await consumer.consume({ max_messages: 64, expires: 5_000 });
        for await (const message of this.messages) await this.process(message);
      } catch (error) {
        if (!this.running) return;
        this.options.log.warn({ err: error, consumer: this.definition.name }, 'consumer interrupted; resuming');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private async process(message: JsMsg): Promise<void> {
    let event: DomainEvent;
    try {
      event = message.json<DomainEvent>();
    } catch (error) {
      this.options.log.error({ err: error, subject: message.subject }, 'undecodable event; dead-lettered');
      await this.deadLetter({ id: '00000000-0000-0000-0000-000000000000', type: message.subject } as DomainEvent, message, error as Error, message.string());
      return;
    }
    if (!(this.definition.types as readonly string[]).includes(event.type)) {
      // the filter is a wildcard over the types asked for; others on it are not ours
      message.ack();
      return;
    }
    const observer = this.options.observer;
    const start = process.hrtime.bigint();
    observer?.delivered?.(this.definition.name, message.info.deliveryCount);
    // a handler still running tells the server so, or it would redeliver after the ack wait
    const progress = setInterval(() => message.working(), PROGRESS_EVERY_MS);
    try {
      const applied = await inEventSpan(`consume ${this.definition.name}`, 'consume', event, () => applyOnce(this.dataSource, this.definition, event));
      if (applied) this.applied += 1;
      else this.skipped += 1;
      message.ack();
      observer?.handled?.(this.definition.name, applied ? 'applied' : 'skipped', secondsSince(start));
    } catch (error) {
      const attempt = message.info.deliveryCount;
      const maxAttempts = this.options.maxAttempts ?? 5;
      if (attempt >= maxAttempts) {
        this.options.log.error({ err: error, consumer: this.definition.name, eventId: event.id, attempt }, 'event dead-lettered');
        await this.deadLetter(event, message, error as Error);
        observer?.handled?.(this.definition.name, 'dead-lettered', secondsSince(start));
        return;
      }
      observer?.handled?.(this.definition.name, 'failed', secondsSince(start));
      const delay = (this.options.backoff ?? defaultBackoff)(attempt);
      this.options.log.warn({ err: error, consumer: this.definition.name, eventId: event.id, attempt, retryInMs: delay }, 'event failed; will retry');
      message.nak(delay);
    } finally {
      clearInterval(progress);
    }
  }

  private async deadLetter(event: DomainEvent, message: JsMsg, error: Error, raw?: string): Promise<void> {
    try {
      await exec(
        this.dataSource,
        `/* deadLetterAdd */ INSERT INTO dead_letters (consumer, event_id, type, envelope, error, attempts)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (consumer, event_id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now(), replayed_at = NULL`,
        [this.definition.name, event.id, event.type, raw === undefined ? event : { raw }, error.message, message.info.deliveryCount],
      );
      message.ack();
    } catch (storeError) {
      // the dead-letter store itself is down: leave the message to be redelivered
      this.options.log.error({ err: storeError }, 'could not store dead letter');
      message.nak(5_000);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.messages?.close().catch(() => undefined);
    await this.loop;
  }
}

export interface DeadLetter {
  id: string;
  consumer: string;
  eventId: string;
  type: string;
  error: string;
  attempts: number;
  failedAt: Date;
  replayedAt: Date | null;
  envelope: DomainEvent;
}

/** Dead letters, newest first; replayed ones only when asked. */
export async function listDeadLetters(dataSource: DataSource, options: { includeReplayed?: boolean } = {}): Promise<DeadLetter[]> {
  return rows<DeadLetter>(
    dataSource,
    `/* deadLettersList */ SELECT id, consumer, event_id AS "eventId", type, error, attempts, failed_at AS "failedAt", replayed_at AS "replayedAt", envelope
     FROM dead_letters WHERE $1 OR replayed_at IS NULL ORDER BY failed_at DESC`,
    [options.includeReplayed ?? false],
  );
}

/**
 * Runs dead letters through their consumer's handler again (after a fix), each in its
 * own transaction with the inbox, and marks those that succeed as replayed.
 */
export async function replayDeadLetters(
  dataSource: DataSource,
  consumers: readonly ConsumerDefinition<DomainEvent>[],
  ids?: readonly string[],
): Promise<{ replayed: string[]; failed: { id: string; error: string }[] }> {
  const letters = (await listDeadLetters(dataSource)).filter((l) => !ids || ids.includes(String(l.id)));
  const replayed: string[] = [];
  const failed: { id: string; error: string }[] = [];
  for (const letter of letters) {
    const definition = consumers.find((c) => c.name === letter.consumer);
    if (!definition) {
      failed.push({ id: String(letter.id), error: `no consumer named ${letter.consumer} in this service` });
      continue;
    }
    try {
      await applyOnce(dataSource, definition, letter.envelope);
      await exec(dataSource, `/* deadLetterReplayed */ UPDATE dead_letters SET replayed_at = now() WHERE id = $1`, [letter.id]);
      replayed.push(String(letter.id));
    } catch (error) {
      failed.push({ id: String(letter.id), error: (error as Error).message });
    }
  }
  return { replayed, failed };
}

/** A handler's exhaustiveness check: a new event type in a consumer's list cannot be forgotten. */
export function unhandled(event: never): never {
  throw new Error(`unhandled event ${(event as DomainEvent).type}`);
}

export type { EventType };
