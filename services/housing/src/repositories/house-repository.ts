import { connection, decodeCursor, isUuid, pagesByParent, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

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
  lastInspectedOn: string | null;
}

const COLUMNS = `id, building_id AS "buildingId", area_code AS "areaCode", number, rooms, floor_area::float8 AS "floorArea", rental,
  landlord_id AS "landlordId", occupants AS occupancy, last_inspected_on::text AS "lastInspectedOn"`;

export interface HouseFilter {
  areaCode?: string | null;
  rental?: boolean | null;
  buildingId?: string | null;
}

export class HouseRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[], options: { lock?: boolean } = {}): Promise<HouseRow[]> {
    const p = new Params([ids]);
    return rows<HouseRow>(
      this.db,
      `/* housesByIds */ SELECT ${COLUMNS} FROM houses WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}${options.lock ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  async byBuildings(buildingIds: readonly string[], scope: readonly string[]): Promise<HouseRow[]> {
    const p = new Params([buildingIds]);
    return rows<HouseRow>(
      this.db,
      `/* housesByBuildings */ SELECT ${COLUMNS} FROM houses WHERE building_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)} ORDER BY number`,
      p.values,
    );
  }

  /** Houses of many landlords in one statement (Person.housesOwned). */
  async byLandlords(personIds: readonly string[], scope: readonly string[]): Promise<HouseRow[]> {
    const p = new Params([personIds]);
    return rows<HouseRow>(
      this.db,
      `/* housesByLandlords */ SELECT ${COLUMNS} FROM houses WHERE landlord_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)} ORDER BY building_id, number`,
      p.values,
    );
  }

  /** A page of houses for each of many buildings, by number (one statement). */
  async pagesOfBuildings(
    buildingIds: readonly string[],
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<HouseRow>[]> {
    const p = new Params();
    return pagesByParent<HouseRow>(this.db, buildingIds, first, after, {
      name: 'housePagesByBuildings',
      select: COLUMNS,
      from: 'houses',
      parent: 'building_id',
      where: [within('area_code', scope, p)],
      params: p,
      order: [
        { expr: 'number', cast: 'text' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (h) => [h.number, h.id],
      parentOf: (h) => h.buildingId,
    });
  }

  /** A page of houses for each of many landlords, by building and number (one statement). */
  async pagesOfLandlords(
    personIds: readonly string[],
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<HouseRow>[]> {
    const p = new Params();
    return pagesByParent<HouseRow>(this.db, personIds, first, after, {
      name: 'housePagesByLandlords',
      select: COLUMNS,
      from: 'houses',
      parent: 'landlord_id',
      where: [within('area_code', scope, p)],
      params: p,
      order: [
        { expr: 'building_id', cast: 'uuid' },
        { expr: 'number', cast: 'text' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (h) => [h.buildingId, h.number, h.id],
      parentOf: (h) => h.landlordId!,
    });
  }

  async list(filter: HouseFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<HouseRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.rental !== undefined && filter.rental !== null) where.push(`rental = ${p.param(filter.rental)}`);
    if (filter.buildingId) where.push(isUuid(filter.buildingId) ? `building_id = ${p.param(filter.buildingId)}::uuid` : 'FALSE');
    const [{ n }] = await rows<{ n: number }>(this.db, `/* housesCount */ SELECT count(*)::int AS n FROM houses WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(building_id, number, id) > (${p.param(cursor[0])}::uuid, ${p.param(cursor[1])}, ${p.param(cursor[2])}::uuid)`);
    const page = await rows<HouseRow>(
      this.db,
      `/* housesList */ SELECT ${COLUMNS} FROM houses WHERE ${where.join(' AND ')} ORDER BY building_id, number, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (h) => [h.buildingId, h.number, h.id], after);
  }

  /**
   * Rental houses not inspected since `cutoff` (or never), oldest inspection first. The
   * cursor orders never-inspected houses before any date ('0001-01-01').
   */
  async dueForInspection(
    areaCode: string | null | undefined,
    cutoff: string,
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<HouseRow>> {
    const p = new Params();
    const where = ['rental', within('area_code', scope, p), `(last_inspected_on IS NULL OR last_inspected_on < ${p.param(cutoff)}::date)`];
    if (areaCode) where.push(within('area_code', areaCode, p));
    const [{ n }] = await rows<{ n: number }>(this.db, `/* housesDueCount */ SELECT count(*)::int AS n FROM houses WHERE ${where.join(' AND ')}`, p.values);
    const order = `COALESCE(last_inspected_on, '0001-01-01'::date)`;
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(${order}, id) > (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<HouseRow>(
      this.db,
      `/* housesDueForInspection */ SELECT ${COLUMNS} FROM houses WHERE ${where.join(' AND ')} ORDER BY ${order}, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (h) => [h.lastInspectedOn ?? '0001-01-01', h.id], after);
  }

  async insert(house: Omit<HouseRow, 'occupancy' | 'lastInspectedOn'>): Promise<HouseRow> {
    const [created] = await rows<HouseRow>(
      this.db,
      `/* houseInsert */ INSERT INTO houses (id, building_id, area_code, number, rooms, floor_area, rental, landlord_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [house.id, house.buildingId, house.areaCode, house.number, house.rooms, house.floorArea, house.rental, house.landlordId],
    );
    return created;
  }

  async update(house: Pick<HouseRow, 'id' | 'number' | 'rooms' | 'floorArea' | 'rental' | 'landlordId'>): Promise<HouseRow> {
    const [updated] = await rows<HouseRow>(
      this.db,
      `/* houseUpdate */ UPDATE houses SET number = $2, rooms = $3, floor_area = $4, rental = $5, landlord_id = $6, updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [house.id, house.number, house.rooms, house.floorArea, house.rental, house.landlordId],
    );
    return updated;
  }

  /**
   * Moves a building's houses, their inspections and hazards to the building's new grid; answers
   * the moved houses. The houses are locked first (an inspection being recorded for one of them
   * waits, then sees the new grid), then hazards (a rectification in flight finishes first)
   * before any statistics roll-up row is touched, so no writer holds one of those while waiting
   * for this one.
   */
  async moveBuilding(buildingId: string, gridCode: string): Promise<HouseRow[]> {
    await rows(this.db, `/* housesLockForMove */ SELECT id FROM houses WHERE building_id = $1 ORDER BY id FOR UPDATE`, [buildingId]);
    await rows(this.db, `/* hazardsMoveWithBuilding */ UPDATE hazards SET area_code = $2 WHERE house_id IN (SELECT id FROM houses WHERE building_id = $1)`, [
      buildingId,
      gridCode,
    ]);
    await rows(
      this.db,
      `/* inspectionsMoveWithBuilding */ UPDATE inspections SET area_code = $2 WHERE house_id IN (SELECT id FROM houses WHERE building_id = $1)`,
      [buildingId, gridCode],
    );
    return rows<HouseRow>(
      this.db,
      `/* housesMoveWithBuilding */ UPDATE houses SET area_code = $2, updated_at = now() WHERE building_id = $1 RETURNING ${COLUMNS}`,
      [buildingId, gridCode],
    );
  }

  async numberTaken(buildingId: string, number: string, exceptId: string | null = null): Promise<boolean> {
    const found = await rows(this.db, `/* houseNumberTaken */ SELECT 1 FROM houses WHERE building_id = $1 AND number = $2 AND id IS DISTINCT FROM $3::uuid`, [
      buildingId,
      number,
      exceptId,
    ]);
    return found.length > 0;
  }

  /** Moves the house's last inspection forward (an older inspection recorded late changes nothing). */
  async markInspected(houseId: string, on: string): Promise<void> {
    await rows(this.db, `/* houseMarkInspected */ UPDATE houses SET last_inspected_on = GREATEST(last_inspected_on, $2::date) WHERE id = $1`, [houseId, on]);
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
