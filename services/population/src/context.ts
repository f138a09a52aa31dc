import type DataLoader from 'dataloader';
import { batchLoader, figuresLoader, groupLoader, loaderPerArgs, pagedLoader, type Connection, type FiguresKey } from '@linli/db';
import { today } from '@linli/domain';
import type { BaseContext, ServiceDeps, Settings } from '@linli/subgraph';
import { CareService } from './domain/care-service';
import { PersonService } from './domain/person-service';
import { PersonalDataService } from './domain/personal-data-service';
import { reachOf } from './domain/rules';
import type { populationSettings } from './env';
import { KeyGroupRepository, type KeyGroupRow } from './repositories/key-group-repository';
import { PermitRepository, type PermitRow } from './repositories/permit-repository';
import { PersonRepository, type PersonRow } from './repositories/person-repository';
import { PointsRepository, type PointsTotals } from './repositories/points-repository';
import type { Reach } from './repositories/reach';
import { ResidenceRepository, type ResidenceRow } from './repositories/residence-repository';
import { StatisticsRepository, type PopulationFigures, type SeriesFigures, type SeriesInterval } from './repositories/statistics-repository';
import { VisitRepository, type VisitRow } from './repositories/visit-repository';

export type PopulationSettings = Settings<typeof populationSettings>;
export type PopulationDeps = ServiceDeps<typeof populationSettings>;

/** A statistics period, both days included. */
export interface Period {
  from: string;
  to: string;
}

/** A page of a list: its size and the cursor it follows. */
export interface Page {
  first: number;
  after?: string | null;
}

export interface PopulationContext extends BaseContext {
  /** What the caller may read: their areas and, for a volunteer, their own record only. */
  reach: Reach;
  persons: PersonRepository;
  permits: PermitRepository;
  visits: VisitRepository;
  points: PointsRepository;
  personService: PersonService;
  careService: CareService;
  personalData: PersonalDataService;
  /** Finds a document number or phone by its keyed hash. */
  blindIndex(value: string): string;
  loaders: {
    person: DataLoader<string, PersonRow | null>;
    currentResidence: DataLoader<string, ResidenceRow | null>;
    residences: DataLoader<string, ResidenceRow[]>;
    residentsOfHouse: DataLoader<string, ResidenceRow[]>;
    permit: DataLoader<string, PermitRow | null>;
    keyGroups: DataLoader<string, KeyGroupRow[]>;
    pointsTotals: DataLoader<string, PointsTotals | null>;
    /** Visits of persons, at most `limit` each: one loader per limit asked for in the request. */
    visits(limit: number): DataLoader<string, VisitRow[]>;
    /** Pages of a person's residences, a person's visits, a house's current residences: one statement per page asked, for all parents. */
    residencePages(page: Page): DataLoader<string, Connection<ResidenceRow>>;
    visitPages(page: Page): DataLoader<string, Connection<VisitRow>>;
    houseResidencePages(page: Page): DataLoader<string, Connection<ResidenceRow>>;
    /** An area's figures for a period: one statement per distinct period for all areas asked. */
    population: DataLoader<FiguresKey<Period>, PopulationFigures | null, string>;
    /** An area's flows per period of a series: one statement per distinct range for all areas asked. */
    populationSeries: DataLoader<FiguresKey<Period & { every: SeriesInterval }>, SeriesFigures | null, string>;
  };
}

/** Per request: repositories, domain services and one DataLoader per hop, each limited to the caller's reach. */
export function createContext(deps: PopulationDeps, base: BaseContext): PopulationContext {
  const db = deps.dataSource;
  const reach = reachOf(base.viewer);
  const persons = new PersonRepository(db);
  const residences = new ResidenceRepository(db);
  const permits = new PermitRepository(db);
  const keyGroups = new KeyGroupRepository(db);
  const visits = new VisitRepository(db);
  const points = new PointsRepository(db);
  const statistics = new StatisticsRepository(db);
  return {
    ...base,
    reach,
    persons,
    permits,
    visits,
    points,
    personService: new PersonService(db, deps.outbox, deps.pii, base.viewer),
    careService: new CareService(db, deps.outbox, deps.pii, base.viewer, deps.settings),
    personalData: new PersonalDataService(db, deps.pii, base.viewer),
    blindIndex: (value) => deps.pii.blindIndex(value),
    loaders: {
      person: batchLoader((ids) => persons.byIds(ids, reach), (p) => p.id),
      currentResidence: batchLoader((ids) => residences.currentOf(ids, reach), (r) => r.personId),
      residences: groupLoader((ids) => residences.historyOf(ids, reach), (r) => r.personId),
      residentsOfHouse: groupLoader((ids) => residences.currentAtHouses(ids, reach), (r) => r.houseId),
      permit: batchLoader((ids) => permits.latestOf(ids, reach), (p) => p.personId),
      keyGroups: groupLoader((ids) => keyGroups.of(ids, reach), (k) => k.personId),
      pointsTotals: batchLoader((ids) => points.totalsOf(ids, reach), (t) => t.personId),
      visits: loaderPerArgs((limit: number) => groupLoader((ids) => visits.latestOf(ids, limit, reach), (v) => v.personId)),
      residencePages: pagedLoader((ids, page: Page) => residences.historyPages(ids, page, reach)),
      visitPages: pagedLoader((ids, page: Page) => visits.pages(ids, page, reach)),
      houseResidencePages: pagedLoader((ids, page: Page) => residences.currentPagesAtHouses(ids, page, reach)),
      population: figuresLoader((codes, period: Period) => statistics.populationOf(codes, { ...period, today: today() }, reach.areas), (f) => f.code),
      populationSeries: figuresLoader((codes, range: Period & { every: SeriesInterval }) => statistics.seriesOf(codes, range, reach.areas), (f) => f.code),
    },
  };
}
