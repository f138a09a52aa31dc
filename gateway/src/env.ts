import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET, z } from '@linli/config';

export const SUBGRAPHS = ['housing', 'population', 'organizations', 'mediation', 'volunteering'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];
export const DEFAULT_PORTS: Record<SubgraphName, number> = { housing: 4001, population: 4002, organizations: 4003, mediation: 4004, volunteering: 4005 };

const url = (name: SubgraphName) => z.url().default(`http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`);
const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

export const gatewayEnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: int(0, 65535, 4000),
    /** The interface to listen on: loopback unless told otherwise (containers set 0.0.0.0). */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** HS256 secret for callers' tokens; AUTH_JWKS_URL replaces it with an identity provider's keys. */
    AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').default(DEV_JWT_SECRET),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_ISSUER: z.string().optional(),
    AUTH_AUDIENCE: z.string().optional(),
    INTERNAL_JWT_SECRET: z.string().min(32, 'at least 32 characters').default(DEV_INTERNAL_SECRET),
    INTERNAL_TOKEN_TTL_SECONDS: int(5, 300, 60),
    HOUSING_URL: url('housing'),
    POPULATION_URL: url('population'),
    ORGANIZATIONS_URL: url('organizations'),
    MEDIATION_URL: url('mediation'),
    VOLUNTEERING_URL: url('volunteering'),
    /** The supergraph file (a ConfigMap in Kubernetes); the one packaged with the gateway when unset. */
    SUPERGRAPH_PATH: z.string().optional(),
    /** How often the supergraph file is checked for a new version, in milliseconds. */
    SUPERGRAPH_POLL_MS: int(100, 600_000, 5_000),
    MAX_DEPTH: int(2, 50, 12),
    MAX_ALIASES: int(0, 500, 30),
    MAX_COST: int(10, 1_000_000, 20_000),
    MAX_DOCUMENT_BYTES: int(100, 1_000_000, 20_000),
    RATE_LIMIT_PER_MINUTE: int(1, 1_000_000, 600),
    /** Requests a minute from one address without a valid token (missing, expired, forged …). */
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: int(1, 1_000_000, 60),
    /** PostgreSQL for the rate limits shared by every replica; without it each replica counts alone. */
    DATABASE_URL: z.string().optional(),
    /** Longest accepted lifetime of a caller's token (exp − iat, or exp − now without iat). */
    TOKEN_MAX_LIFETIME_SECONDS: int(60, 30 * 86400, 12 * 3600),
    /** How far a caller's clock may run ahead (iat, nbf) or behind (exp). */
    TOKEN_CLOCK_SKEW_SECONDS: int(0, 300, 30),
    /** Largest total size of a request's headers; larger answers 431. */
    MAX_HEADER_BYTES: int(1024, 1_048_576, 16_384),
    SUBGRAPH_MAX_SOCKETS: int(1, 1_000, 64),
    /** Identical reads in flight at once (same subgraph, caller scope, document, variables) share one subgraph fetch. */
    SHARE_IN_FLIGHT: z.stringbool().default(true),
    /** The most periods one GET /analytics request may ask for (a series counts each). */
    ANALYTICS_MAX_PERIODS: int(1, 1_000, 60),
    /** The most areas one GET /analytics request may cover. */
    ANALYTICS_MAX_AREAS: int(1, 100_000, 5_000),
    /** OTLP/HTTP endpoint for traces (e.g. http://otel-collector:4318); tracing is off when unset. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    /** Browser origins allowed to call the gateway (CORS), separated by commas, e.g. http://127.0.0.1:5173. */
    CORS_ORIGINS: z.string().default(''),
    /** Trusted documents (persisted operations): require in production runs only @linli/client's operations; allow accepts others too; off ignores hashes. */
    TRUSTED_DOCUMENTS: z.enum(['require', 'allow', 'off']).default('off'),
    /** The manifest of trusted documents (hash → operation); @linli/client's generated one when unset. */
    TRUSTED_DOCUMENTS_PATH: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (env.AUTH_JWT_SECRET === DEV_JWT_SECRET && !env.AUTH_JWKS_URL)
      ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'the development default must not be used in production' });
    if (env.INTERNAL_JWT_SECRET === DEV_INTERNAL_SECRET)
      ctx.addIssue({ code: 'custom', path: ['INTERNAL_JWT_SECRET'], message: 'the development default must not be used in production' });
  });

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export function subgraphUrls(env: GatewayEnv): Record<SubgraphName, string> {
  return {
    housing: env.HOUSING_URL,
    population: env.POPULATION_URL,
    organizations: env.ORGANIZATIONS_URL,
    mediation: env.MEDIATION_URL,
    volunteering: env.VOLUNTEERING_URL,
  };
}
