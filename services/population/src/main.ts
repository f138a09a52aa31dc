import { startService, stopOnSignals, createLogger } from '@linli/subgraph';
import { loadPopulationEnv } from './env';
import { population } from './module';

startService(population, loadPopulationEnv())
  .then((service) => stopOnSignals(service, service.deps.log))
  .catch((error) => {
    createLogger('population').fatal({ err: error }, 'population failed to start');
    process.exit(1);
  });
