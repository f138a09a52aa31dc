import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Organizations' environment: the common service variables plus its own (see the service README). */
export const organizationsEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4003),
  })
  .superRefine(noDevSecretsInProduction);

export type OrganizationsEnv = z.infer<typeof organizationsEnvSchema>;

export const loadOrganizationsEnv = (env: NodeJS.ProcessEnv = process.env): OrganizationsEnv => loadEnvOrExit('organizations', organizationsEnvSchema, env);
