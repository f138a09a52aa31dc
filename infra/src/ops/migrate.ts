import { SERVICES, type ServiceName } from '../dev/modules';
import { prepareService } from '../dev/prepare';

/**
 * The deployment's migration step: for each service (or those named), create its database if
 * missing and run pending migrations. Reads <NAME>_DATABASE_URL per service, else
 * DATABASE_URL (a server) + linli_<name>. Never seeds.
 */
async function main(): Promise<void> {
  const names = (process.argv.slice(2).length ? process.argv.slice(2) : SERVICES) as ServiceName[];
  for (const name of names) {
    if (!SERVICES.includes(name)) throw new Error(`unknown service ${name}`);
    const perService = process.env[`${name.toUpperCase()}_DATABASE_URL`];
    const server = perService ?? process.env.DATABASE_URL;
    if (!server) throw new Error(`set ${name.toUpperCase()}_DATABASE_URL or DATABASE_URL`);
    const { migrated } = await prepareService(name, server, { seed: false, exactUrl: !!perService });
    process.stdout.write(`${name}: ${migrated.length ? migrated.join(', ') : 'up to date'}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`migration failed: ${(error as Error).message}\n`);
  process.exit(1);
});
