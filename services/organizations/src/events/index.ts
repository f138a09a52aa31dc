import { KNOWN_PERSONS, readModelConsumer } from '@linli/events';
import { volunteerHoursConsumer } from './volunteer-hours-consumer';

/** Everything organizations listens to: population's persons (the kernel's read model, so members and contacts are real people in scope) and volunteer hours. */
export const consumers = [readModelConsumer('organizations-persons', KNOWN_PERSONS), volunteerHoursConsumer];
