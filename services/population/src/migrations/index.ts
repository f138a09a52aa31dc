import { EventTables1700000000000 } from '@linli/events';
import { Persons1700000000200 } from './1700000000200-persons';
import { PopulationRecords1700000000210 } from './1700000000210-population-records';
import { Residing1700000000220 } from './1700000000220-residing';
import { StatisticsRollups1700000000230 } from './1700000000230-statistics-rollups';
import { PersonalData1700000000240 } from './1700000000240-personal-data';
import { KnownHousesKit1700000000250 } from './1700000000250-known-houses-kit';

/** In order; each runs in its own transaction. */
export const migrations = [EventTables1700000000000, Persons1700000000200, PopulationRecords1700000000210, Residing1700000000220, StatisticsRollups1700000000230, PersonalData1700000000240, KnownHousesKit1700000000250];
