import type DataLoader from 'dataloader';
import { batchLoader, groupLoader } from '@linli/db';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { PlaceService } from './domain/place-service';
import { AreaRepository, type AreaRow } from './repositories/area-repository';
import { BuildingRepository, type BuildingRow } from './repositories/building-repository';
import { HouseRepository, type HouseRow } from './repositories/house-repository';

export interface HousingContext extends BaseContext {
  areas: AreaRepository;
  houses: HouseRepository;
  places: PlaceService;
  loaders: {
    area: DataLoader<string, AreaRow | null>;
    building: DataLoader<string, BuildingRow | null>;
    house: DataLoader<string, HouseRow | null>;
    housesOfBuilding: DataLoader<string, HouseRow[]>;
  };
}

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps, base: BaseContext): HousingContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const areas = new AreaRepository(db);
  const buildings = new BuildingRepository(db);
  const houses = new HouseRepository(db);
  return {
    ...base,
    areas,
    houses,
    places: new PlaceService(db, deps.outbox, base.viewer),
    loaders: {
      area: batchLoader((codes) => areas.byCodes(codes, scope), (a) => a.code),
      building: batchLoader((ids) => buildings.byIds(ids, scope), (b) => b.id),
      house: batchLoader((ids) => houses.byIds(ids, scope), (h) => h.id),
      housesOfBuilding: groupLoader((ids) => houses.byBuildings(ids, scope), (h) => h.buildingId),
    },
  };
}
