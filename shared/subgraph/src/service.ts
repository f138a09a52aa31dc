import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin, type BaseContext as ApolloBaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, type DocumentNode } from 'graphql';
import { PiiCipher, verifyInternalToken, type ServiceAccess, type Viewer } from '@linli/auth';
import { loadEnv, z, type ServiceEnv } from '@linli/config';
import type { Domain } from '@linli/contracts';
import { createDataSource, ensureDatabase, migrate, type DataSource, type EntityManager, type QueryCounter } from '@linli/db';
import { connectNats, ensureStreams, EventConsumer, Outbox, OutboxRelay, sourceOf, startRetention, type ConsumerDefinition, type NatsConnection } from '@linli/events';
import { createLogger, type Logger } from './logger';
import { isCallerError, toGraphQLError } from './guard';
import { guardAccess } from './access';
import { guardInputs } from './input-guard';
import { ServiceMetrics } from './metrics';
import { healthRoutes } from './health';
import { startTracing, traceRequests, traceResolvers, traceSql } from './tracing';

/** A service's own settings: a zod shape over environment variables, parsed once at start. */
export type SettingsShape = z.ZodRawShape;
export type Settings<S extends SettingsShape> = z.infer<z.ZodObject<S>>;

/** What a service's code is given to work with; built once per process. */
export interface ServiceDeps<S extends SettingsShape = SettingsShape> {
  name: Domain;
  env: ServiceEnv;
  /** The service's own settings (ServiceModule.settings), parsed once and typed. */
  settings: Settings<S>;
  dataSource: DataSource;
  queries: QueryCounter;
  nats: NatsConnection;
  outbox: Outbox;
  pii: PiiCipher;
  log: Logger;
}

/** What every resolver receives: who is asking, for which request, and the service's own parts. */
export interface BaseContext {
  viewer: Viewer;
  requestId: string;
  log: Logger;
}

/**
 * A service declares itself once: schema, resolvers, tables, what it listens to and how
 * its per-request context is built. startService does the rest the same way for all five.
 */
export interface ServiceModule<C extends BaseContext, S extends SettingsShape = SettingsShape> {
  name: Domain;
  /**
   * The service's own settings as a zod shape over environment variables (with defaults).
   * startService parses them once from the environment it is given and hands them, typed, to
   * context() and background(); every problem is reported at once.
   */
  settings?: S;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  migrations: Function[];
  entities?: Function[];
  consumers?: readonly ConsumerDefinition<any>[];
  /**
   * The access rule of every Query and Mutation field and entity type (the role table of
   * docs/access.md, from @linli/auth); enforced by guardAccess, startup fails when one is missing.
   * Finer rules (which of the granted callers may do what, in which state) live in the domain.
   */
  access: ServiceAccess;
  /** Builds the per-request context: DataLoaders and domain services. */
  context(deps: ServiceDeps<S>, base: BaseContext): C;
  /**
   * Writes this service's part of the demo district (from @linli/demo) inside one transaction,
   * read models included, as the events would have built them. Run once by the dev runner.
   */
  seed?(tx: EntityManager, deps: SeedDeps): Promise<void>;
  /** Background work (e.g. a sweep that marks deadlines overdue); stopped before the pool closes. */
  background?(deps: ServiceDeps<S>): { stop(): Promise<void> };
}

export interface SeedDeps {
  pii: PiiCipher;
  log: Logger;
}

export interface RunningService {
  name: Domain;
  port: number;
  /** The address it listens on (127.0.0.1 unless HOST says otherwise). */
  host: string;
  url: string;
  deps: ServiceDeps<any>;
  consumers: EventConsumer[];
  relay: OutboxRelay;
  stop(): Promise<void>;
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}

/** Opens the database (migrating when asked), NATS and the outbox relay, then serves the subgraph. */
export async function startService<C extends BaseContext, S extends SettingsShape = SettingsShape>(
  module: ServiceModule<C, S>,
  env: ServiceEnv & Record<string, unknown>,
): Promise<RunningService> {
  const log = createLogger(module.name, env.LOG_LEVEL);
  // before any connection opens: a bad setting stops the start with every problem listed
  const settings = loadEnv(module.name, z.object(module.settings ?? ({} as S)), env as NodeJS.ProcessEnv) as Settings<S>;
  await ensureDatabase(env.DATABASE_URL);
  const { dataSource, queries } = createDataSource({
    url: env.DATABASE_URL,
    entities: module.entities,
    migrations: module.migrations,
    poolSize: env.DB_POOL_SIZE,
    applicationName: `linli-${module.name}`,
  });
  await dataSource.initialize();
  const metrics = new ServiceMetrics(module.name);
  metrics.instrumentSql(dataSource, traceSql);
  const tracing = startTracing(module.name, env.OTEL_EXPORTER_OTLP_ENDPOINT);
  const closers: (() => Promise<unknown>)[] = [() => tracing.stop(), () => dataSource.destroy()];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  };
  try {
    return await serve();
  } catch (error) {
    await closeAll();
    throw error;
  }

  async function serve(): Promise<RunningService> {
    if (env.MIGRATE_ON_START) {
      const ran = await migrate(dataSource);
      if (ran.length) log.info({ migrations: ran }, 'migrations applied');
    }
    const nats = await connectNats(env.NATS_URL, `linli-${module.name}`);
    closers.push(() => nats.drain());
    metrics.watchNats(nats);
    const consumed = (module.consumers ?? []).map((c) => sourceOf(c));
    await ensureStreams(await nats.jetstreamManager(), [...new Set<Domain>([module.name, ...consumed])], env.NATS_NAMESPACE, env.NATS_STREAM_REPLICAS);

    const deps: ServiceDeps<S> = {
      name: module.name,
      env,
      settings,
      dataSource,
      queries,
      nats,
      outbox: new Outbox(module.name),
      pii: new PiiCipher({ keys: env.PII_KEYS, activeKeyId: env.PII_ACTIVE_KEY, blindIndexKey: env.BLIND_INDEX_KEY }),
      log,
    };

    const relay = new OutboxRelay(dataSource, nats, { databaseUrl: env.DATABASE_URL, namespace: env.NATS_NAMESPACE, log, observer: metrics.observer() });
    closers.push(() => relay.stop());
    await relay.start();
    const consumers = (module.consumers ?? []).map((definition) => new EventConsumer(dataSource, nats, definition, { namespace: env.NATS_NAMESPACE, log, observer: metrics.observer() }));
    for (const consumer of consumers) {
      closers.push(() => consumer.stop());
      await consumer.start();
    }
    // the module's background work (sweeps) runs once the pool, NATS and the outbox are up
    const background = module.background?.(deps);
    if (background) closers.push(() => background.stop());
    const retention = startRetention(
      dataSource,
      { outboxSentHours: env.OUTBOX_RETENTION_HOURS, inboxHours: env.INBOX_RETENTION_HOURS, deadLetterHours: env.DEAD_LETTER_RETENTION_HOURS, intervalMs: env.RETENTION_INTERVAL_MS },
      log,
      (purged) => metrics.countPurged(purged),
    );
    closers.push(() => retention.stop());

    const app = express();
    app.disable('x-powered-by');
    const httpServer = http.createServer(app);
    const schema = buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> });
    guardInputs(schema);
    guardAccess(schema, module.name, module.access);
    metrics.collectOnScrape(dataSource, nats, () => consumers);
    traceResolvers(schema);

    const errorPlugin: ApolloServerPlugin<ApolloBaseContext> = {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue }) {
            const ctx = contextValue as unknown as Partial<BaseContext>;
            const logger = ctx.log ?? log;
            // a refused input is the caller's business: info, no stack; anything else is ours
            for (const error of errors)
              if (isCallerError(error)) logger.info({ code: toGraphQLError(error.originalError ?? error)?.extensions.code ?? error.extensions?.code, path: error.path, reason: error.message }, 'request refused');
              else logger.error({ err: error.originalError ?? error, path: error.path, requestId: ctx.requestId }, 'resolver failed');
          },
        };
      },
    };

    const server = new ApolloServer<C>({
      schema,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), errorPlugin as ApolloServerPlugin<C>, metrics.plugin() as ApolloServerPlugin<C>],
      introspection: env.NODE_ENV !== 'production',
      // stacks and the database's own words stay in the logs (with the request id), never in answers
      includeStacktraceInErrorResponses: false,
      formatError(formatted, error) {
        const mapped = toGraphQLError((error as GraphQLError)?.originalError ?? error);
        if (mapped) return { message: mapped.message, path: formatted.path, extensions: { ...mapped.extensions } };
        if (isCallerError(error as GraphQLError)) {
          // a refusal by the access kernel names its rule (docs/access.md)
          const rule = formatted.extensions?.rule;
          return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: formatted.extensions?.code, ...(rule ? { rule } : {}) } };
        }
        return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      },
    });
    await server.start();

    healthRoutes(app, module.name, dataSource, nats);
    app.get('/metrics', async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });

    app.use(
      '/graphql',
      traceRequests(module.name),
      async (req, res, next) => {
        // the request id comes from the gateway's signed token; a header is only a caller's word
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        const token = bearer(req.headers.authorization);
        if (!token) {
          res
            .status(401)
            .json({ errors: [{ message: 'missing internal token: call this service through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
          return;
        }
        try {
          // identity comes from the signed token only; headers a client might add are ignored
          const viewer = await verifyInternalToken(token, module.name, env.INTERNAL_JWT_SECRET);
          res.locals.viewer = { ...viewer, requestId: viewer.requestId || requestId };
          res.setHeader('x-request-id', res.locals.viewer.requestId);
          next();
        } catch (error) {
          res.status(401).json({ errors: [{ message: `invalid internal token: ${(error as Error).message}`, extensions: { code: 'UNAUTHENTICATED' } }] });
        }
      },
      express.json({ limit: '1mb' }),
      expressMiddleware(server, {
        context: async ({ res }) => {
          const viewer = res.locals.viewer as Viewer;
          const base: BaseContext = { viewer, requestId: viewer.requestId, log: log.child({ requestId: viewer.requestId, user: viewer.id }) };
          return module.context(deps, base);
        },
      }),
    );

    await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
    const { port, address: host } = httpServer.address() as { port: number; address: string };
    log.info({ port }, `${module.name} subgraph ready`);

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await server.stop(); // stops accepting, lets in-flight operations finish
        await background?.stop();
        await retention.stop();
        for (const consumer of consumers) await consumer.stop();
        await relay.stop();
        await nats.drain().catch(() => undefined);
        await dataSource.destroy();
        await tracing.stop();
        log.info(`${module.name} stopped`);
      })());

    return { name: module.name, port, host, url: `http://127.0.0.1:${port}/graphql`, deps, consumers, relay, stop };
  }
}

/** Stops the service on SIGTERM/SIGINT, finishing in-flight work first. */
export function stopOnSignals(service: Pick<RunningService, 'stop'>, log: Logger): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      service
        .stop()
        .then(() => process.exit(0))
        .catch((error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
}
