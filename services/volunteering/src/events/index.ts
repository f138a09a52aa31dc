import { buildingConsumer } from './building-consumer';
import { organizationConsumer } from './organization-consumer';
import { personConsumer } from './person-consumer';

/** Everything volunteering listens to. */
export const consumers = [personConsumer, buildingConsumer, organizationConsumer];
