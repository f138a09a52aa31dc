import { startService, stopOnSignals, createLogger } from '@linli/subgraph';
import { loadOrganizationsEnv } from './env';
import { organizations } from './module';

startService(organizations, loadOrganizationsEnv())
  .then((service) => stopOnSignals(service, service.deps.log))
  .catch((error) => {
    createLogger('organizations').fatal({ err: error }, 'organizations failed to start');
    process.exit(1);
  });
