import { connection, decodeCursor, pagesByParent, Params, rows, within, type Connection, type Db } from '@linli/db';

export type ActivityStatus = 'OPEN' | 'FULL' | 'CANCELLED' | 'COMPLETED';

export interface ActivityRow {
  id: string;
  organiserKind: 'TEAM' | 'ORGANIZATION';
  teamId: string | null;
  organizationId: string | null;
  title: string;
  areaCode: string;
  place: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  signedUp: number;
  requiredSkills: string[];
  status: ActivityStatus;
  cancellationReason: string | null;
}

export interface ActivityFilter {
  areaCode?: string | null;
  status?: ActivityStatus | null;
  teamId?: string | null;
  organizationId?: string | null;
  startsAfter?: Date | null;
  startsBefore?: Date | null;
}

const COLUMNS = `a.id, a.organiser_kind AS "organiserKind", a.team_id AS "teamId", a.organization_id AS "organizationId", a.title, a.area_code AS "areaCode",
  a.place, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.capacity, a.signed_up AS "signedUp", a.required_skills AS "requiredSkills", a.status,
  a.cancellation_reason AS "cancellationReason"`;

/** Newest start first; the cursor is (start, id) as an ISO string and a UUID. */
const keyOf = (a: ActivityRow) => [a.startsAt.toISOString(), a.id];

export class ActivityRepository {
  constructor(private readonly db: Db) {}

  /**
   * Activities by id within scope. With forUpdate the rows stay locked until the transaction
   * ends: concurrent sign-ups for one activity queue here, so its places are counted one at a time.
   */
  async byIds(ids: readonly string[], scope: readonly string[], forUpdate = false): Promise<ActivityRow[]> {
    const p = new Params([ids]);
    return rows<ActivityRow>(
      this.db,
      `/* activitiesByIds */ SELECT ${COLUMNS} FROM activities a WHERE a.id = ANY($1::uuid[]) AND ${within('a.area_code', scope, p)}${forUpdate ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  async list(filter: ActivityFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<ActivityRow>> {
    const p = new Params();
    const where = [within('a.area_code', scope, p)];
    if (filter.areaCode) where.push(within('a.area_code', filter.areaCode, p));
    if (filter.status) where.push(`a.status = ${p.param(filter.status)}`);
    if (filter.teamId) where.push(`a.team_id = ${p.param(filter.teamId)}::uuid`);
    if (filter.organizationId) where.push(`a.organization_id = ${p.param(filter.organizationId)}::uuid`);
    if (filter.startsAfter) where.push(`a.starts_at >= ${p.param(filter.startsAfter)}`);
    if (filter.startsBefore) where.push(`a.starts_at < ${p.param(filter.startsBefore)}`);
    const [{ n }] = await rows<{ n: number }>(this.db, `/* activitiesCount */ SELECT count(*) AS n FROM activities a WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(a.starts_at, a.id) < (${p.param(cursor[0])}::timestamptz, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<ActivityRow>(
      this.db,
      `/* activitiesList */ SELECT ${COLUMNS} FROM activities a WHERE ${where.join(' AND ')} ORDER BY a.starts_at DESC, a.id DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, Number(n), keyOf, after);
  }

  /** A page of activities for each of many organizations, newest start first (one statement). */
  async organizationPages(organizationIds: readonly string[], args: { first: number; after?: string | null }, scope: readonly string[]): Promise<Connection<ActivityRow>[]> {
    const p = new Params();
    return pagesByParent<ActivityRow>(this.db, organizationIds, args.first, args.after, {
      name: 'activityPagesByOrganizations',
      select: COLUMNS,
      from: 'activities a',
      parent: 'a.organization_id',
      where: [within('a.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'a.starts_at', cast: 'timestamptz' },
        { expr: 'a.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf,
      parentOf: (a) => a.organizationId!,
    });
  }

  async insert(activity: ActivityRow): Promise<ActivityRow> {
    const [created] = await rows<ActivityRow>(
      this.db,
      `/* activityInsert */ INSERT INTO activities AS a (id, organiser_kind, team_id, organization_id, title, area_code, place, starts_at, ends_at, capacity, required_skills)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${COLUMNS}`,
      [
        activity.id,
        activity.organiserKind,
        activity.teamId,
        activity.organizationId,
        activity.title,
        activity.areaCode,
        activity.place,
        activity.startsAt,
        activity.endsAt,
        activity.capacity,
        activity.requiredSkills,
      ],
    );
    return created;
  }

  /** Takes (+1) or frees (-1) a place; the status follows: FULL at capacity, OPEN again below it. */
  async changeSignedUp(id: string, delta: 1 | -1): Promise<ActivityRow> {
    const [updated] = await rows<ActivityRow>(
      this.db,
      `/* activitySignedUp */ UPDATE activities AS a SET signed_up = a.signed_up + $2,
         status = CASE WHEN a.status IN ('OPEN', 'FULL') THEN (CASE WHEN a.signed_up + $2 >= a.capacity THEN 'FULL' ELSE 'OPEN' END) ELSE a.status END
       WHERE a.id = $1 RETURNING ${COLUMNS}`,
      [id, delta],
    );
    return updated;
  }

  async close(id: string, status: 'CANCELLED' | 'COMPLETED', reason: string | null, signedUp: number): Promise<ActivityRow> {
    const [updated] = await rows<ActivityRow>(
      this.db,
      `/* activityClose */ UPDATE activities AS a SET status = $2, cancellation_reason = $3, signed_up = $4 WHERE a.id = $1 RETURNING ${COLUMNS}`,
      [id, status, reason, signedUp],
    );
    return updated;
  }
}
