import { rows, type EntityManager } from '@linli/db';

/** A House entity as the gateway hands it over. */
export interface HouseRef {
  id: string;
}

/** A house as population knows it from housing's events. */
export interface KnownHouseRow {
  id: string;
  gridCode: string;
  number: string;
  rooms: number;
  rental: boolean;
}

const COLUMNS = `id, grid_code AS "gridCode", number, rooms, rental`;

export class KnownHouseRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async find(id: string): Promise<KnownHouseRow | null> {
    const [found] = await rows<KnownHouseRow>(this.db, `/* knownHouseFind */ SELECT ${COLUMNS} FROM known_houses WHERE id = $1`, [id]);
    return found ?? null;
  }

  /** Inserts or refreshes a house; returns the grid it was in before, if it was known. */
  async upsert(house: KnownHouseRow): Promise<{ previousGrid: string | null }> {
    const [before] = await rows<{ gridCode: string }>(this.db, `/* knownHouseLock */ SELECT grid_code AS "gridCode" FROM known_houses WHERE id = $1 FOR UPDATE`, [house.id]);
    await rows(
      this.db,
      `/* knownHouseUpsert */ INSERT INTO known_houses (id, grid_code, number, rooms, rental) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET grid_code = EXCLUDED.grid_code, number = EXCLUDED.number, rooms = EXCLUDED.rooms, rental = EXCLUDED.rental`,
      [house.id, house.gridCode, house.number, house.rooms, house.rental],
    );
    return { previousGrid: before?.gridCode ?? null };
  }
}
