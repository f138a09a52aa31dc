import { within, Params, row, rows, type Connection } from '@linli/db';
import type { MemberRole } from '@linli/contracts';
import { pagesByParent, type Db } from '@linli/db';

/** A Person as organizations receives it from the gateway: only its id. */
export interface PersonRef {
  id: string;
}

export interface MembershipRow {
  id: string;
  organizationId: string;
  personId: string;
  areaCode: string;
  role: MemberRole;
  from: string;
  to: string | null;
  current: boolean;
}

export interface MemberPageArgs {
  current?: boolean | null;
  role?: MemberRole | null;
  first: number;
  after?: string | null;
}

const COLUMNS = `m.id, m.organization_id AS "organizationId", m.person_id AS "personId", m.area_code AS "areaCode", m.role,
  to_char(m.from_on, 'YYYY-MM-DD') AS "from", to_char(m.to_on, 'YYYY-MM-DD') AS "to", m.to_on IS NULL AS current`;

export class MembershipRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<MembershipRow[]> {
    const p = new Params([ids]);
    return rows<MembershipRow>(
      this.db,
      `/* membershipsByIds */ SELECT ${COLUMNS} FROM memberships m WHERE m.id = ANY($1::uuid[]) AND ${within('m.area_code', scope, p)}`,
      p.values,
    );
  }

  /** Memberships of many persons, in organizations within scope: current first, newest first. */
  async ofPersons(personIds: readonly string[], scope: readonly string[]): Promise<MembershipRow[]> {
    const p = new Params([personIds]);
    return rows<MembershipRow>(
      this.db,
      `/* membershipsByPersons */ SELECT ${COLUMNS} FROM memberships m WHERE m.person_id = ANY($1::uuid[]) AND ${within('m.area_code', scope, p)}
       ORDER BY m.to_on IS NOT NULL, m.from_on DESC, m.id`,
      p.values,
    );
  }

  /** A page of members for each organization, in one statement: current first, then by start date. */
  async pages(organizationIds: readonly string[], args: MemberPageArgs, scope: readonly string[]): Promise<Connection<MembershipRow>[]> {
    const p = new Params();
    const where = [within('m.area_code', scope, p)];
    if (args.current === true) where.push('m.to_on IS NULL');
    if (args.current === false) where.push('m.to_on IS NOT NULL');
    if (args.role) where.push(`m.role = ${p.param(args.role)}`);
    return pagesByParent<MembershipRow>(this.db, organizationIds, args.first, args.after, {
      name: 'membershipPagesByOrganizations',
      select: COLUMNS,
      from: 'memberships m',
      parent: 'm.organization_id',
      where,
      params: p,
      order: [
        { expr: '(m.to_on IS NOT NULL)', cast: 'boolean' },
        { expr: 'm.from_on', cast: 'date' },
        { expr: 'm.id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (m) => [!m.current, m.from, m.id],
      parentOf: (m) => m.organizationId,
    });
  }

  /** A page of memberships for each person, in organizations within scope, in one statement: current first, then by start date. */
  async pagesOfPersons(personIds: readonly string[], args: Omit<MemberPageArgs, 'role'>, scope: readonly string[]): Promise<Connection<MembershipRow>[]> {
    const p = new Params();
    const where = [within('m.area_code', scope, p)];
    if (args.current === true) where.push('m.to_on IS NULL');
    if (args.current === false) where.push('m.to_on IS NOT NULL');
    return pagesByParent<MembershipRow>(this.db, personIds, args.first, args.after, {
      name: 'membershipPagesByPersons',
      select: COLUMNS,
      from: 'memberships m',
      parent: 'm.person_id',
      where,
      params: p,
      order: [
        { expr: '(m.to_on IS NOT NULL)', cast: 'boolean' },
        { expr: 'm.from_on', cast: 'date' },
        { expr: 'm.id', cast: 'uuid' },
      ],
      descending: false,
      keyOf: (m) => [!m.current, m.from, m.id],
      parentOf: (m) => m.personId,
    });
  }

  /** Current members of many organizations. */
  async counts(organizationIds: readonly string[], scope: readonly string[]): Promise<{ organizationId: string; members: number }[]> {
    const p = new Params([organizationIds]);
    return rows(
      this.db,
      `/* memberCountsByOrganizations */ SELECT m.organization_id AS "organizationId", count(*)::int AS members FROM memberships m
       WHERE m.organization_id = ANY($1::uuid[]) AND m.to_on IS NULL AND ${within('m.area_code', scope, p)} GROUP BY m.organization_id`,
      p.values,
    );
  }

  async currentChair(organizationId: string): Promise<MembershipRow | null> {
    return row<MembershipRow>(
      this.db,
      `/* membershipCurrentChair */ SELECT ${COLUMNS} FROM memberships m WHERE m.organization_id = $1 AND m.role = 'CHAIR' AND m.to_on IS NULL`,
      [organizationId],
    );
  }

  async currentOf(organizationId: string, personId: string): Promise<MembershipRow | null> {
    return row<MembershipRow>(
      this.db,
      `/* membershipCurrentOfPerson */ SELECT ${COLUMNS} FROM memberships m WHERE m.organization_id = $1 AND m.person_id = $2 AND m.to_on IS NULL`,
      [organizationId, personId],
    );
  }

  async lock(id: string, scope: readonly string[]): Promise<MembershipRow | null> {
    const p = new Params([id]);
    return row<MembershipRow>(
      this.db,
      `/* membershipLock */ SELECT ${COLUMNS} FROM memberships m WHERE m.id = $1::uuid AND ${within('m.area_code', scope, p)} FOR UPDATE`,
      p.values,
    );
  }

  async insert(m: Omit<MembershipRow, 'to' | 'current'>): Promise<MembershipRow> {
    const [created] = await rows<MembershipRow>(
      this.db,
      `/* membershipInsert */ INSERT INTO memberships AS m (id, organization_id, person_id, area_code, role, from_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [m.id, m.organizationId, m.personId, m.areaCode, m.role, m.from],
    );
    return created;
  }

  async end(id: string, to: string): Promise<MembershipRow> {
    const [ended] = await rows<MembershipRow>(this.db, `/* membershipEnd */ UPDATE memberships AS m SET to_on = $2 WHERE m.id = $1 RETURNING ${COLUMNS}`, [
      id,
      to,
    ]);
    return ended;
  }
}
