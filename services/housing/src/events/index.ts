import { occupancyConsumer } from './occupancy-consumer';

/** Everything housing listens to. */
export const consumers = [occupancyConsumer];
