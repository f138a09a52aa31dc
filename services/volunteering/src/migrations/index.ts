import { EventTables1700000000000 } from '@linli/events';
import { Volunteering1700000000500 } from './1700000000500-volunteering';
import { VolunteeringConflicts1700000000501 } from './1700000000501-volunteering-conflicts';
import { VolunteeringUsSpelling1700000000502 } from './1700000000502-volunteering-us-spelling';
import { VolunteeringReadModels1700000000503 } from './1700000000503-volunteering-read-models';
import { VolunteeringStatisticsRollups1700000000504 } from './1700000000504-volunteering-statistics-rollups';

/** In order; each runs in its own transaction. */
export const migrations = [EventTables1700000000000, Volunteering1700000000500, VolunteeringConflicts1700000000501, VolunteeringUsSpelling1700000000502, VolunteeringReadModels1700000000503, VolunteeringStatisticsRollups1700000000504];
