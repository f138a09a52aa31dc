import { loadEnvOrExit, noDevDefaultsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Population's own variables, with their defaults (ServiceModule.settings: parsed once at start). */
export const populationSettings = {
  /** Hours between runs of the residence-points accrual (idempotent, so running often only costs a scan). */
  POINTS_ACCRUAL_HOURS: z.coerce.number().int().min(1).max(168).default(6),
  /** Persons per statement when a change of the 3456 rule recomputes everyone's next visit. */
  VISIT_RULE_BATCH_SIZE: z.coerce.number().int().min(100).max(100_000).default(5_000),
};

/** Population's environment: the common service variables plus its own (see the service README). */
export const populationEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4002),
    ...populationSettings,
  })
  .superRefine(noDevDefaultsInProduction);

export type PopulationEnv = z.infer<typeof populationEnvSchema>;

export const loadPopulationEnv = (env: NodeJS.ProcessEnv = process.env): PopulationEnv => loadEnvOrExit('population', populationEnvSchema, env);
