import { EventTables1700000000000 } from '@linli/events';
import { Mediation1700000000400 } from './1700000000400-mediation';

/** In order; each runs in its own transaction. */
export const migrations = [EventTables1700000000000, Mediation1700000000400];
