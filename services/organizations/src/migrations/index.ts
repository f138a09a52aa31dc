import { EventTables1700000000000 } from '@linli/events';
import { Organizations1700000000300 } from './1700000000300-organizations';
import { Bounds1700000000310 } from './1700000000310-bounds';
import { KnownPersonsReadModel1700000000320 } from './1700000000320-known-persons-read-model';

/** In order; each runs in its own transaction. */
export const migrations = [EventTables1700000000000, Organizations1700000000300, Bounds1700000000310, KnownPersonsReadModel1700000000320];
