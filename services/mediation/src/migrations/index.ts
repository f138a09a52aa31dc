import { EventTables1700000000000 } from '@linli/events';
import { Mediation1700000000400 } from './1700000000400-mediation';
import { KnownPersons1700000000401 } from './1700000000401-known-persons';
import { KnownPersonsReadModel1700000000402 } from './1700000000402-known-persons-read-model';
import { UnfulfilledAgreements1700000000403 } from './1700000000403-unfulfilled-agreements';
import { IncidentHandlings1700000000404 } from './1700000000404-incident-handlings';
import { DisputeTypesUsSpelling1700000000405 } from './1700000000405-dispute-types-us-spelling';

/** In order; each runs in its own transaction. */
export const migrations = [
  EventTables1700000000000,
  Mediation1700000000400,
  KnownPersons1700000000401,
  KnownPersonsReadModel1700000000402,
  UnfulfilledAgreements1700000000403,
  IncidentHandlings1700000000404,
  DisputeTypesUsSpelling1700000000405,
];
