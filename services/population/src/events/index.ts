import { houseConsumer } from './house-consumer';

/** Everything population listens to. */
export const consumers = [houseConsumer];
