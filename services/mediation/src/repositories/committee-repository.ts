import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

export interface CommitteeRow {
  id: string;
  name: string;
  areaCode: string;
}

export interface MediatorRow {
  id: string;
  committeeId: string;
  areaCode: string;
  personId: string;
  employment: 'FULL_TIME' | 'PART_TIME';
  volunteerLawyer: boolean;
  joinedOn: string;
}

const COMMITTEE = `id, name, area_code AS "areaCode"`;
const MEDIATOR = `id, committee_id AS "committeeId", area_code AS "areaCode", person_id AS "personId", employment, volunteer_lawyer AS "volunteerLawyer",
  to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn"`;

/** Committees and their mediators. `scope` is the caller's areas: rows outside are never loaded. */
export class CommitteeRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<CommitteeRow[]> {
    const p = new Params([ids]);
    return rows<CommitteeRow>(
      this.db,
      `/* committeesByIds */ SELECT ${COMMITTEE} FROM mediation_committees WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  /** The committee of the community an area lies in, whatever the caller's scope (to link a case to it). */
  async ofCommunity(communityCode: string): Promise<CommitteeRow | null> {
    const [found] = await rows<CommitteeRow>(this.db, `/* committeeOfCommunity */ SELECT ${COMMITTEE} FROM mediation_committees WHERE area_code = $1`, [
      communityCode,
    ]);
    return found ?? null;
  }

  async list(
    areaCode: string | null | undefined,
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<CommitteeRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (areaCode) where.push(within('area_code', areaCode, p));
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* committeesCount */ SELECT count(*)::int AS n FROM mediation_committees WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(area_code, id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<CommitteeRow>(
      this.db,
      `/* committeesList */ SELECT ${COMMITTEE} FROM mediation_committees WHERE ${where.join(' AND ')} ORDER BY area_code, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (c) => [c.areaCode, c.id]);
  }

  async insert(c: CommitteeRow): Promise<CommitteeRow> {
    const [created] = await rows<CommitteeRow>(
      this.db,
      `/* committeeInsert */ INSERT INTO mediation_committees (id, name, area_code) VALUES ($1, $2, $3) RETURNING ${COMMITTEE}`,
      [c.id, c.name, c.areaCode],
    );
    return created;
  }

  async mediatorsByIds(ids: readonly string[], scope: readonly string[]): Promise<MediatorRow[]> {
    const p = new Params([ids]);
    return rows<MediatorRow>(
      this.db,
      `/* mediatorsByIds */ SELECT ${MEDIATOR} FROM mediators WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  async mediatorsOfCommittees(committeeIds: readonly string[], scope: readonly string[]): Promise<MediatorRow[]> {
    const p = new Params([committeeIds]);
    return rows<MediatorRow>(
      this.db,
      `/* mediatorsOfCommittees */ SELECT ${MEDIATOR} FROM mediators WHERE committee_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)} ORDER BY joined_on, id`,
      p.values,
    );
  }

  async mediatorServes(committeeId: string, personId: string): Promise<boolean> {
    return (await rows(this.db, `/* mediatorServes */ SELECT 1 FROM mediators WHERE committee_id = $1 AND person_id = $2`, [committeeId, personId])).length > 0;
  }

  async insertMediator(m: MediatorRow): Promise<MediatorRow> {
    const [created] = await rows<MediatorRow>(
      this.db,
      `/* mediatorInsert */ INSERT INTO mediators (id, committee_id, area_code, person_id, employment, volunteer_lawyer, joined_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${MEDIATOR}`,
      [m.id, m.committeeId, m.areaCode, m.personId, m.employment, m.volunteerLawyer, m.joinedOn],
    );
    return created;
  }
}
