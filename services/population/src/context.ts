import type DataLoader from 'dataloader';
import { batchLoader, groupLoader } from '@linli/db';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { PersonService } from './domain/person-service';
import { PersonRepository, type PersonRow } from './repositories/person-repository';
import { ResidenceRepository, type ResidenceRow } from './repositories/residence-repository';
import { StatisticsRepository, type PopulationFigures } from './repositories/statistics-repository';

export interface PopulationContext extends BaseContext {
  persons: PersonRepository;
  personService: PersonService;
  /** Finds a document number by its keyed hash. */
  blindIndex(value: string): string;
  loaders: {
    person: DataLoader<string, PersonRow | null>;
    currentResidence: DataLoader<string, ResidenceRow | null>;
    residences: DataLoader<string, ResidenceRow[]>;
    residentsOfHouse: DataLoader<string, ResidenceRow[]>;
    population: DataLoader<string, PopulationFigures | null>;
  };
}

export function createContext(deps: ServiceDeps, base: BaseContext): PopulationContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const persons = new PersonRepository(db);
  const residences = new ResidenceRepository(db);
  const statistics = new StatisticsRepository(db);
  return {
    ...base,
    persons,
    personService: new PersonService(db, deps.outbox, deps.pii, base.viewer),
    blindIndex: (value) => deps.pii.blindIndex(value),
    loaders: {
      person: batchLoader((ids) => persons.byIds(ids, scope), (p) => p.id),
      currentResidence: batchLoader((ids) => residences.currentOf(ids, scope), (r) => r.personId),
      residences: groupLoader((ids) => residences.historyOf(ids, scope), (r) => r.personId),
      residentsOfHouse: groupLoader((ids) => residences.currentAtHouses(ids, scope), (r) => r.houseId),
      population: batchLoader((codes) => statistics.populationOf(codes, scope), (f) => f.code),
    },
  };
}
