import http from 'node:http';
import express from 'express';
import { Agent, fetch as undiciFetch, Response } from 'undici';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { unwrapResolverError } from '@apollo/server/errors';
import pino from 'pino';
import { callerVerifier, signInternalToken, type Viewer } from '@linli/auth';
import { subgraphUrls, type GatewayEnv, type SubgraphName } from './env';
import { enforceLimits } from './limits';
import { admitCaller, answerClientErrors } from './admission';
import { createLimiter } from './rate-limit';
import { InFlightRequests, SHARE_HEADER } from './dedup';
import { analyticsRoute, indicatorsRoute, type Execute } from './analytics/route';
import { supergraphPath, supergraphSource } from './supergraph-source';
import { healthRoutes, SubgraphProbe, subgraphUnavailable } from './health';
import { GatewayMetrics, type Observed } from './metrics';
import { accessLog } from './access-log';
import { injectTraceContext, startTracing } from './tracing';
import { cors, parseOrigins } from './cors';
import { explorer } from './explorer';
import { loadTrustedDocuments, trustedDocuments } from './trusted-documents';

interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  /** Set on operations the gateway builds itself (GET /analytics), which have limits of their own. */
  planned?: boolean;
  /** Internal tokens minted for this request, one per subgraph audience. */
  tokens: Map<string, Promise<string>>;
  /** The operation name and error codes, for the access log and the metrics. */
  observed?: Observed;
}

export interface RunningGateway {
  port: number;
  /** The address it listens on (127.0.0.1 unless HOST says otherwise). */
  host: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * A subgraph answers 400 when it refuses the caller's values (a variable its scalar rejects);
 * its body then holds GraphQL errors with their codes (BAD_USER_INPUT and the argument's path).
 * Passed on as an answer, the caller hears that refusal; left a 400, the gateway would report
 * "400: Bad Request" as an internal error of the whole subgraph fetch.
 */
async function refusalAsAnswer(response: Response): Promise<Response> {
  if (response.status !== 400) return response;
  const text = await response.text();
  let refusal = false;
  try {
    refusal = Array.isArray((JSON.parse(text) as { errors?: unknown }).errors);
  } catch {
    /* not a GraphQL answer: stays an error */
  }
  return new Response(text, { status: refusal ? 200 : response.status, statusText: refusal ? 'OK' : response.statusText, headers: response.headers });
}

/** The extensions an answer may carry: codes and the caller's own coordinates, nothing internal. */
function pick(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { exception: _exception, stacktrace: _stacktrace, ...rest } = extensions ?? {};
  return rest;
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Starts the gateway: verifies callers, enforces limits, plans over the static supergraph. */
export async function startGateway(env: GatewayEnv, options: { supergraphSdl?: string; logger?: pino.Logger } = {}): Promise<RunningGateway> {
  const log = options.logger ?? pino({ name: 'gateway', level: env.NODE_ENV === 'test' && !process.env.LOG_LEVEL ? 'silent' : env.LOG_LEVEL, base: { service: 'gateway' } });
  const production = env.NODE_ENV === 'production';
  const urls = subgraphUrls(env);
  const verify = callerVerifier({
    secret: env.AUTH_JWT_SECRET,
    jwksUrl: env.AUTH_JWKS_URL,
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    maxLifetimeSeconds: env.TOKEN_MAX_LIFETIME_SECONDS,
    clockSkewSeconds: env.TOKEN_CLOCK_SKEW_SECONDS,
  });
  const limiter = await createLimiter(env.DATABASE_URL);
  // bounded keep-alive pool: a burst of callers cannot open unbounded sockets to the subgraphs
  // identical reads in flight at once share one subgraph fetch (see dedup.ts)
  const inFlight = new InFlightRequests();
  const trusted = trustedDocuments(env.TRUSTED_DOCUMENTS, env.TRUSTED_DOCUMENTS === 'off' ? new Map() : loadTrustedDocuments(env.TRUSTED_DOCUMENTS_PATH));
  const agent = new Agent({ connections: env.SUBGRAPH_MAX_SOCKETS, keepAliveTimeout: 10_000, pipelining: 1 });
  const metrics = new GatewayMetrics();
  const tracing = startTracing(env.OTEL_EXPORTER_OTLP_ENDPOINT);

  class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
      if (!('viewer' in context) || !context.viewer) return;
      const audience = this.name;
      let token = context.tokens.get(audience);
      if (!token) {
        token = signInternalToken(context.viewer, audience, env.INTERNAL_JWT_SECRET, env.INTERNAL_TOKEN_TTL_SECONDS);
        context.tokens.set(audience, token);
      }
      request.http?.headers.set('authorization', `Bearer ${await token}`);
      request.http?.headers.set('x-request-id', context.requestId);
      const share = env.SHARE_IN_FLIGHT ? InFlightRequests.scopeOf(context.viewer, request.query) : null;
      if (share) request.http?.headers.set(SHARE_HEADER, share);
      injectTraceContext(request.http?.headers);
    }
    override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
      const operation = 'incomingRequestContext' in options ? options.incomingRequestContext.operationName : undefined;
      return metrics.timeFetch(this.name, operation, () => super.process(options)).catch((error: Error) => {
        throw subgraphUnavailable(this.name, error);
      });
    }
    constructor(readonly name: SubgraphName) {
      super({
        url: urls[name],
        fetcher: (async (input: string, init: RequestInit) =>
          inFlight.fetch(InFlightRequests.keyOf(input, init), async () => refusalAsAnswer(await undiciFetch(input, { ...(init as object), dispatcher: agent })))) as never,
      });
    }
  }

  const supergraph = supergraphSource(options.supergraphSdl !== undefined ? { sdl: options.supergraphSdl } : { file: supergraphPath(env), pollMs: env.SUPERGRAPH_POLL_MS }, log, (state) =>
    metrics.supergraphReloads.inc({ outcome: state.rejected ? 'refused' : 'swapped' }),
  );
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.hook,
    buildService: ({ name }) => new SubgraphSource(name as SubgraphName),
  });

  const limitsPlugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          // operations the gateway planned itself (analytics) are bounded by their own limits
          if (contextValue.planned) return;
          enforceLimits(document, request.operationName, request.variables ?? {}, { maxDepth: env.MAX_DEPTH, maxAliases: env.MAX_ALIASES, maxCost: env.MAX_COST });
        },
      };
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.use(cors(parseOrigins(env.CORS_ORIGINS)));
  const httpServer = http.createServer({ maxHeaderSize: env.MAX_HEADER_BYTES }, app);
  answerClientErrors(httpServer);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    csrfPrevention: true,
    // Apollo's own landing page loads from a CDN: the gateway serves its own explorer instead (explorer.ts)
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), limitsPlugin, metrics.plugin(), ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      // field suggestions ("Did you mean …") reveal the schema: off in production
      const message = production ? formatted.message.replace(/ Did you mean .*\?$/, '') : formatted.message;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        // in every environment: a subgraph's failure or an unreachable subgraph says which
        // domain failed, never the subgraph's URL, the database's words or a stack
        const service = formatted.extensions?.serviceName;
        log.error({ err: unwrapResolverError(error), path: formatted.path, service }, 'internal error masked');
        return {
          message: typeof service === 'string' ? `the ${service} service could not answer this field` : 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof service === 'string' ? { serviceName: service } : {}) },
        };
      }
      return { message, locations: formatted.locations, path: formatted.path, extensions: pick(formatted.extensions) };
    },
  });
  await server.start();

  healthRoutes(app, supergraph.state, new SubgraphProbe(urls, agent, (name, status) => metrics.subgraphUp.set({ subgraph: name }, status === 'up' ? 1 : 0)));
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // who may pass: one admission (request id, token, rate limits) for /graphql and /analytics
  const admit = admitCaller({ verify, limiter, perCaller: env.RATE_LIMIT_PER_MINUTE, perAddress: env.RATE_LIMIT_ANONYMOUS_PER_MINUTE, log });

  // flat tables for integrators: planned over the federation as the caller, bounded by its own limits
  app.get('/analytics/indicators', indicatorsRoute());
  app.get(
    '/analytics',
    admit,
    analyticsRoute({
      limits: { maxPeriods: env.ANALYTICS_MAX_PERIODS, maxAreas: env.ANALYTICS_MAX_AREAS },
      log,
      async execute(query, variables, viewer) {
        const response = await server.executeOperation(
          { query, variables },
          { contextValue: { viewer, requestId: viewer.requestId, tokens: new Map(), planned: true } },
        );
        if (response.body.kind !== 'single') throw new Error('analytics expects single results');
        return response.body.singleResult as Awaited<ReturnType<Execute>>;
      },
    }),
  );
  if (!production) app.use(explorer());

  app.use(
    '/graphql',
    accessLog(log, metrics),
    express.text({ type: 'application/json', limit: env.MAX_DOCUMENT_BYTES * 4 }),
    admit,
    async (req, res, next) => {
      if (typeof req.body === 'string') {
        try {
          req.body = JSON.parse(req.body);
        } catch {
          res.status(400).json(errorBody('request body is not JSON', 'BAD_REQUEST'));
          return;
        }
      }
      const query = (req.body as { query?: unknown })?.query;
      if (typeof query === 'string' && Buffer.byteLength(query) > env.MAX_DOCUMENT_BYTES) {
        res.status(413).json(errorBody(`query document of ${Buffer.byteLength(query)} bytes exceeds the maximum size of ${env.MAX_DOCUMENT_BYTES} bytes`, 'QUERY_LIMIT_EXCEEDED'));
        return;
      }
      next();
    },
    trusted,
    expressMiddleware(server, {
      context: async ({ res }) => ({ viewer: res.locals.viewer as Viewer, requestId: res.locals.requestId as string, tokens: new Map(), observed: res.locals.observed as Observed }),
    }),
  );

  // body-parser's own refusals (a body far over the size limit, a bad charset) answer in the same JSON shape
  app.use((error: { status?: number; type?: string; message: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    if (status === 413) res.status(413).json(errorBody(`request body exceeds the maximum size of ${env.MAX_DOCUMENT_BYTES * 4} bytes`, 'QUERY_LIMIT_EXCEEDED'));
    else if (status < 500) res.status(status).json(errorBody(error.message, 'BAD_REQUEST'));
    else {
      log.error({ err: error }, 'request failed');
      res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    }
  });

  await new Promise<void>((resolve) => httpServer.listen(env.PORT, env.HOST, resolve));
  const { port, address: host } = httpServer.address() as { port: number; address: string };
  log.info({ port }, `gateway ready at http://127.0.0.1:${port}/graphql`);
  return {
    port,
    host,
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      await server.stop();
      await agent.close();
      await tracing.stop();
      await limiter.close();
    },
  };
}
