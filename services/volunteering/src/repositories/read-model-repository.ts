import { within, exec, Params, rows, type EntityManager } from '@linli/db';

export interface KnownBuildingRow {
  id: string;
  gridCode: string;
}

export interface KnownOrganizationRow {
  id: string;
  name: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'DEREGISTERED';
  areaCode: string;
}

/** The read models kept from other services' events: persons, buildings, organisations. */
export class ReadModelRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async personExists(id: string): Promise<boolean> {
    return (await rows(this.db, `/* knownPersonFind */ SELECT 1 FROM known_persons WHERE id = $1`, [id])).length > 0;
  }

  async upsertPerson(id: string, areaCode: string | null, asOf: string): Promise<void> {
    await exec(
      this.db,
      `/* knownPersonUpsert */ INSERT INTO known_persons (id, area_code, as_of) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET area_code = EXCLUDED.area_code, as_of = EXCLUDED.as_of WHERE known_persons.as_of <= EXCLUDED.as_of`,
      [id, areaCode, asOf],
    );
  }

  async buildingsByIds(ids: readonly string[], scope: readonly string[]): Promise<KnownBuildingRow[]> {
    const p = new Params([ids]);
    return rows<KnownBuildingRow>(
      this.db,
      `/* knownBuildingsByIds */ SELECT id, grid_code AS "gridCode" FROM known_buildings WHERE id = ANY($1::uuid[]) AND ${within('grid_code', scope, p)}`,
      p.values,
    );
  }

  /** Keeps a building's grid; its captains follow it to a new grid so they stay scoped with it. */
  async upsertBuilding(id: string, gridCode: string, asOf: string): Promise<void> {
    const applied = await rows(
      this.db,
      `/* knownBuildingUpsert */ INSERT INTO known_buildings (id, grid_code, as_of) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET grid_code = EXCLUDED.grid_code, as_of = EXCLUDED.as_of WHERE known_buildings.as_of <= EXCLUDED.as_of RETURNING id`,
      [id, gridCode, asOf],
    );
    if (applied.length)
      await exec(this.db, `/* buildingCaptainsMove */ UPDATE building_captains SET area_code = $2 WHERE building_id = $1 AND area_code <> $2`, [id, gridCode]);
  }

  async organization(id: string): Promise<KnownOrganizationRow | null> {
    const [found] = await rows<KnownOrganizationRow>(
      this.db,
      `/* knownOrganizationFind */ SELECT id, name, status, area_code AS "areaCode" FROM known_organizations WHERE id = $1`,
      [id],
    );
    return found ?? null;
  }

  async upsertOrganization(org: KnownOrganizationRow, asOf: string): Promise<void> {
    await exec(
      this.db,
      `/* knownOrganizationUpsert */ INSERT INTO known_organizations (id, name, status, area_code, as_of) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, status = EXCLUDED.status, area_code = EXCLUDED.area_code, as_of = EXCLUDED.as_of
       WHERE known_organizations.as_of <= EXCLUDED.as_of`,
      [org.id, org.name, org.status, org.areaCode, asOf],
    );
  }
}
