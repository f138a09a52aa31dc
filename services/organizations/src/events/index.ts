import { personConsumer } from './person-consumer';
import { volunteerHoursConsumer } from './volunteer-hours-consumer';

/** Everything organizations listens to. */
export const consumers = [personConsumer, volunteerHoursConsumer];
