import { loadEnvOrExit, noDevDefaultsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Population's environment: the common service variables plus its own (see the service README). */
export const populationEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4002),
  })
  .superRefine(noDevDefaultsInProduction);

export type PopulationEnv = z.infer<typeof populationEnvSchema>;

export const loadPopulationEnv = (env: NodeJS.ProcessEnv = process.env): PopulationEnv => loadEnvOrExit('population', populationEnvSchema, env);
