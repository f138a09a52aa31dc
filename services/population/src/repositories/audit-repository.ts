import { within, connection, decodeCursor, Params, rows, type Connection, type EntityManager } from '@linli/db';

export type PersonalDataField = 'ID_NUMBER' | 'PHONE' | 'PERMIT_NUMBER';

/** One reveal of personal data. */
export interface AuditRow {
  id: string;
  viewerId: string;
  viewerName: string;
  role: string;
  personId: string;
  areaCode: string;
  field: PersonalDataField;
  reason: string;
  requestId: string;
  revealedAt: Date;
  seq: string;
}

const COLUMNS = `id, viewer_id AS "viewerId", viewer_name AS "viewerName", role, person_id AS "personId", area_code AS "areaCode", field, reason,
  request_id AS "requestId", revealed_at AS "revealedAt", seq::text AS seq`;

/** The append-only audit: this repository only inserts and reads (the table's trigger refuses the rest). */
export class AuditRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async append(record: Omit<AuditRow, 'revealedAt' | 'seq'>): Promise<AuditRow> {
    const [created] = await rows<AuditRow>(
      this.db,
      `/* auditAppend */ INSERT INTO pii_audit (id, viewer_id, viewer_name, role, person_id, area_code, field, reason, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [record.id, record.viewerId, record.viewerName, record.role, record.personId, record.areaCode, record.field, record.reason, record.requestId],
    );
    return created;
  }

  /** Records about persons within the caller's areas (the area the person was in when read), newest first. */
  async list(personId: string | null | undefined, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<AuditRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (personId) where.push(`person_id = ${p.param(personId)}::uuid`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* auditCount */ SELECT count(*)::int AS n FROM pii_audit WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`seq < ${p.param(String(cursor[0]))}::bigint`);
    const page = await rows<AuditRow>(
      this.db,
      `/* auditList */ SELECT ${COLUMNS} FROM pii_audit WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (record) => [record.seq]);
  }
}
