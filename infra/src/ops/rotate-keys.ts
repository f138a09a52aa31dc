import { PiiCipher } from '@linli/auth';
import { DEV_BLIND_INDEX_KEY, DEV_PII_KEYS } from '@linli/config';
import { createDataSource } from '@linli/db';
import { rotatePiiKeys } from '@linli/population';
import { serviceDatabaseUrl } from '../dev/prepare';

/**
 * Re-encrypts every personal value not yet under the active key (PII_ACTIVE_KEY, else the
 * last of PII_KEYS), in batches, while the population service keeps running.
 * Database: POPULATION_DATABASE_URL, else DATABASE_URL (a server) + linli_population.
 */
async function main(): Promise<void> {
  const url = process.env.POPULATION_DATABASE_URL ?? serviceDatabaseUrl(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'population');
  const pii = new PiiCipher({ keys: process.env.PII_KEYS ?? DEV_PII_KEYS, activeKeyId: process.env.PII_ACTIVE_KEY, blindIndexKey: process.env.BLIND_INDEX_KEY ?? DEV_BLIND_INDEX_KEY });
  const { dataSource } = createDataSource({ url, migrations: [], poolSize: 2 });
  await dataSource.initialize();
  try {
    const result = await rotatePiiKeys(dataSource, pii);
    process.stdout.write(`active key ${pii.activeKeyId}: ${JSON.stringify(result)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`key rotation failed: ${(error as Error).message}\n`);
  process.exit(1);
});
