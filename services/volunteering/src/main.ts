import { startService, stopOnSignals, createLogger } from '@linli/subgraph';
import { loadVolunteeringEnv } from './env';
import { volunteering } from './module';

startService(volunteering, loadVolunteeringEnv())
  .then((service) => stopOnSignals(service, service.deps.log))
  .catch((error) => {
    createLogger('volunteering').fatal({ err: error }, 'volunteering failed to start');
    process.exit(1);
  });
