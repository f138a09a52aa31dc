import { connection, decodeCursor, isUuid, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

export type ManagementMode = 'VILLAGE_COMMITTEE' | 'PROPERTY_COMPANY' | 'ENTERPRISE' | 'LANDLORD' | 'SERVICE_CENTER';
/** A mode as a caller may give it: the former spelling SERVICE_CENTRE is still accepted. */
export type ManagementModeInput = ManagementMode | 'SERVICE_CENTRE';

/** The stored spelling of a mode a caller gave. */
export const managementMode = (mode: ManagementModeInput): ManagementMode => (mode === 'SERVICE_CENTRE' ? 'SERVICE_CENTER' : mode);
export type BuildingKind = 'RESIDENTIAL' | 'SELF_BUILT' | 'DORMITORY' | 'MIXED_USE' | 'OTHER';

export interface BuildingRow {
  id: string;
  gridCode: string;
  address: string;
  estateId: string | null;
  kind: BuildingKind;
  floors: number;
  managementMode: ManagementMode;
  rental: boolean;
  accessControl: boolean;
  accessControlSince: string | null;
}

export interface BuildingFilter {
  areaCode?: string | null;
  estateId?: string | null;
  rental?: boolean | null;
  managementMode?: ManagementModeInput | null;
}

const COLUMNS = `id, grid_code AS "gridCode", address, estate_id AS "estateId", kind, floors, management_mode AS "managementMode",
  rental, access_control AS "accessControl", access_control_since::text AS "accessControlSince"`;

export class BuildingRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[], options: { lock?: boolean } = {}): Promise<BuildingRow[]> {
    const p = new Params([ids]);
    return rows<BuildingRow>(
      this.db,
      `/* buildingsByIds */ SELECT ${COLUMNS} FROM buildings WHERE id = ANY($1::uuid[]) AND ${within('grid_code', scope, p)}${options.lock ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  async list(filter: BuildingFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<BuildingRow>> {
    const p = new Params();
    const where = [within('grid_code', scope, p)];
    if (filter.areaCode) where.push(within('grid_code', filter.areaCode, p));
    if (filter.estateId) where.push(isUuid(filter.estateId) ? `estate_id = ${p.param(filter.estateId)}::uuid` : 'FALSE');
    if (filter.rental !== undefined && filter.rental !== null) where.push(`rental = ${p.param(filter.rental)}`);
    if (filter.managementMode) where.push(`management_mode = ${p.param(managementMode(filter.managementMode))}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* buildingsCount */ SELECT count(*)::int AS n FROM buildings WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(grid_code, address, id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}, ${p.param(cursor[2])}::uuid)`);
    const page = await rows<BuildingRow>(
      this.db,
      `/* buildingsList */ SELECT ${COLUMNS} FROM buildings WHERE ${where.join(' AND ')} ORDER BY grid_code, address, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (b) => [b.gridCode, b.address, b.id], after);
  }

  async insert(building: BuildingRow): Promise<BuildingRow> {
    const [created] = await rows<BuildingRow>(
      this.db,
      `/* buildingInsert */ INSERT INTO buildings (id, grid_code, address, estate_id, kind, floors, management_mode, rental, access_control, access_control_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        building.id,
        building.gridCode,
        building.address,
        building.estateId,
        building.kind,
        building.floors,
        building.managementMode,
        building.rental,
        building.accessControl,
        building.accessControlSince,
      ],
    );
    return created;
  }

  async update(building: BuildingRow): Promise<BuildingRow> {
    const [updated] = await rows<BuildingRow>(
      this.db,
      `/* buildingUpdate */ UPDATE buildings SET address = $2, estate_id = $3, kind = $4, floors = $5, management_mode = $6, rental = $7,
         access_control = $8, access_control_since = $9, grid_code = $10, updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        building.id,
        building.address,
        building.estateId,
        building.kind,
        building.floors,
        building.managementMode,
        building.rental,
        building.accessControl,
        building.accessControlSince,
        building.gridCode,
      ],
    );
    return updated;
  }
}
