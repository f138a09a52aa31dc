import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';
import type { Settings } from '@linli/subgraph';

/** Mediation's own variables, with their defaults (ServiceModule.settings: parsed once at start). */
export const mediationSettings = {
  /** A dispute case still open this many days after intake is overdue (default 30). */
  CASE_TIME_LIMIT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** The longest range a monthly trend may cover, in months (default 36). */
  TREND_MAX_MONTHS: z.coerce.number().int().min(1).max(120).default(36),
};

export type MediationSettings = Settings<typeof mediationSettings>;

/** Mediation's environment: the common service variables plus its own (see the service README). */
export const mediationEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4004),
    ...mediationSettings,
  })
  .superRefine(noDevSecretsInProduction);

export type MediationEnv = z.infer<typeof mediationEnvSchema>;

export const loadMediationEnv = (env: NodeJS.ProcessEnv = process.env): MediationEnv => loadEnvOrExit('mediation', mediationEnvSchema, env);
