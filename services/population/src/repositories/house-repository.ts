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

  /**
   * Inserts or refreshes a house from an event that happened at asOf; an event older than
   * what is known already changes nothing (events may arrive out of order). Returns the grid
   * the house was in before, and whether this event was applied.
   */
  async upsert(house: KnownHouseRow, asOf: string): Promise<{ previousGrid: string | null; applied: boolean }> {
    const [before] = await rows<{ gridCode: string }>(this.db, `/* knownHouseLock */ SELECT grid_code AS "gridCode" FROM known_houses WHERE id = $1 FOR UPDATE`, [house.id]);
    const applied = await rows(
      this.db,
      `/* knownHouseUpsert */ INSERT INTO known_houses (id, grid_code, number, rooms, rental, as_of) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET grid_code = EXCLUDED.grid_code, number = EXCLUDED.number, rooms = EXCLUDED.rooms, rental = EXCLUDED.rental, as_of = EXCLUDED.as_of
       WHERE known_houses.as_of <= EXCLUDED.as_of
       RETURNING id`,
      [house.id, house.gridCode, house.number, house.rooms, house.rental, asOf],
    );
    return { previousGrid: before?.gridCode ?? null, applied: applied.length > 0 };
  }
}
