import { Client } from 'pg';
import type { Logger } from 'pino';
import { headers, type NatsConnection } from 'nats';
import { subjectOf, type DomainEvent } from '@linli/contracts';
import { rows, type DataSource } from '@linli/db';
import { secondsSince, type EventObserver } from './observe';
import { inEventSpan } from './trace-context';

export interface RelayOptions {
  databaseUrl: string;
  namespace?: string;
  batchSize?: number;
  /** A safety net only: NOTIFY wakes the relay as soon as a row commits. */
  sweepMs?: number;
  log: Logger;
  observer?: EventObserver;
}

/**
 * Publishes committed outbox rows to JetStream. A row is marked sent only after the
 * server's ack; the Nats-Msg-Id (the event id) makes a retry after a lost ack harmless.
 * Rows are claimed with SKIP LOCKED so several replicas can relay side by side.
 */
export class OutboxRelay {
  private listener?: Client;
  private running = false;
  private draining?: Promise<void>;
  private again = false;
  private timer?: NodeJS.Timeout;
  private failures = 0;
  published = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsConnection,
    private readonly options: RelayOptions,
  ) {}

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.sweep();
    void this.watchConnection();
    this.wake();
  }

  private async listen(): Promise<void> {
    const listener = new Client({ connectionString: this.options.databaseUrl });
    listener.on('notification', () => this.wake());
    listener.on('error', (error: Error) => {
      this.options.log.warn({ err: error }, 'outbox listener lost; sweeping until it is back');
      this.listener = undefined;
      if (this.running) setTimeout(() => this.listen().catch(() => undefined), 1_000);
    });
    await listener.connect();
    await listener.query('LISTEN linli_outbox');
    this.listener = listener;
  }

  private sweep(): void {
    this.timer = setTimeout(() => {
      this.wake();
      if (this.running) this.sweep();
    }, this.options.sweepMs ?? 5_000);
    this.timer.unref();
  }

  /** After a NATS reconnect, publish what waited. */
  private async watchConnection(): Promise<void> {
    for await (const status of this.nats.status()) {
      if (!this.running) return;
      if (status.type === 'reconnect') {
        this.failures = 0;
        this.wake();
      }
    }
  }

  /** Drains now; coalesces calls that arrive while a drain runs into one more pass. */
  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error) => this.options.log.error({ err: error }, 'outbox drain failed'))
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    const js = this.nats.jetstream();
    const limit = this.options.batchSize ?? 100;
    for (;;) {
      if (!this.running || this.nats.isClosed()) return;
      const outcome = await this.dataSource.transaction(async (tx) => {
        const batch = await rows<{ seq: string; id: string; type: string; envelope: DomainEvent }>(
          tx,
          `/* outboxClaim */ SELECT seq, id, type, envelope FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
        const sent: string[] = [];
        let failure: Error | undefined;
        for (const row of batch) {
          try {
            const h = headers();
            if (row.envelope.trace?.requestId) h.set('x-request-id', row.envelope.trace.requestId);
            if (row.envelope.trace?.traceparent) h.set('traceparent', row.envelope.trace.traceparent);
            const start = process.hrtime.bigint();
            await inEventSpan(`publish ${row.type}`, 'publish', row.envelope, () =>
              js.publish(subjectOf(row.type, this.options.namespace), JSON.stringify(row.envelope), { msgID: row.id, headers: h, timeout: 2_000 }),
            );
            this.options.observer?.published?.(row.type, secondsSince(start));
            sent.push(row.seq);
          } catch (error) {
            failure = error as Error;
            this.options.observer?.publishFailed?.(row.type);
            await tx.query(`/* outboxFailed */ UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE seq = $1`, [row.seq, failure.message]);
            break;
          }
        }
        if (sent.length) await tx.query(`/* outboxSent */ UPDATE outbox SET sent_at = now() WHERE seq = ANY($1::bigint[])`, [sent]);
        return { claimed: batch.length, sent: sent.length, failure };
      });
      this.published += outcome.sent;
      if (outcome.failure) {
        // NATS is away: back off, the reconnect watcher or the sweep brings us back
        this.failures += 1;
        const delay = Math.min(250 * 2 ** this.failures, 5_000);
        this.options.log.warn({ err: outcome.failure, retryInMs: delay }, 'outbox publish failed; will retry');
        setTimeout(() => this.wake(), delay).unref();
        return;
      }
      this.failures = 0;
      if (outcome.claimed < limit) return;
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }
}
