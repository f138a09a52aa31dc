import { startService, stopOnSignals, createLogger } from '@linli/subgraph';
import { loadMediationEnv } from './env';
import { mediation } from './module';

startService(mediation, loadMediationEnv())
  .then((service) => stopOnSignals(service, service.deps.log))
  .catch((error) => {
    createLogger('mediation').fatal({ err: error }, 'mediation failed to start');
    process.exit(1);
  });
