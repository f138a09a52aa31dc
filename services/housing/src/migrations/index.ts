import { EventTables1700000000000 } from '@linli/events';
import { Places1700000000100 } from './1700000000100-places';

/** In order; each runs in its own transaction. */
export const migrations = [EventTables1700000000000, Places1700000000100];
