import type { ServiceModule } from '@linli/subgraph';

export const SERVICES = ['housing', 'population', 'organizations', 'mediation', 'volunteering'] as const;
export type ServiceName = (typeof SERVICES)[number];
export const PORTS: Record<ServiceName, number> = { housing: 4001, population: 4002, organizations: 4003, mediation: 4004, volunteering: 4005 };

/** A service's module, found among its package's exports by name (each package exports one). */
export function loadModule(name: ServiceName): ServiceModule<any> {
  const exports = require(`@linli/${name}`) as Record<string, unknown>;
  const found = Object.values(exports).find((value): value is ServiceModule<any> => !!value && typeof value === 'object' && (value as { name?: unknown }).name === name && 'typeDefs' in value);
  if (!found) throw new Error(`@linli/${name} exports no service module named ${name}`);
  return found;
}
