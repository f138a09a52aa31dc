import { rows, type EntityManager } from '@linli/db';

/** A House entity as the gateway hands it over. */
export interface HouseRef {
  id: string;
}

/** A house as population knows it from housing's events (the KNOWN_HOUSES read model). */
export interface KnownHouseRow {
  id: string;
  gridCode: string;
  number: string;
  rooms: number;
  rental: boolean;
}

const COLUMNS = `id, grid_code AS "gridCode", number, rooms, rental`;

/** Reads of the houses read model; its only writer is the kit's consumer (events/house-consumer). */
export class KnownHouseRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** The house wherever it is: the caller's scope is checked against its grid by the domain. */
  async find(id: string): Promise<KnownHouseRow | null> {
    const [found] = await rows<KnownHouseRow>(this.db, `/* knownHouseFind */ SELECT ${COLUMNS} FROM known_houses WHERE id = $1`, [id]);
    return found ?? null;
  }
}
