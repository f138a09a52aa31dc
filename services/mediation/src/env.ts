import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Mediation's own variables, with their defaults. */
export const mediationSettingsShape = {
  /** A dispute case still open this many days after intake is overdue (default 30). */
  CASE_TIME_LIMIT_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** The longest range a monthly trend may cover, in months (default 36). */
  TREND_MAX_MONTHS: z.coerce.number().int().min(1).max(120).default(36),
};

/** Mediation's environment: the common service variables plus its own (see the service README). */
export const mediationEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4004),
    ...mediationSettingsShape,
  })
  .superRefine(noDevSecretsInProduction);

export type MediationEnv = z.infer<typeof mediationEnvSchema>;
export type MediationSettings = { caseTimeLimitDays: number; trendMaxMonths: number };

export const loadMediationEnv = (env: NodeJS.ProcessEnv = process.env): MediationEnv => loadEnvOrExit('mediation', mediationEnvSchema, env);

/**
 * The settings from whatever environment the service was started with: the full mediation
 * environment in production, or only the common variables (then the defaults apply) in tests.
 */
export function settingsOf(env: object): MediationSettings {
  const parsed = z.object(mediationSettingsShape).parse(env);
  return { caseTimeLimitDays: parsed.CASE_TIME_LIMIT_DAYS, trendMaxMonths: parsed.TREND_MAX_MONTHS };
}
