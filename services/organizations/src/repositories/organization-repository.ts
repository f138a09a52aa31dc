import { connection, decodeCursor, likeEscape, pagesByParent, Params, row, rows, within, type Connection } from '@linli/db';
import type { OrganizationCategory, OrganizationStatus } from '@linli/contracts';
import type { Db } from '@linli/db';

export interface OrganizationRow {
  id: string;
  name: string;
  registrationKind: 'CIVIL_AFFAIRS' | 'COMMUNITY_FILING';
  creditCode: string | null;
  filingNumber: string | null;
  category: OrganizationCategory;
  areaCode: string;
  foundedOn: string;
  partyBranch: boolean;
  contactPersonId: string | null;
  status: OrganizationStatus;
  statusReason: string | null;
  statusChangedOn: string | null;
}

export interface StatusChangeRow {
  id: string;
  organizationId: string;
  /** When it was recorded (full precision, as text): orders changes of one day. */
  recordedAt: string;
  from: OrganizationStatus;
  to: OrganizationStatus;
  reason: string;
  changedOn: string;
}

export interface OrganizationFilter {
  areaCode?: string | null;
  category?: OrganizationCategory | null;
  status?: OrganizationStatus | null;
  name?: string | null;
}

const COLUMNS = `id, name, registration_kind AS "registrationKind", credit_code AS "creditCode", filing_number AS "filingNumber", category,
  area_code AS "areaCode", to_char(founded_on, 'YYYY-MM-DD') AS "foundedOn", party_branch AS "partyBranch", contact_person_id AS "contactPersonId",
  status, status_reason AS "statusReason", to_char(status_changed_on, 'YYYY-MM-DD') AS "statusChangedOn"`;

const CHANGE_COLUMNS = `c.id, c.organization_id AS "organizationId", c.from_status AS "from", c.to_status AS "to", c.reason,
  to_char(c.changed_on, 'YYYY-MM-DD') AS "changedOn", c.recorded_at::text AS "recordedAt"`;

/** The only place that reads and writes organizations. `scope` is the caller's areas: rows outside are never loaded. */
export class OrganizationRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<OrganizationRow[]> {
    const p = new Params([ids]);
    return rows<OrganizationRow>(
      this.db,
      `/* organizationsByIds */ SELECT ${COLUMNS} FROM organizations WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  /** One organization in scope, locked until the transaction ends, so concurrent changes to it queue. */
  async lock(id: string, scope: readonly string[]): Promise<OrganizationRow | null> {
    const p = new Params([id]);
    return row<OrganizationRow>(
      this.db,
      `/* organizationLock */ SELECT ${COLUMNS} FROM organizations WHERE id = $1::uuid AND ${within('area_code', scope, p)} FOR UPDATE`,
      p.values,
    );
  }

  async list(filter: OrganizationFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<OrganizationRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.category) where.push(`category = ${p.param(filter.category)}`);
    if (filter.status) where.push(`status = ${p.param(filter.status)}`);
    if (filter.name) where.push(`name LIKE ${p.param(`%${likeEscape(filter.name.trim())}%`)}`);
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* organizationsCount */ SELECT count(*)::int AS n FROM organizations WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(name, id) > (${p.param(cursor[0])}, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<OrganizationRow>(
      this.db,
      `/* organizationsList */ SELECT ${COLUMNS} FROM organizations WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (o) => [o.name, o.id], after);
  }

  async statusHistoryOf(ids: readonly string[], scope: readonly string[]): Promise<StatusChangeRow[]> {
    const p = new Params([ids]);
    return rows<StatusChangeRow>(
      this.db,
      `/* statusHistoryByOrganizations */ SELECT ${CHANGE_COLUMNS}
       FROM organization_status_changes c JOIN organizations o ON o.id = c.organization_id
       WHERE c.organization_id = ANY($1::uuid[]) AND ${within('o.area_code', scope, p)}
       ORDER BY c.changed_on, c.recorded_at, c.id`,
      p.values,
    );
  }

  /** A page of status changes for each organization, oldest first, in one statement. */
  async statusChangePages(ids: readonly string[], args: { first: number; after?: string | null }, scope: readonly string[]): Promise<Connection<StatusChangeRow>[]> {
    const p = new Params();
    return pagesByParent<StatusChangeRow>(this.db, ids, args.first, args.after, {
      name: 'statusChangePagesByOrganizations',
      select: CHANGE_COLUMNS,
      from: 'organization_status_changes c JOIN organizations o ON o.id = c.organization_id',
      parent: 'c.organization_id',
      where: [within('o.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'c.changed_on', cast: 'date' },
        { expr: 'c.recorded_at', cast: 'timestamptz' },
        { expr: 'c.id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (c) => [c.changedOn, c.recordedAt, c.id],
      parentOf: (c) => c.organizationId,
    });
  }

  /** Whoever holds this credit code already, whatever the caller's scope (codes are unique nationally). */
  async creditCodeHolder(code: string): Promise<string | null> {
    return (await row<{ id: string }>(this.db, `/* organizationByCreditCode */ SELECT id FROM organizations WHERE credit_code = $1`, [code]))?.id ?? null;
  }

  async filingNumberTaken(areaCode: string, filingNumber: string): Promise<boolean> {
    return (
      (
        await rows(this.db, `/* organizationFilingNumberTaken */ SELECT 1 FROM organizations WHERE area_code = $1 AND filing_number = $2`, [
          areaCode,
          filingNumber,
        ])
      ).length > 0
    );
  }

  /** Whether another organization of the community, not deregistered, has this name. */
  async nameTaken(areaCode: string, name: string, exceptId: string | null): Promise<boolean> {
    const found = await rows(
      this.db,
      `/* organizationNameTaken */ SELECT 1 FROM organizations WHERE area_code = $1 AND name = $2 AND status <> 'DEREGISTERED' AND id IS DISTINCT FROM $3::uuid`,
      [areaCode, name, exceptId],
    );
    return found.length > 0;
  }

  async insert(o: Omit<OrganizationRow, 'status' | 'statusReason' | 'statusChangedOn'>): Promise<OrganizationRow> {
    const [created] = await rows<OrganizationRow>(
      this.db,
      `/* organizationInsert */ INSERT INTO organizations (id, name, registration_kind, credit_code, filing_number, category, area_code, founded_on, party_branch, contact_person_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [o.id, o.name, o.registrationKind, o.creditCode, o.filingNumber, o.category, o.areaCode, o.foundedOn, o.partyBranch, o.contactPersonId],
    );
    return created;
  }

  async update(id: string, change: Pick<OrganizationRow, 'name' | 'category' | 'partyBranch' | 'contactPersonId'>): Promise<OrganizationRow> {
    const [updated] = await rows<OrganizationRow>(
      this.db,
      `/* organizationUpdate */ UPDATE organizations SET name = $2, category = $3, party_branch = $4, contact_person_id = $5, updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, change.name, change.category, change.partyBranch, change.contactPersonId],
    );
    return updated;
  }

  async changeStatus(
    id: string,
    change: { changeId: string; from: OrganizationStatus; to: OrganizationStatus; reason: string; on: string },
  ): Promise<OrganizationRow> {
    await rows(
      this.db,
      `/* organizationStatusChangeInsert */ INSERT INTO organization_status_changes (id, organization_id, from_status, to_status, reason, changed_on) VALUES ($1, $2, $3, $4, $5, $6)`,
      [change.changeId, id, change.from, change.to, change.reason, change.on],
    );
    const [updated] = await rows<OrganizationRow>(
      this.db,
      `/* organizationStatusSet */ UPDATE organizations SET status = $2, status_reason = $3, status_changed_on = $4, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, change.to, change.reason, change.on],
    );
    return updated;
  }
}
