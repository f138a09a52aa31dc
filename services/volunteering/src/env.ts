import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Volunteering's own variables, with their defaults (ServiceModule.settings: parsed once at start). */
export const volunteeringSettings = {
  /** How many minutes before an activity's start check-in opens (default 120). */
  CHECK_IN_OPENS_MINUTES: z.coerce.number().int().min(0).max(1440).default(120),
};

/** Volunteering's environment: the common service variables plus its own (see the service README). */
export const volunteeringEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4005),
    ...volunteeringSettings,
  })
  .superRefine(noDevSecretsInProduction);

export type VolunteeringEnv = z.infer<typeof volunteeringEnvSchema>;

export const loadVolunteeringEnv = (env: NodeJS.ProcessEnv = process.env): VolunteeringEnv => loadEnvOrExit('volunteering', volunteeringEnvSchema, env);
