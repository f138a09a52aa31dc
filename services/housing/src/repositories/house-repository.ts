import { areaScope, connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

export interface HouseRow {
  id: string;
  buildingId: string;
  areaCode: string;
  number: string;
  rooms: number;
  floorArea: number | null;
  rental: boolean;
  landlordId: string | null;
  occupancy: number;
}

const COLUMNS = `id, building_id AS "buildingId", area_code AS "areaCode", number, rooms, floor_area::float8 AS "floorArea", rental, landlord_id AS "landlordId", occupants AS occupancy`;

export interface HouseFilter {
  areaCode?: string | null;
  rental?: boolean | null;
}

export class HouseRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<HouseRow[]> {
    const p = new Params([ids]);
    return rows<HouseRow>(this.db, `/* housesByIds */ SELECT ${COLUMNS} FROM houses WHERE id = ANY($1::uuid[]) AND ${areaScope('area_code', scope, p)}`, p.values);
  }

  async byBuildings(buildingIds: readonly string[], scope: readonly string[]): Promise<HouseRow[]> {
    const p = new Params([buildingIds]);
    return rows<HouseRow>(
      this.db,
      `/* housesByBuildings */ SELECT ${COLUMNS} FROM houses WHERE building_id = ANY($1::uuid[]) AND ${areaScope('area_code', scope, p)} ORDER BY number`,
      p.values,
    );
  }

  async list(filter: HouseFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<HouseRow>> {
    const p = new Params();
    const where = [areaScope('area_code', scope, p)];
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.rental !== undefined && filter.rental !== null) where.push(`rental = ${p.param(filter.rental)}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* housesCount */ SELECT count(*)::int AS n FROM houses WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(building_id, number, id) > (${p.param(cursor[0])}::uuid, ${p.param(cursor[1])}, ${p.param(cursor[2])}::uuid)`);
    const page = await rows<HouseRow>(
      this.db,
      `/* housesList */ SELECT ${COLUMNS} FROM houses WHERE ${where.join(' AND ')} ORDER BY building_id, number, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (h) => [h.buildingId, h.number, h.id]);
  }

  async insert(house: Omit<HouseRow, 'occupancy'>): Promise<HouseRow> {
    const [created] = await rows<HouseRow>(
      this.db,
      `/* houseInsert */ INSERT INTO houses (id, building_id, area_code, number, rooms, floor_area, rental, landlord_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [house.id, house.buildingId, house.areaCode, house.number, house.rooms, house.floorArea, house.rental, house.landlordId],
    );
    return created;
  }

  async numberTaken(buildingId: string, number: string): Promise<boolean> {
    const found = await rows(this.db, `/* houseNumberTaken */ SELECT 1 FROM houses WHERE building_id = $1 AND number = $2`, [buildingId, number]);
    return found.length > 0;
  }

  /** Records one side of a residence (registered or ended) and recounts the house's occupants. */
  async applyResidence(change: { residenceId: string; houseId: string; personId: string; registered?: boolean; endedOn?: string }): Promise<void> {
    await rows(
      this.db,
      `/* occupancyUpsert */ INSERT INTO occupancies (residence_id, house_id, person_id, registered, ended_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (residence_id) DO UPDATE SET
         registered = occupancies.registered OR EXCLUDED.registered,
         ended_on = COALESCE(EXCLUDED.ended_on, occupancies.ended_on)`,
      [change.residenceId, change.houseId, change.personId, change.registered ?? false, change.endedOn ?? null],
    );
    await rows(
      this.db,
      `/* houseRecount */ UPDATE houses SET occupants = (SELECT count(*) FROM occupancies WHERE house_id = $1 AND registered AND ended_on IS NULL) WHERE id = $1`,
      [change.houseId],
    );
  }
}
