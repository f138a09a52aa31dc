import { z } from 'zod';

export { z };

/** Raised when the environment does not satisfy a service's schema; lists every bad variable. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Parses the environment once against a zod schema. Every problem is reported at once,
 * so an operator fixes a deployment in one round instead of one variable at a time.
 */
export function loadEnv<S extends z.ZodType>(service: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigError(service, problems);
}

/** As loadEnv, but prints every problem and exits 1: the start-up behaviour of a process. */
export function loadEnvOrExit<S extends z.ZodType>(service: string, schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  try {
    return loadEnv(service, schema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

export const DEV_INTERNAL_SECRET = 'linli-dev-internal-secret-change-me-0123456789';
export const DEV_JWT_SECRET = 'linli-dev-caller-secret-change-me-0123456789';
/** Development keys for personal data: 32 bytes each, base64. Never used when NODE_ENV=production. */
export const DEV_PII_KEYS = 'k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
export const DEV_BLIND_INDEX_KEY = 'ZGV2LWJsaW5kLWluZGV4LWtleS0wMTIzNDU2Nzg5YWI=';

const port = z.coerce.number().int().min(0).max(65535);

/** Variables every domain service reads; a service spreads this into its own schema. */
export const serviceEnvShape = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: port.default(0),
  /** The interface to listen on: loopback unless told otherwise (containers set 0.0.0.0). */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, 'must be nats://host:port').default('nats://127.0.0.1:4222'),
  /** Copies of each JetStream stream: 1 on a single server, 3 on a three-node cluster. */
  NATS_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
  /** Prefixes every subject and stream; empty in production, unique per test run. */
  NATS_NAMESPACE: z.string().regex(/^[a-z0-9_]*$/, 'lower-case letters, digits and _ only').default(''),
  INTERNAL_JWT_SECRET: z.string().min(32, 'at least 32 characters').default(DEV_INTERNAL_SECRET),
  PII_KEYS: z.string().regex(/^[a-z0-9]+:[A-Za-z0-9+/=]{44}(,[a-z0-9]+:[A-Za-z0-9+/=]{44})*$/, 'kid:base64key,… (32-byte keys)').default(DEV_PII_KEYS),
  PII_ACTIVE_KEY: z.string().optional(),
  BLIND_INDEX_KEY: z.string().min(32).default(DEV_BLIND_INDEX_KEY),
  MIGRATE_ON_START: z.stringbool().default(true),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Retention of the event tables (see docs/operations.md): sent outbox rows, inbox rows, dead letters, in hours. */
  OUTBOX_RETENTION_HOURS: z.coerce.number().positive().default(7 * 24),
  INBOX_RETENTION_HOURS: z.coerce.number().positive().default(14 * 24),
  DEAD_LETTER_RETENTION_HOURS: z.coerce.number().positive().default(90 * 24),
  /** How often the purge runs, in milliseconds. */
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60 * 60 * 1_000),
  /** OTLP/HTTP endpoint for traces (e.g. http://otel-collector:4318); tracing is off when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
};

/** A service's port variable with its default. */
export const portWithDefault = (fallback: number) => port.default(fallback);

/** Refuses the development secrets and keys when NODE_ENV=production. */
export function noDevDefaultsInProduction(env: { NODE_ENV: string; INTERNAL_JWT_SECRET: string; PII_KEYS: string; BLIND_INDEX_KEY: string }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production') return;
  const defaults = [
    ['INTERNAL_JWT_SECRET', env.INTERNAL_JWT_SECRET, DEV_INTERNAL_SECRET],
    ['PII_KEYS', env.PII_KEYS, DEV_PII_KEYS],
    ['BLIND_INDEX_KEY', env.BLIND_INDEX_KEY, DEV_BLIND_INDEX_KEY],
  ] as const;
  for (const [key, value, fallback] of defaults)
    if (value === fallback) ctx.addIssue({ code: 'custom', path: [key], message: 'the development default must not be used in production' });
}

/**
 * Refuses the development internal secret when NODE_ENV=production: for services that hold no
 * personal data, so the personal-data keys are given to population alone and nowhere else.
 */
export function noDevSecretsInProduction(env: { NODE_ENV: string; INTERNAL_JWT_SECRET: string }, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV === 'production' && env.INTERNAL_JWT_SECRET === DEV_INTERNAL_SECRET)
    ctx.addIssue({ code: 'custom', path: ['INTERNAL_JWT_SECRET'], message: 'the development default must not be used in production' });
}

/** The common variables alone. */
export const serviceEnvSchema = z.object(serviceEnvShape).superRefine(noDevDefaultsInProduction);
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;
