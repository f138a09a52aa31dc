import { loadEnvOrExit } from '@linli/config';
import { gatewayEnvSchema } from './env';
import { startGateway } from './gateway';

async function main() {
  const env = loadEnvOrExit('gateway', gatewayEnvSchema);
  const gateway = await startGateway(env);
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      gateway.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
}

main().catch((error) => {
  process.stderr.write(`gateway failed to start: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
