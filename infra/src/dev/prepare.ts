import { PiiCipher } from '@linli/auth';
import { createDataSource, dropDatabase, ensureDatabase, migrate, rows, withDatabase } from '@linli/db';
import { createLogger } from '@linli/subgraph';
import { loadModule, type ServiceName } from './modules';

/** The keys the seed encrypts with: the runner's generated ones, else the environment's; never a committed default. */
function piiKeys(given?: { keys: string; blindIndexKey: string }): { keys: string; blindIndexKey: string } {
  if (given) return given;
  const keys = process.env.PII_KEYS;
  const blindIndexKey = process.env.BLIND_INDEX_KEY;
  if (!keys || !blindIndexKey) throw new Error('seeding needs PII_KEYS and BLIND_INDEX_KEY (./linli start generates them into .data/secrets.json)');
  return { keys, blindIndexKey };
}

export function serviceDatabaseUrl(serverUrl: string, name: ServiceName): string {
  return withDatabase(serverUrl, `linli_${name}`);
}

/**
 * Creates a service's database, runs its migrations and, once, seeds its part of the demo
 * district. The seed and its marker commit together, so an interrupted seed runs again.
 */
export async function prepareService(
  name: ServiceName,
  serverUrl: string,
  options: { seed: boolean; exactUrl?: boolean; fresh?: boolean; pii?: { keys: string; blindIndexKey: string } },
): Promise<{ migrated: string[]; seeded: boolean }> {
  const module = loadModule(name);
  const url = options.exactUrl ? serverUrl : serviceDatabaseUrl(serverUrl, name);
  // a fresh start drops the development database first (never used by the deployment's migrate step)
  if (options.fresh) await dropDatabase(url);
  await ensureDatabase(url);
  const { dataSource } = createDataSource({ url, migrations: module.migrations, entities: module.entities, poolSize: 2 });
  await dataSource.initialize();
  try {
    const migrated = await migrate(dataSource);
    if (!options.seed || !module.seed) return { migrated, seeded: false };
    await dataSource.query(`/* demoSeedTable */ CREATE TABLE IF NOT EXISTS demo_seed (service text PRIMARY KEY, seeded_at timestamptz NOT NULL DEFAULT now())`);
    const seeded = await dataSource.transaction(async (tx) => {
      // the lock makes two runners starting at once seed only once
      await tx.query(`/* demoSeedLock */ LOCK TABLE demo_seed IN EXCLUSIVE MODE`);
      if ((await rows(tx, `/* demoSeedDone */ SELECT 1 FROM demo_seed WHERE service = $1`, [name])).length) return false;
      await module.seed!(tx, {
        pii: new PiiCipher({ ...piiKeys(options.pii), activeKeyId: process.env.PII_ACTIVE_KEY }),
        log: createLogger(name, 'warn'),
      });
      await tx.query(`/* demoSeedMark */ INSERT INTO demo_seed (service) VALUES ($1)`, [name]);
      return true;
    });
    return { migrated, seeded };
  } finally {
    await dataSource.destroy();
  }
}
