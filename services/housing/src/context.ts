import type DataLoader from 'dataloader';
import { batchLoader, groupLoader, isCode } from '@linli/db';
import { defaultPeriod, today, type Period } from '@linli/domain';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { isUuid } from './domain/place-rules';
import { housingSettings, type HousingSettings } from './env';
import { EstateService } from './domain/estate-service';
import { InspectionService } from './domain/inspection-service';
import { PlaceService } from './domain/place-service';
import { AreaRepository, type AreaRow } from './repositories/area-repository';
import { BuildingRepository, type BuildingRow } from './repositories/building-repository';
import { EstateRepository, type EstateRatingRow, type EstateRow } from './repositories/estate-repository';
import { HazardRepository, type HazardRow } from './repositories/hazard-repository';
import { HouseRepository, type HouseRow } from './repositories/house-repository';
import { InspectionRepository, type InspectionResultRow, type InspectionRow } from './repositories/inspection-repository';
import { StatisticsRepository, type HousingFigures } from './repositories/statistics-repository';

export interface HousingContext extends BaseContext {
  settings: HousingSettings;
  /** Today in China Standard Time, fixed for the request. */
  today: string;
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
    inspection: DataLoader<string, InspectionRow | null>;
    inspectionsOfHouse: DataLoader<string, InspectionRow[]>;
    resultsOfInspection: DataLoader<string, InspectionResultRow[]>;
    hazard: DataLoader<string, HazardRow | null>;
    hazardsOfInspection: DataLoader<string, HazardRow[]>;
    /** Keyed by `code|from|to`; one statement per period asked for. */
    housing: DataLoader<string, HousingFigures | null>;
  };
}

/** Ids that are not UUIDs name nothing; they are dropped before they reach a uuid[] parameter. */
const uuids = (ids: readonly string[]) => ids.filter(isUuid);

const key = (code: string, period: Period) => `${code}|${period.from}|${period.to}`;

export function statisticsKey(code: string, period: Period | null | undefined): string {
  return key(code, period ?? defaultPeriod());
}

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps, base: BaseContext): HousingContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const settings = housingSettings(deps.env);
  const day = today();
  const areas = new AreaRepository(db);
  const buildings = new BuildingRepository(db);
  const estates = new EstateRepository(db);
  const houses = new HouseRepository(db);
  const inspections = new InspectionRepository(db);
  const hazards = new HazardRepository(db);
  const statistics = new StatisticsRepository(db);

  const housing = batchLoader<string, HousingFigures & { key: string }>(
    async (keys) => {
      // group the keys by period: one statement for all the areas of one period
      const byPeriod = new Map<string, string[]>();
      for (const k of keys) {
        const [code, from, to] = k.split('|');
        const list = byPeriod.get(`${from}|${to}`) ?? [];
        list.push(code);
        byPeriod.set(`${from}|${to}`, list);
      }
      const found = await Promise.all(
        [...byPeriod].map(async ([period, codes]) => {
          const [from, to] = period.split('|');
          const asOf = to < day ? to : day;
          const figures = await statistics.housingOf(codes, { from, to, asOf, year: Number(to.slice(0, 4)), groupRentalRatio: settings.GROUP_RENTAL_RATIO }, scope);
          return figures.map((f) => ({ ...f, key: key(f.code, { from, to }) }));
        }),
      );
      return found.flat();
    },
    (f) => f.key,
  );

  return {
    ...base,
    settings,
    today: day,
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
      area: batchLoader((codes) => areas.byCodes(codes, scope), (a) => a.code, { valid: isCode }),
      estate: batchLoader((ids) => estates.byIds(uuids(ids), scope), (e) => e.id),
      // reached only from an estate already loaded in scope
      ratingsOfEstate: groupLoader((ids) => estates.ratingsOf(uuids(ids)), (r) => r.estateId),
      building: batchLoader((ids) => buildings.byIds(uuids(ids), scope), (b) => b.id),
      house: batchLoader((ids) => houses.byIds(uuids(ids), scope), (h) => h.id),
      housesOfBuilding: groupLoader((ids) => houses.byBuildings(uuids(ids), scope), (h) => h.buildingId),
      housesOfLandlord: groupLoader((ids) => houses.byLandlords(uuids(ids), scope), (h) => h.landlordId!),
      inspection: batchLoader((ids) => inspections.byIds(uuids(ids), scope), (i) => i.id),
      inspectionsOfHouse: groupLoader((ids) => inspections.ofHouses(uuids(ids), scope), (i) => i.houseId),
      // reached only from an inspection already loaded in scope
      resultsOfInspection: groupLoader((ids) => inspections.resultsOf(uuids(ids)), (r) => r.inspectionId),
      hazard: batchLoader((ids) => hazards.byIds(uuids(ids), scope), (h) => h.id),
      hazardsOfInspection: groupLoader((ids) => hazards.ofInspections(uuids(ids), scope), (h) => h.inspectionId),
      housing,
    },
  };
}
