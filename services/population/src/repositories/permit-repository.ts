import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import { inReach, type Reach } from './reach';

/** A residence permit (居住证); its number only ever masked here (the full one is sealed). */
export interface PermitRow {
  id: string;
  personId: string;
  /** The number, masked. */
  number: string;
  issuedOn: string;
  expiresOn: string;
  renewedOn: string | null;
  renewals: number;
}

/** A permit to insert: its number encrypted, blind-indexed and masked by the caller. */
export interface NewPermit {
  id: string;
  personId: string;
  numberEnc: string;
  numberHash: string;
  numberMasked: string;
  issuedOn: string;
  expiresOn: string;
}

/** A permit number from before it was sealed (migration 1700000000240), to encrypt. */
export interface PlainPermitNumber {
  id: string;
  number: string;
}

const COLUMNS = `rp.id, rp.person_id AS "personId", rp.number_masked AS number, to_char(rp.issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(rp.expires_on, 'YYYY-MM-DD') AS "expiresOn",
  to_char(rp.renewed_on, 'YYYY-MM-DD') AS "renewedOn", rp.renewals`;

/** Permits are read through their holder: within the holder's area, and a volunteer's own only. */
const HOLDER = { area: 'pe.area_code', person: 'pe.id' };

/** Permits are scoped through their holder's area: a permit follows its holder when they move. */
export class PermitRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** The latest permit of each person. */
  async latestOf(personIds: readonly string[], reach: Reach): Promise<PermitRow[]> {
    const p = new Params([personIds]);
    return rows<PermitRow>(
      this.db,
      `/* permitsLatestOf */ SELECT DISTINCT ON (rp.person_id) ${COLUMNS} FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id
       WHERE rp.person_id = ANY($1::uuid[]) AND ${inReach(reach, p, HOLDER)} ORDER BY rp.person_id, rp.expires_on DESC, rp.id`,
      p.values,
    );
  }

  async byId(id: string, reach: Reach): Promise<PermitRow | null> {
    const p = new Params([id]);
    const [found] = await rows<PermitRow>(
      this.db,
      `/* permitById */ SELECT ${COLUMNS} FROM residence_permits rp JOIN persons pe ON pe.id = rp.person_id WHERE rp.id = $1 AND ${inReach(reach, p, HOLDER)} FOR UPDATE OF rp`,
      p.values,
    );
    return found ?? null;
  }

  /** Whether a permit number (by its keyed hash) is issued already, to anyone. */
  async numberTaken(numberHash: string): Promise<boolean> {
    const found = await rows(this.db, `/* permitNumberTaken */ SELECT 1 FROM residence_permits WHERE number_hash = $1`, [numberHash]);
    return found.length > 0;
  }

  async insert(permit: NewPermit): Promise<PermitRow> {
    const [created] = await rows<PermitRow>(
      this.db,
      `/* permitInsert */ INSERT INTO residence_permits AS rp (id, person_id, number_enc, number_hash, number_masked, issued_on, expires_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [permit.id, permit.personId, permit.numberEnc, permit.numberHash, permit.numberMasked, permit.issuedOn, permit.expiresOn],
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
  async expiring(areaCode: string, from: string, to: string, first: number, after: string | null | undefined, reach: Reach): Promise<Connection<PermitRow>> {
    const p = new Params([from, to]);
    const where = [`rp.expires_on BETWEEN $1::date AND $2::date`, within('pe.area_code', areaCode, p), inReach(reach, p, HOLDER)];
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

  /** A batch of permit numbers still stored in plain (written before they were sealed), locked. */
  async plainNumbers(limit: number): Promise<PlainPermitNumber[]> {
    return rows<PlainPermitNumber>(
      this.db,
      `/* permitsPlainNumbers */ SELECT id, number FROM residence_permits WHERE number IS NOT NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** Replaces plain numbers by their sealed forms. */
  async seal(sealed: { id: string; numberEnc: string; numberHash: string; numberMasked: string }[]): Promise<void> {
    await rows(
      this.db,
      `/* permitsSeal */ UPDATE residence_permits rp SET number = NULL, number_enc = u.enc, number_hash = u.hash, number_masked = u.masked
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS u(id, enc, hash, masked) WHERE rp.id = u.id`,
      [sealed.map((s) => s.id), sealed.map((s) => s.numberEnc), sealed.map((s) => s.numberHash), sealed.map((s) => s.numberMasked)],
    );
  }
}
