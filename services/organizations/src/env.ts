import { loadEnvOrExit, noDevSecretsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';
import type { Settings } from '@linli/subgraph';

/** Organizations' own variables, with their defaults (ServiceModule.settings: parsed once at start). */
export const organizationsSettings = {
  /** The most points a trend (Area.organizationsSeries) may have: months, quarters or years (default 36). */
  TREND_MAX_POINTS: z.coerce.number().int().min(1).max(240).default(36),
};

export type OrganizationsSettings = Settings<typeof organizationsSettings>;

/** Organizations' environment: the common service variables plus its own (see the service README). */
export const organizationsEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4003),
    ...organizationsSettings,
  })
  .superRefine(noDevSecretsInProduction);

export type OrganizationsEnv = z.infer<typeof organizationsEnvSchema>;

export const loadOrganizationsEnv = (env: NodeJS.ProcessEnv = process.env): OrganizationsEnv => loadEnvOrExit('organizations', organizationsEnvSchema, env);
