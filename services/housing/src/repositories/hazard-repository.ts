import { connection, decodeCursor, isUuid, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

export type HazardSeverity = 'LOW' | 'MEDIUM' | 'HIGH';
export type HazardStatus = 'OPEN' | 'OVERDUE' | 'RECTIFIED';

export interface HazardRow {
  id: string;
  inspectionId: string;
  itemCode: string;
  houseId: string;
  areaCode: string;
  description: string;
  severity: HazardSeverity;
  reportedOn: string;
  deadline: string;
  rectifiedOn: string | null;
  rectificationNote: string | null;
}

export interface HazardFilter {
  areaCode?: string | null;
  status?: readonly HazardStatus[] | null;
  houseId?: string | null;
}

const COLUMNS = `id, inspection_id AS "inspectionId", item_code AS "itemCode", house_id AS "houseId", area_code AS "areaCode", description, severity,
  reported_on::text AS "reportedOn", deadline::text AS "deadline", rectified_on::text AS "rectifiedOn", rectification_note AS "rectificationNote"`;

/** A hazard's status as SQL, by the given day (the same rule as hazardStatus in the domain). */
const STATUS_SQL: Record<HazardStatus, (today: string) => string> = {
  OPEN: (today) => `(rectified_on IS NULL AND deadline >= ${today})`,
  OVERDUE: (today) => `(rectified_on IS NULL AND deadline < ${today})`,
  RECTIFIED: () => `rectified_on IS NOT NULL`,
};

export class HazardRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async insertMany(hazards: HazardRow[]): Promise<void> {
    if (!hazards.length) return;
    await rows(
      this.db,
      `/* hazardsInsert */ INSERT INTO hazards (id, inspection_id, item_code, house_id, area_code, description, severity, reported_on, deadline)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[])`,
      [
        hazards.map((h) => h.id),
        hazards.map((h) => h.inspectionId),
        hazards.map((h) => h.itemCode),
        hazards.map((h) => h.houseId),
        hazards.map((h) => h.areaCode),
        hazards.map((h) => h.description),
        hazards.map((h) => h.severity),
        hazards.map((h) => h.reportedOn),
        hazards.map((h) => h.deadline),
      ],
    );
  }

  async byIds(ids: readonly string[], scope: readonly string[], options: { lock?: boolean } = {}): Promise<HazardRow[]> {
    const p = new Params([ids]);
    return rows<HazardRow>(
      this.db,
      `/* hazardsByIds */ SELECT ${COLUMNS} FROM hazards WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}${options.lock ? ' FOR UPDATE' : ''}`,
      p.values,
    );
  }

  async ofInspections(inspectionIds: readonly string[], scope: readonly string[]): Promise<HazardRow[]> {
    const p = new Params([inspectionIds]);
    return rows<HazardRow>(
      this.db,
      `/* hazardsByInspections */ SELECT ${COLUMNS} FROM hazards WHERE inspection_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)} ORDER BY deadline, id`,
      p.values,
    );
  }

  async list(filter: HazardFilter, today: string, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<HazardRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.houseId) where.push(isUuid(filter.houseId) ? `house_id = ${p.param(filter.houseId)}::uuid` : 'FALSE');
    if (filter.status?.length) {
      const statuses = [...new Set(filter.status)];
      // the day is bound only when a status needs it: an unused parameter is an error
      const day = statuses.some((s) => s !== 'RECTIFIED') ? `${p.param(today)}::date` : '';
      where.push(`(${statuses.map((s) => STATUS_SQL[s](day)).join(' OR ')})`);
    }
    const [{ n }] = await rows<{ n: number }>(this.db, `/* hazardsCount */ SELECT count(*)::int AS n FROM hazards WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(deadline, id) > (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<HazardRow>(
      this.db,
      `/* hazardsList */ SELECT ${COLUMNS} FROM hazards WHERE ${where.join(' AND ')} ORDER BY deadline, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (h) => [h.deadline, h.id], after);
  }

  /** Rectifies a hazard only if it is not yet rectified; null when another rectification got there first. */
  async rectify(id: string, on: string, note: string): Promise<HazardRow | null> {
    const [rectified] = await rows<HazardRow>(
      this.db,
      `/* hazardRectify */ UPDATE hazards SET rectified_on = $2, rectification_note = $3 WHERE id = $1 AND rectified_on IS NULL RETURNING ${COLUMNS}`,
      [id, on, note],
    );
    return rectified ?? null;
  }

  /**
   * Marks up to `limit` unrectified hazards past their deadline as overdue and returns them.
   * Each hazard is marked once (overdue_at); SKIP LOCKED lets two sweeps run side by side
   * without taking the same hazard.
   */
  async markOverdue(today: string, limit: number): Promise<HazardRow[]> {
    return rows<HazardRow>(
      this.db,
      `/* hazardsMarkOverdue */ UPDATE hazards SET overdue_at = now()
       WHERE id IN (
         SELECT id FROM hazards WHERE rectified_on IS NULL AND overdue_at IS NULL AND deadline < $1::date
         ORDER BY deadline LIMIT $2 FOR UPDATE SKIP LOCKED)
       RETURNING ${COLUMNS}`,
      [today, limit],
    );
  }
}
