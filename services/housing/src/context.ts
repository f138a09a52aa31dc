import type DataLoader from 'dataloader';
import { batchLoader, figuresLoader, groupLoader, isCode, pagedLoader, type Connection, type FiguresKey } from '@linli/db';
import { today, type Period } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository, type KnownPerson } from '@linli/events';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import DataLoaderClass from 'dataloader';
import { figuresScope, rowScope } from './domain/access';
import { EstateService } from './domain/estate-service';
import { InspectionService } from './domain/inspection-service';
import { PlaceService } from './domain/place-service';
import type { HousingSettings, housingSettingsShape } from './env';
import { AreaRepository, type AreaRow } from './repositories/area-repository';
import { BuildingRepository, type BuildingRow } from './repositories/building-repository';
import { EstateRepository, type EstateRatingRow, type EstateRow } from './repositories/estate-repository';
import { HazardRepository, type HazardRow } from './repositories/hazard-repository';
import { HouseRepository, type HouseRow } from './repositories/house-repository';
import { InspectionRepository, type InspectionResultRow, type InspectionRow } from './repositories/inspection-repository';
import { StatisticsRepository, type HousingFigures, type HousingPeriodFigures, type SeriesInterval } from './repositories/statistics-repository';

/** A page asked of a nested list: its size (checked) and the cursor to start after. */
export interface PageOf {
  first: number;
  after?: string | null;
}

export interface HousingContext extends BaseContext {
  settings: HousingSettings;
  /** Today in China Standard Time, fixed for the request. */
  today: string;
  /**
   * The caller's areas for housing's rows (buildings, houses, inspections, hazards, estates):
   * empty for a role the access table gives no housing rows (volunteers, organization staff,
   * mediators), so every row query answers nothing for them.
   */
  scope: string[];
  areas: AreaRepository;
  buildings: BuildingRepository;
  estates: EstateRepository;
  houses: HouseRepository;
  inspections: InspectionRepository;
  hazards: HazardRepository;
  places: PlaceService;
  estateService: EstateService;
  inspectionService: InspectionService;
  loaders: {
    area: DataLoader<string, AreaRow | null>;
    estate: DataLoader<string, EstateRow | null>;
    ratingsOfEstate: DataLoader<string, EstateRatingRow[]>;
    building: DataLoader<string, BuildingRow | null>;
    house: DataLoader<string, HouseRow | null>;
    housesOfBuilding: DataLoader<string, HouseRow[]>;
    housesOfLandlord: DataLoader<string, HouseRow[]>;
    /** Persons (from population's events) whose area lies in the caller's scope. */
    person: DataLoader<string, KnownPerson | null>;
    inspection: DataLoader<string, InspectionRow | null>;
    inspectionsOfHouse: DataLoader<string, InspectionRow[]>;
    resultsOfInspection: DataLoader<string, InspectionResultRow[]>;
    hazard: DataLoader<string, HazardRow | null>;
    hazardsOfInspection: DataLoader<string, HazardRow[]>;
    /** Pages of a parent's rows, one loader per (first, after): one statement for all parents asking for that page. */
    housePagesOfBuilding: (args: PageOf) => DataLoader<string, Connection<HouseRow>>;
    housePagesOfLandlord: (args: PageOf) => DataLoader<string, Connection<HouseRow>>;
    inspectionPagesOfHouse: (args: PageOf) => DataLoader<string, Connection<InspectionRow>>;
    /** `Area.housing(period)`: one statement per period asked for. */
    housing: DataLoader<FiguresKey<Period>, HousingFigures | null, string>;
    /** `Area.housingSeries(period, every)`: one statement per range and interval asked for. */
    housingSeries: DataLoader<FiguresKey<Period & { every: SeriesInterval }>, HousingPeriodFigures[], string>;
  };
}

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps<typeof housingSettingsShape>, base: BaseContext): HousingContext {
  const db = deps.dataSource;
  const { settings } = deps;
  const scope = rowScope(base.viewer);
  const day = today();
  const areas = new AreaRepository(db);
  const buildings = new BuildingRepository(db);
  const estates = new EstateRepository(db);
  const houses = new HouseRepository(db);
  const inspections = new InspectionRepository(db);
  const hazards = new HazardRepository(db);
  const persons = new ReadModelRepository(db, KNOWN_PERSONS);
  const statistics = new StatisticsRepository(db);

  return {
    ...base,
    settings,
    today: day,
    scope,
    areas,
    buildings,
    estates,
    houses,
    inspections,
    hazards,
    places: new PlaceService(db, deps.outbox, base.viewer),
    estateService: new EstateService(db, base.viewer),
    inspectionService: new InspectionService(db, deps.outbox, base.viewer),
    loaders: {
      // the area registry (codes and names) is no personal data: every role reads it within its areas
      area: batchLoader(
        (codes) => areas.byCodes(codes, base.viewer.areas),
        (a) => a.code,
        { valid: isCode },
      ),
      estate: batchLoader(
        (ids) => estates.byIds(ids, scope),
        (e) => e.id,
      ),
      // reached only from an estate already loaded in scope
      ratingsOfEstate: groupLoader(
        (ids) => estates.ratingsOf(ids),
        (r) => r.estateId,
      ),
      building: batchLoader(
        (ids) => buildings.byIds(ids, scope),
        (b) => b.id,
      ),
      house: batchLoader(
        (ids) => houses.byIds(ids, scope),
        (h) => h.id,
      ),
      housesOfBuilding: groupLoader(
        (ids) => houses.byBuildings(ids, scope),
        (h) => h.buildingId,
      ),
      housesOfLandlord: groupLoader(
        (ids) => houses.byLandlords(ids, scope),
        (h) => h.landlordId!,
      ),
      person: batchLoader(
        (ids) => persons.byIds(ids, scope),
        (p) => p.id,
      ),
      inspection: batchLoader(
        (ids) => inspections.byIds(ids, scope),
        (i) => i.id,
      ),
      inspectionsOfHouse: groupLoader(
        (ids) => inspections.ofHouses(ids, scope),
        (i) => i.houseId,
      ),
      // reached only from an inspection already loaded in scope
      resultsOfInspection: groupLoader(
        (ids) => inspections.resultsOf(ids),
        (r) => r.inspectionId,
      ),
      hazard: batchLoader(
        (ids) => hazards.byIds(ids, scope),
        (h) => h.id,
      ),
      hazardsOfInspection: groupLoader(
        (ids) => hazards.ofInspections(ids, scope),
        (h) => h.inspectionId,
      ),
      housePagesOfBuilding: pagedLoader((ids, page: PageOf) => houses.pagesOfBuildings(ids, page.first, page.after, scope)),
      housePagesOfLandlord: pagedLoader((ids, page: PageOf) => houses.pagesOfLandlords(ids, page.first, page.after, scope)),
      inspectionPagesOfHouse: pagedLoader((ids, page: PageOf) => inspections.pagesOfHouses(ids, page.first, page.after, scope)),
      housingSeries: groupedFiguresLoader((codes, range: Period & { every: SeriesInterval }) => statistics.seriesOf(codes, range, day, figuresScope(base.viewer))),
      housing: figuresLoader(
        (codes, period: Period) =>
          statistics.housingOf(
            codes,
            {
              from: period.from,
              to: period.to,
              asOf: period.to < day ? period.to : day,
              year: Number(period.to.slice(0, 4)),
              groupRentalRatio: settings.GROUP_RENTAL_RATIO,
            },
            figuresScope(base.viewer),
          ),
        (f) => f.code,
      ),
    },
  };
}

/**
 * As the kernel's figuresLoader, for a list of figures per area (a series): every area asked
 * for with the same range and interval shares one statement.
 */
function groupedFiguresLoader<P, V extends { code: string }>(fetch: (codes: readonly string[], args: P) => Promise<V[]>): DataLoader<FiguresKey<P>, V[], string> {
  const argsKey = (args: P) => JSON.stringify(args ?? null);
  return new DataLoaderClass<FiguresKey<P>, V[], string>(
    async (keys) => {
      const byArgs = new Map<string, { args: P; codes: Set<string> }>();
      for (const { code, period } of keys) {
        const k = argsKey(period);
        if (!byArgs.has(k)) byArgs.set(k, { args: period, codes: new Set() });
        byArgs.get(k)!.codes.add(code);
      }
      const found = new Map<string, V[]>();
      for (const [k, { args, codes }] of byArgs)
        for (const row of await fetch([...codes], args)) {
          const key = `${row.code}|${k}`;
          if (!found.has(key)) found.set(key, []);
          found.get(key)!.push(row);
        }
      return keys.map(({ code, period }) => found.get(`${code}|${argsKey(period)}`) ?? []);
    },
    { cacheKeyFn: ({ code, period }) => `${code}|${argsKey(period)}` },
  );
}
