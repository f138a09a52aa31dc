import type { ApolloServerPlugin, BaseContext as ApolloBaseContext } from '@apollo/server';
import type { GraphQLObjectType } from 'graphql';
import client from 'prom-client';
import type { DataSource } from '@linli/db';
import { outboxBacklog, secondsSince, type EventConsumer, type EventObserver, type NatsConnection, type Purged } from '@linli/events';

/** Seconds buckets from 1 ms to 10 s: SQL and resolvers live at the low end, slow statistics at the top. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The statement's name from its leading comment (`/* housesByIds *\/ SELECT …`), else its first keyword. */
export function statementName(sql: string): string {
  const named = /^\s*\/\*\s*([A-Za-z][A-Za-z0-9_-]{0,63})\s*\*\//.exec(sql);
  if (named) return named[1];
  const keyword = /^\s*([A-Za-z]+)/.exec(sql);
  return keyword ? keyword[1].toUpperCase() : 'other';
}

/**
 * One service's Prometheus series, all named linli_* and labelled service=<name> (one dashboard
 * serves all five). Latency histograms for resolvers and SQL, the outbox's backlog and oldest age,
 * the relay's publish latency, the consumers' lag, redeliveries and dead letters, NATS's state.
 */
export class ServiceMetrics {
  readonly registry = new client.Registry();
  private readonly requests: client.Counter<'operation' | 'outcome'>;
  private readonly resolverSeconds: client.Histogram<'type' | 'field'>;
  private readonly sqlSeconds: client.Histogram<'statement'>;
  private readonly publishSeconds: client.Histogram<'type'>;
  private readonly publishFailures: client.Counter<'type'>;
  private readonly deliveries: client.Counter<'consumer'>;
  private readonly redeliveries: client.Counter<'consumer'>;
  private readonly handled: client.Histogram<'consumer' | 'outcome'>;
  private readonly deadLettered: client.Counter<'consumer'>;
  private readonly purged: client.Counter<'table'>;
  readonly natsConnected: client.Gauge;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    client.collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new client.Counter({
      name: 'linli_graphql_requests_total',
      help: 'GraphQL operations served, by operation name and outcome',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.resolverSeconds = new client.Histogram({
      name: 'linli_resolver_duration_seconds',
      help: 'Time in resolvers that have code (default field reads are not timed)',
      labelNames: ['type', 'field'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.sqlSeconds = new client.Histogram({
      name: 'linli_sql_duration_seconds',
      help: 'SQL statement latency by statement name',
      labelNames: ['statement'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.publishSeconds = new client.Histogram({
      name: 'linli_relay_publish_duration_seconds',
      help: 'Outbox relay: time from publish to JetStream acknowledgement',
      labelNames: ['type'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.publishFailures = new client.Counter({
      name: 'linli_relay_publish_failures_total',
      help: 'Outbox relay: publishes refused or timed out',
      labelNames: ['type'],
      registers,
    });
    this.deliveries = new client.Counter({
      name: 'linli_consumer_deliveries_total',
      help: 'Messages handed to a consumer',
      labelNames: ['consumer'],
      registers,
    });
    this.redeliveries = new client.Counter({
      name: 'linli_consumer_redeliveries_total',
      help: 'Messages handed to a consumer more than once',
      labelNames: ['consumer'],
      registers,
    });
    this.handled = new client.Histogram({
      name: 'linli_consumer_handle_duration_seconds',
      help: 'Consumer: time to apply one event, by outcome',
      labelNames: ['consumer', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.deadLettered = new client.Counter({
      name: 'linli_consumer_dead_letters_total',
      help: 'Events moved to the dead letters',
      labelNames: ['consumer'],
      registers,
    });
    this.purged = new client.Counter({
      name: 'linli_retention_purged_rows_total',
      help: 'Rows deleted by the retention purge',
      labelNames: ['table'],
      registers,
    });
    this.natsConnected = new client.Gauge({
      name: 'linli_nats_connected',
      help: '1 while the NATS connection is up; 0 means events wait in the outbox',
      registers,
    });
  }

  /** Counts operations and times every resolver that has code. */
  plugin(): ApolloServerPlugin<ApolloBaseContext> {
    const requests = this.requests;
    const seen = new Set<string>();
    // the gateway names each fetch <operation>__<subgraph>__<n>: the caller's operation is the label,
    // bounded in number since callers choose the names
    const operationLabel = (name: string | null | undefined) => {
      const operation = (name ?? '').replace(/__[a-z]+__\d+$/, '');
      if (!operation) return 'anonymous';
      if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation)) return 'other';
      if (!seen.has(operation) && seen.size >= 200) return 'other';
      seen.add(operation);
      return operation;
    };
    const resolverSeconds = this.resolverSeconds;
    return {
      async requestDidStart() {
        return {
          async executionDidStart() {
            return {
              willResolveField({ info }) {
                const field = (info.parentType as GraphQLObjectType).getFields()[info.fieldName];
                if (!field?.resolve) return;
                const start = process.hrtime.bigint();
                return () => resolverSeconds.observe({ type: info.parentType.name, field: info.fieldName }, secondsSince(start));
              },
            };
          },
          async willSendResponse({ response, operationName }) {
            const failed = response.body.kind === 'single' && !!response.body.singleResult.errors?.length;
            requests.inc({ operation: operationLabel(operationName), outcome: failed ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  /** What the relay and the consumers report, as series. */
  observer(): EventObserver {
    return {
      published: (type, seconds) => this.publishSeconds.observe({ type }, seconds),
      publishFailed: (type) => this.publishFailures.inc({ type }),
      delivered: (consumer, count) => {
        this.deliveries.inc({ consumer });
        if (count > 1) this.redeliveries.inc({ consumer });
      },
      handled: (consumer, outcome, seconds) => {
        this.handled.observe({ consumer, outcome }, seconds);
        if (outcome === 'dead-lettered') this.deadLettered.inc({ consumer });
      },
    };
  }

  countPurged(purged: Purged): void {
    this.purged.inc({ table: 'outbox' }, purged.outbox);
    this.purged.inc({ table: 'inbox' }, purged.inbox);
    this.purged.inc({ table: 'dead_letters' }, purged.deadLetters);
  }

  /**
   * Times every statement the DataSource's pool sends, by statement name. Wraps each pg client
   * once, present and future (TypeORM calls client.query(text, values) and awaits the promise).
   */
  instrumentSql(dataSource: DataSource, around: SqlHook = (_name, _sql, run) => run()): void {
    const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
    if (!pool) return;
    const wrap = (pg: PgClient) => {
      if (pg[WRAPPED]) return;
      pg[WRAPPED] = true;
      const original = pg.query;
      pg.query = function (this: PgClient, ...args: unknown[]) {
        const [text] = args;
        const sql = typeof text === 'string' ? text : (text as { text?: string })?.text;
        if (typeof sql !== 'string' || typeof args[args.length - 1] === 'function') return original.apply(this, args);
        const name = statementName(sql);
        const start = process.hrtime.bigint();
        return around(name, sql, () => {
          const result = original.apply(this, args) as Promise<unknown>;
          const done = () => sqlSeconds.observe({ statement: name }, secondsSince(start));
          result.then(done, done);
          return result;
        });
      };
    };
    const sqlSeconds = this.sqlSeconds;
    for (const existing of pool._clients ?? []) wrap(existing);
    pool.on('connect', wrap);
  }

  /**
   * Series read at scrape time: the outbox's backlog and oldest age, unreplayed dead letters and
   * each consumer's lag (messages in its stream not yet acknowledged). A scrape while PostgreSQL or
   * NATS is away leaves those series out rather than failing.
   */
  collectOnScrape(dataSource: DataSource, nats: NatsConnection, consumers: () => readonly EventConsumer[]): void {
    const registers = [this.registry];
    // the three share one statement: whichever gauge is collected first reads for all
    const collect = () => read();
    const backlog = new client.Gauge({ name: 'linli_outbox_backlog', help: 'Events committed but not yet acknowledged by JetStream', registers, collect });
    const oldest = new client.Gauge({ name: 'linli_outbox_oldest_age_seconds', help: 'Age of the oldest unsent outbox event', registers, collect });
    const dead = new client.Gauge({ name: 'linli_dead_letters', help: 'Dead letters not yet replayed', registers, collect });
    let reading: Promise<void> | undefined;
    const read = (): Promise<void> =>
      (reading ??= (async () => {
        try {
          const state = await withTimeout(outboxBacklog(dataSource), 2_000);
          backlog.set(state.backlog);
          oldest.set(state.oldestAgeSeconds);
          dead.set(state.deadLetters);
        } catch {
          backlog.reset();
          oldest.reset();
          dead.reset();
        }
      })().finally(() => (reading = undefined)));
    new client.Gauge({
      name: 'linli_consumer_lag_messages',
      help: 'Messages in the stream a consumer has not yet acknowledged',
      labelNames: ['consumer'],
      registers,
      async collect() {
        this.reset();
        if (nats.isClosed()) return;
        try {
          const jsm = await withTimeout(nats.jetstreamManager(), 1_000);
          for (const consumer of consumers()) {
            const info = await withTimeout(jsm.consumers.info(consumer.stream, consumer.definition.name), 1_000);
            this.set({ consumer: consumer.definition.name }, info.num_pending + info.num_ack_pending);
          }
        } catch {
          /* NATS away: no lag figures this scrape; linli_nats_connected says why */
        }
      },
    });
  }

  /** Keeps linli_nats_connected current from the connection's status events. */
  watchNats(nats: NatsConnection): void {
    this.natsConnected.set(nats.isClosed() ? 0 : 1);
    void (async () => {
      for await (const status of nats.status()) {
        if (status.type === 'disconnect' || status.type === 'error') this.natsConnected.set(0);
        if (status.type === 'reconnect') this.natsConnected.set(1);
      }
      this.natsConnected.set(0);
    })().catch(() => this.natsConnected.set(0));
  }
}

/** Runs one statement: `run` sends it; a tracer wraps it in a span. */
export type SqlHook = (name: string, sql: string, run: () => Promise<unknown>) => Promise<unknown>;

const WRAPPED = Symbol('linli.sqlTimed');
interface PgClient {
  query: (...args: unknown[]) => unknown;
  [WRAPPED]?: boolean;
}
interface PgPool {
  _clients?: PgClient[];
  on(event: 'connect', listener: (client: PgClient) => void): void;
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
