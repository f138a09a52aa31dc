import type DataLoader from 'dataloader';
import { batchLoader, groupLoader, isCode } from '@linli/db';
import { defaultPeriod, today } from '@linli/domain';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { CareService } from './domain/care-service';
import { PersonService } from './domain/person-service';
import { PersonalDataService } from './domain/personal-data-service';
import { KeyGroupRepository, type KeyGroupRow } from './repositories/key-group-repository';
import { PermitRepository, type PermitRow } from './repositories/permit-repository';
import { PersonRepository, type PersonRow } from './repositories/person-repository';
import { PointsRepository, type PointsTotals } from './repositories/points-repository';
import { ResidenceRepository, type ResidenceRow } from './repositories/residence-repository';
import { StatisticsRepository, type PopulationFigures } from './repositories/statistics-repository';
import { VisitRepository, type VisitRow } from './repositories/visit-repository';

export interface PopulationContext extends BaseContext {
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
    /** Keyed by `code|from|to`. */
    population: DataLoader<string, PopulationFigures | null>;
  };
}

/** The key of an area's figures for a period. */
export const populationKey = (code: string, period: { from: string; to: string } = defaultPeriod()) => `${code}|${period.from}|${period.to}`;

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** A caller whose only row-level role is VOLUNTEER reads their own person record and no other. */
function ownRecordOnly(viewer: BaseContext['viewer']): string | undefined {
  const rowRoles = viewer.roles.filter((role) => role !== 'INTEGRATOR' && role !== 'OPS');
  return rowRoles.length > 0 && rowRoles.every((role) => role === 'VOLUNTEER') ? (viewer.personId ?? NOBODY) : undefined;
}

export function createContext(deps: ServiceDeps, base: BaseContext): PopulationContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const persons = new PersonRepository(db, ownRecordOnly(base.viewer));
  const residences = new ResidenceRepository(db);
  const permits = new PermitRepository(db);
  const keyGroups = new KeyGroupRepository(db);
  const visits = new VisitRepository(db);
  const points = new PointsRepository(db);
  const statistics = new StatisticsRepository(db);
  const visitLoaders = new Map<number, DataLoader<string, VisitRow[]>>();
  return {
    ...base,
    persons,
    permits,
    visits,
    points,
    personService: new PersonService(db, deps.outbox, deps.pii, base.viewer),
    careService: new CareService(db, deps.outbox, base.viewer),
    personalData: new PersonalDataService(db, deps.pii, base.viewer),
    blindIndex: (value) => deps.pii.blindIndex(value),
    loaders: {
      person: batchLoader((ids) => persons.byIds(ids, scope), (p) => p.id),
      currentResidence: batchLoader((ids) => residences.currentOf(ids, scope), (r) => r.personId),
      residences: groupLoader((ids) => residences.historyOf(ids, scope), (r) => r.personId),
      residentsOfHouse: groupLoader((ids) => residences.currentAtHouses(ids, scope), (r) => r.houseId),
      permit: batchLoader((ids) => permits.latestOf(ids, scope), (p) => p.personId),
      keyGroups: groupLoader((ids) => keyGroups.of(ids, scope), (k) => k.personId),
      pointsTotals: batchLoader((ids) => points.totalsOf(ids, scope), (t) => t.personId),
      visits(limit) {
        let loader = visitLoaders.get(limit);
        if (!loader) visitLoaders.set(limit, (loader = groupLoader((ids) => visits.latestOf(ids, limit, scope), (v) => v.personId)));
        return loader;
      },
      population: batchLoader(
        async (keys) => {
          // one statement per distinct period (a dashboard asks for one): all its areas at once
          const byPeriod = new Map<string, string[]>();
          for (const key of keys) {
            const [code, from, to] = key.split('|');
            byPeriod.set(`${from}|${to}`, [...(byPeriod.get(`${from}|${to}`) ?? []), code]);
          }
          const found: (PopulationFigures & { key: string })[] = [];
          for (const [period, codes] of byPeriod) {
            const [from, to] = period.split('|');
            for (const figures of await statistics.populationOf(codes, { from, to, today: today() }, scope)) found.push({ ...figures, key: `${figures.code}|${period}` });
          }
          return found;
        },
        (f) => (f as PopulationFigures & { key: string }).key,
        { valid: isCode },
      ),
    },
  };
}
