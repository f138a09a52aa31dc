import { houseConsumer } from './house-consumer';
import { volunteerHoursConsumer } from './volunteer-hours-consumer';

/** Everything population listens to. */
export const consumers = [houseConsumer, volunteerHoursConsumer];
