import type { ConsumerDefinition } from '@linli/events';
import { personConsumer } from './person-consumer';

/**
 * Everything mediation listens to: population's persons, kept as a small read model (id,
 * household type, area) so a person id given to mediation is a real person. Names and other
 * personal data stay in population; the gateway resolves them from there.
 */
export const consumers: readonly ConsumerDefinition<any>[] = [personConsumer];
