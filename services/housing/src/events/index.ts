import { occupancyConsumer } from './occupancy-consumer';
import { personConsumer } from './person-consumer';

/** Everything housing listens to. */
export const consumers = [occupancyConsumer, personConsumer];
