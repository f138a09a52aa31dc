import { pagesByParent, Params, rows, type Connection, type EntityManager } from '@linli/db';
import { inReach, type Reach } from './reach';

export interface ResidenceRow {
  id: string;
  personId: string;
  houseId: string;
  areaCode: string;
  from: string;
  to: string | null;
  reason: 'RENT' | 'OWN' | 'DORMITORY' | 'RELATIVE' | 'OTHER';
}

const COLUMNS = `id, person_id AS "personId", house_id AS "houseId", area_code AS "areaCode", to_char(from_date, 'YYYY-MM-DD') AS "from",
  to_char(to_date, 'YYYY-MM-DD') AS "to", reason`;

/** A page of a list: its size and the cursor it follows. */
export interface PageArgs {
  first: number;
  after?: string | null;
}

/** A residence is read where it lies (its area), and by a volunteer only if it is their own. */
const RESIDENCE = { area: 'area_code', person: 'person_id' };

export class ResidenceRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** Current residences of these persons, locked for update when inside a transaction that changes them. */
  async currentOf(personIds: readonly string[], reach: Reach, forUpdate = false): Promise<ResidenceRow[]> {
    const p = new Params([personIds]);
    return rows<ResidenceRow>(
      this.db,
      `/* residencesCurrentOf */ SELECT ${COLUMNS} FROM residences WHERE person_id = ANY($1::uuid[]) AND to_date IS NULL AND ${inReach(reach, p, RESIDENCE)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  /** Residences of these persons, newest first, where they lay within the caller's reach. */
  async historyOf(personIds: readonly string[], reach: Reach): Promise<ResidenceRow[]> {
    const p = new Params([personIds]);
    return rows<ResidenceRow>(
      this.db,
      `/* residencesHistoryOf */ SELECT ${COLUMNS} FROM residences WHERE person_id = ANY($1::uuid[]) AND ${inReach(reach, p, RESIDENCE)} ORDER BY from_date DESC, id`,
      p.values,
    );
  }

  /** A page of each person's residences within the reach, newest first (one statement for all persons). */
  async historyPages(personIds: readonly string[], page: PageArgs, reach: Reach): Promise<Connection<ResidenceRow>[]> {
    const p = new Params();
    return pagesByParent<ResidenceRow>(this.db, personIds, page.first, page.after, {
      name: 'residencePagesByPersons',
      select: COLUMNS,
      from: 'residences',
      parent: 'person_id',
      where: [inReach(reach, p, RESIDENCE)],
      params: p,
      order: [
        { expr: 'from_date', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (r) => [r.from, r.id],
      parentOf: (r) => r.personId,
    });
  }

  /** A page of each house's current residences within the reach, earliest arrival first. */
  async currentPagesAtHouses(houseIds: readonly string[], page: PageArgs, reach: Reach): Promise<Connection<ResidenceRow>[]> {
    const p = new Params();
    return pagesByParent<ResidenceRow>(this.db, houseIds, page.first, page.after, {
      name: 'residencePagesByHouses',
      select: COLUMNS,
      from: 'residences',
      parent: 'house_id',
      where: ['to_date IS NULL', inReach(reach, p, RESIDENCE)],
      params: p,
      order: [
        { expr: 'from_date', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (r) => [r.from, r.id],
      parentOf: (r) => r.houseId,
    });
  }

  async latestFrom(personId: string): Promise<string | null> {
    const [found] = await rows<{ from: string }>(this.db, `/* residenceLatestFrom */ SELECT to_char(max(from_date), 'YYYY-MM-DD') AS "from" FROM residences WHERE person_id = $1`, [personId]);
    return found?.from ?? null;
  }

  /** The last day of the person's latest ended residence, to tell a move from a return after a gap. */
  async latestEnd(personId: string): Promise<string | null> {
    const [found] = await rows<{ to: string | null }>(this.db, `/* residenceLatestEnd */ SELECT to_char(max(to_date), 'YYYY-MM-DD') AS "to" FROM residences WHERE person_id = $1`, [personId]);
    return found?.to ?? null;
  }

  async currentAtHouses(houseIds: readonly string[], reach: Reach): Promise<ResidenceRow[]> {
    const p = new Params([houseIds]);
    return rows<ResidenceRow>(
      this.db,
      `/* residencesCurrentAtHouses */ SELECT ${COLUMNS} FROM residences WHERE house_id = ANY($1::uuid[]) AND to_date IS NULL AND ${inReach(reach, p, RESIDENCE)}`,
      p.values,
    );
  }

  async insert(residence: ResidenceRow): Promise<ResidenceRow> {
    const [created] = await rows<ResidenceRow>(
      this.db,
      `/* residenceInsert */ INSERT INTO residences (id, person_id, house_id, area_code, from_date, to_date, reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [residence.id, residence.personId, residence.houseId, residence.areaCode, residence.from, residence.to, residence.reason],
    );
    return created;
  }

  async end(id: string, to: string): Promise<ResidenceRow> {
    const [ended] = await rows<ResidenceRow>(this.db, `/* residenceEnd */ UPDATE residences SET to_date = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, to]);
    return ended;
  }

  /** A house moved to another grid: its current residences (and their persons) follow. */
  async moveHouse(houseId: string, gridCode: string): Promise<string[]> {
    const moved = await rows<{ personId: string }>(
      this.db,
      `/* residencesMoveHouse */ UPDATE residences SET area_code = $2 WHERE house_id = $1 AND to_date IS NULL AND area_code <> $2 RETURNING person_id AS "personId"`,
      [houseId, gridCode],
    );
    return moved.map((m) => m.personId);
  }
}
