import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

/** A residence permit (居住证). */
export interface PermitRow {
  id: string;
  personId: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  renewedOn: string | null;
  renewals: number;
}

const COLUMNS = `rp.id, rp.person_id AS "personId", rp.number, to_char(rp.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(rp.expires_on, 'YYYY-MM-DD') AS "expiresOn",
  to_char(rp.renewed_on, 'YYYY-MM-DD') AS "renewedOn", rp.renewals`;

/** Permits are scoped through their holder's area: a permit follows its holder when they move. */
export class PermitRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** The latest permit of each person. */
  async latestOf(personIds: readonly string[], scope: readonly string[]): Promise<PermitRow[]> {
    const p = new Params([personIds]);
    return rows<PermitRow>(
      this.db,
      `/* permitsLatestOf */ SELECT DISTINCT ON (rp.person_id) ${COLUMNS} FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id
       WHERE rp.person_id = ANY($1::uuid[]) AND ${within('pe.area_code', scope, p)} ORDER BY rp.person_id, rp.expires_on DESC, rp.id`,
      p.values,
    );
  }

  async byId(id: string, scope: readonly string[]): Promise<PermitRow | null> {
    const p = new Params([id]);
    const [found] = await rows<PermitRow>(
      this.db,
      `/* permitById */ SELECT ${COLUMNS} FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id WHERE rp.id = $1 AND ${within('pe.area_code', scope, p)} FOR UPDATE OF rp`,
      p.values,
    );
    return found ?? null;
  }

  async numberTaken(number: string): Promise<boolean> {
    const found = await rows(this.db, `/* permitNumberTaken */ SELECT 1 FROM residence_permits WHERE number = $1`, [number]);
    return found.length > 0;
  }

  async insert(permit: Omit<PermitRow, 'renewedOn' | 'renewals'>): Promise<PermitRow> {
    const [created] = await rows<PermitRow>(
      this.db,
      `/* permitInsert */ INSERT INTO residence_permits AS rp (id, person_id, number, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [permit.id, permit.personId, permit.number, permit.issuedOn, permit.expiresOn],
    );
    return created;
  }

  async renew(id: string, renewedOn: string, expiresOn: string): Promise<PermitRow> {
    const [renewed] = await rows<PermitRow>(
      this.db,
      `/* permitRenew */ UPDATE residence_permits AS rp SET renewed_on = $2, expires_on = $3, renewals = renewals + 1 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, renewedOn, expiresOn],
    );
    return renewed;
  }

  /** Permits whose last valid day falls between from and to, of persons within the area; soonest first. */
  async expiring(areaCode: string, from: string, to: string, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<PermitRow>> {
    const p = new Params([from, to]);
    const where = [`rp.expires_on BETWEEN $1::date AND $2::date`, within('pe.area_code', areaCode, p), within('pe.area_code', scope, p)];
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* permitsExpiringCount */ SELECT count(*)::int AS n FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(rp.expires_on, rp.id) > (${p.param(String(cursor[0]))}::date, ${p.param(String(cursor[1]))}::uuid)`);
    const page = await rows<PermitRow>(
      this.db,
      `/* permitsExpiring */ SELECT ${COLUMNS} FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id
       WHERE ${where.join(' AND ')} ORDER BY rp.expires_on, rp.id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (permit) => [permit.expiresOn, permit.id]);
  }
}
