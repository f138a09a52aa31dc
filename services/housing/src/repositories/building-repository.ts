import { areaScope, Params, rows, type EntityManager } from '@linli/db';

export interface BuildingRow {
  id: string;
  gridCode: string;
  address: string;
  floors: number;
  rental: boolean;
  accessControl: boolean;
}

const COLUMNS = `id, grid_code AS "gridCode", address, floors, rental, access_control AS "accessControl"`;

export class BuildingRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<BuildingRow[]> {
    const p = new Params([ids]);
    return rows<BuildingRow>(this.db, `/* buildingsByIds */ SELECT ${COLUMNS} FROM buildings WHERE id = ANY($1::uuid[]) AND ${areaScope('grid_code', scope, p)}`, p.values);
  }

  async insert(building: BuildingRow): Promise<BuildingRow> {
    const [created] = await rows<BuildingRow>(
      this.db,
      `/* buildingInsert */ INSERT INTO buildings (id, grid_code, address, floors, rental, access_control) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [building.id, building.gridCode, building.address, building.floors, building.rental, building.accessControl],
    );
    return created;
  }
}
