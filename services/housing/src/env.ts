import { loadEnvOrExit, noDevDefaultsInProduction, portWithDefault, serviceEnvShape, z } from '@linli/config';

/** Housing's environment: the common service variables plus its own (see the service README). */
export const housingEnvSchema = z
  .object({
    ...serviceEnvShape,
    PORT: portWithDefault(4001),
    /** A house is a group-rental risk (群租) when occupants exceed rooms times this ratio. */
    GROUP_RENTAL_RATIO: z.coerce.number().positive().default(2),
  })
  .superRefine(noDevDefaultsInProduction);

export type HousingEnv = z.infer<typeof housingEnvSchema>;

export const loadHousingEnv = (env: NodeJS.ProcessEnv = process.env): HousingEnv => loadEnvOrExit('housing', housingEnvSchema, env);
