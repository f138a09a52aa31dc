import { EventTables1700000000000 } from '@linli/events';
import { Places1700000000100 } from './1700000000100-places';
import { EstatesInspections1700000000300 } from './1700000000300-estates-inspections';
import { PersonsBounds1700000000310 } from './1700000000310-persons-bounds';
import { StatisticsRollups1700000000320 } from './1700000000320-statistics-rollups';
import { HousingUsSpelling1700000000330 } from './1700000000330-us-spelling';

/** In order; each runs in its own transaction. */
export const migrations = [
  EventTables1700000000000,
  Places1700000000100,
  EstatesInspections1700000000300,
  PersonsBounds1700000000310,
  StatisticsRollups1700000000320,
  HousingUsSpelling1700000000330,
];
