import type { ConsumerDefinition } from '@linli/events';

/**
 * Everything mediation listens to: nothing yet. Parties, mediators and council members are
 * person ids that population owns; the gateway resolves their names from population, and
 * mediation keeps no copy of personal data it does not need.
 */
export const consumers: readonly ConsumerDefinition<any>[] = [];
