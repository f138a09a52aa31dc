import { startService, stopOnSignals, createLogger } from '@linli/subgraph';
import { loadHousingEnv } from './env';
import { housing } from './module';

startService(housing, loadHousingEnv())
  .then((service) => stopOnSignals(service, service.deps.log))
  .catch((error) => {
    createLogger('housing').fatal({ err: error }, 'housing failed to start');
    process.exit(1);
  });
