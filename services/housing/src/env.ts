import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Housing's own variables, with their defaults (see the service README). */
export const housingSettingsShape = {
  /** A house is a group-rental risk (群租) when occupants exceed rooms times this ratio. */
  GROUP_RENTAL_RATIO: z.coerce.number().positive().default(2),
  /** A rental house is due for inspection when not inspected within this many days. */
  INSPECTION_INTERVAL_DAYS: z.coerce.number().int().positive().default(90),
  /** How often the overdue-hazard sweep runs, in milliseconds. */
  HAZARD_SWEEP_INTERVAL_MS: z.coerce.number().int().min(1_000).default(60_000),
};

/** Housing's environment: the common service variables plus its own. */
export const housingEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4001),
    ...housingSettingsShape,
  })
  .superRefine(noDevSecretsInProduction);

export type HousingEnv = z.infer<typeof housingEnvSchema>;

export const loadHousingEnv = (env: NodeJS.ProcessEnv = process.env): HousingEnv => loadEnvOrExit('housing', housingEnvSchema, env);

/** Housing's own settings, parsed once by startService (ServiceModule.settings). */
export type HousingSettings = z.infer<z.ZodObject<typeof housingSettingsShape>>;
