import { parseArgs } from 'node:util';
import { createDataSource } from '@linli/db';
import { listDeadLetters, replayDeadLetters } from '@linli/events';
import { loadModule, SERVICES, type ServiceName } from '../dev/modules';
import { serviceDatabaseUrl } from '../dev/prepare';

const USAGE = `usage: pnpm dead-letters list   --service <name> [--database-url URL] [--all]
       pnpm dead-letters replay --service <name> [--database-url URL] [--id N …]
Lists the events a service's consumers gave up on, or runs them through their handler again
(after the cause is fixed). The database defaults to the dev runner's linli_<service>.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { service: { type: 'string' }, 'database-url': { type: 'string' }, id: { type: 'string', multiple: true }, all: { type: 'boolean', default: false } },
  });
  const command = positionals[0];
  const service = values.service as ServiceName | undefined;
  if (!service || !SERVICES.includes(service) || !['list', 'replay'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const module = loadModule(service);
  const url = values['database-url'] ?? serviceDatabaseUrl(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', service);
  const { dataSource } = createDataSource({ url, migrations: [], poolSize: 2 });
  await dataSource.initialize();
  try {
    if (command === 'list') {
      const letters = await listDeadLetters(dataSource, { includeReplayed: values.all });
      if (!letters.length) process.stdout.write('no dead letters\n');
      for (const l of letters)
        process.stdout.write(`#${l.id}  ${new Date(l.failedAt).toISOString()}  ${l.consumer}  ${l.type}  event ${l.eventId}  attempts ${l.attempts}${l.replayedAt ? '  (replayed)' : ''}\n      ${l.error}\n`);
      return 0;
    }
    const result = await replayDeadLetters(dataSource, module.consumers ?? [], values.id);
    process.stdout.write(`replayed: ${result.replayed.join(', ') || 'none'}\n`);
    for (const f of result.failed) process.stdout.write(`failed #${f.id}: ${f.error}\n`);
    return result.failed.length ? 1 : 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  },
);
