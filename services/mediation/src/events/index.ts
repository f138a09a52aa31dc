import { KNOWN_PERSONS, readModelConsumer, type ConsumerDefinition } from '@linli/events';

/**
 * Everything mediation listens to: population's persons, kept as the kernel's read model (id,
 * household type, area) so a person id given to mediation is a real person within the caller's
 * areas. Names and other personal data stay in population; the gateway resolves them from there.
 */
export const consumers: readonly ConsumerDefinition<any>[] = [readModelConsumer('mediation-persons', KNOWN_PERSONS)];
