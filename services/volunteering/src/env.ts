import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Volunteering's environment: the common service variables (see the service README). */
export const volunteeringEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4005),
  })
  .superRefine(noDevSecretsInProduction);

export type VolunteeringEnv = z.infer<typeof volunteeringEnvSchema>;

export const loadVolunteeringEnv = (env: NodeJS.ProcessEnv = process.env): VolunteeringEnv => loadEnvOrExit('volunteering', volunteeringEnvSchema, env);
