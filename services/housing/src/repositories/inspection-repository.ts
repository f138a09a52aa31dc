import { connection, decodeCursor, isUuid, pagesByParent, Params, rows, within, type Connection, type EntityManager } from '@linli/db';

export interface ChecklistItemRow {
  code: string;
  title: string;
  position: number;
  active: boolean;
}

export interface InspectionRow {
  id: string;
  houseId: string;
  areaCode: string;
  inspectedOn: string;
  inspectorId: string;
  inspectorName: string;
  passed: boolean;
  note: string | null;
}

export interface InspectionResultRow {
  inspectionId: string;
  itemCode: string;
  title: string;
  passed: boolean;
  note: string | null;
}

export interface InspectionFilter {
  areaCode?: string | null;
  houseId?: string | null;
  period?: { from: string; to: string } | null;
}

const ITEM_COLUMNS = `code, title, position, active`;
const COLUMNS = `id, house_id AS "houseId", area_code AS "areaCode", inspected_on::text AS "inspectedOn", inspector_id AS "inspectorId",
  inspector_name AS "inspectorName", passed, note`;

/** The checklist, inspections and their results. */
export class InspectionRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async checklist(includeRetired: boolean): Promise<ChecklistItemRow[]> {
    return rows<ChecklistItemRow>(this.db, `/* checklistItems */ SELECT ${ITEM_COLUMNS} FROM checklist_items WHERE active OR $1 ORDER BY position`, [
      includeRetired,
    ]);
  }

  /** A page of the checklist in checklist order. */
  async checklistPage(includeRetired: boolean, first: number, after: string | null | undefined): Promise<Connection<ChecklistItemRow>> {
    const [{ n }] = await rows<{ n: number }>(this.db, `/* checklistCount */ SELECT count(*)::int AS n FROM checklist_items WHERE active OR $1`, [
      includeRetired,
    ]);
    const cursor = decodeCursor(after);
    const page = await rows<ChecklistItemRow>(
      this.db,
      `/* checklistPage */ SELECT ${ITEM_COLUMNS} FROM checklist_items WHERE (active OR $1) AND position > $2 ORDER BY position LIMIT $3`,
      [includeRetired, cursor ? Number(cursor[0]) || 0 : 0, first + 1],
    );
    return connection(page, first, n, (i) => [i.position], after);
  }

  async item(code: string): Promise<ChecklistItemRow | null> {
    return (
      (await rows<ChecklistItemRow>(this.db, `/* checklistItemFind */ SELECT ${ITEM_COLUMNS} FROM checklist_items WHERE code = $1 FOR UPDATE`, [code]))[0] ??
      null
    );
  }

  async addItem(item: { code: string; title: string }): Promise<ChecklistItemRow> {
    // the checklist is tiny and changed by hand: serialise additions so positions stay unique
    await rows(this.db, `/* checklistLock */ LOCK TABLE checklist_items IN SHARE ROW EXCLUSIVE MODE`);
    const [created] = await rows<ChecklistItemRow>(
      this.db,
      `/* checklistItemInsert */ INSERT INTO checklist_items (code, title, position)
       VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM checklist_items)) RETURNING ${ITEM_COLUMNS}`,
      [item.code, item.title],
    );
    return created;
  }

  async retireItem(code: string): Promise<ChecklistItemRow> {
    const [retired] = await rows<ChecklistItemRow>(
      this.db,
      `/* checklistItemRetire */ UPDATE checklist_items SET active = false, retired_at = now() WHERE code = $1 RETURNING ${ITEM_COLUMNS}`,
      [code],
    );
    return retired;
  }

  async insert(inspection: InspectionRow, results: { itemCode: string; passed: boolean; note: string | null }[]): Promise<InspectionRow> {
    const [created] = await rows<InspectionRow>(
      this.db,
      `/* inspectionInsert */ INSERT INTO inspections (id, house_id, area_code, inspected_on, inspector_id, inspector_name, passed, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        inspection.id,
        inspection.houseId,
        inspection.areaCode,
        inspection.inspectedOn,
        inspection.inspectorId,
        inspection.inspectorName,
        inspection.passed,
        inspection.note,
      ],
    );
    await rows(
      this.db,
      `/* inspectionResultsInsert */ INSERT INTO inspection_results (inspection_id, item_code, passed, note)
       SELECT $1, * FROM unnest($2::text[], $3::boolean[], $4::text[])`,
      [inspection.id, results.map((r) => r.itemCode), results.map((r) => r.passed), results.map((r) => r.note)],
    );
    return created;
  }

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<InspectionRow[]> {
    const p = new Params([ids]);
    return rows<InspectionRow>(
      this.db,
      `/* inspectionsByIds */ SELECT ${COLUMNS} FROM inspections WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  async ofHouses(houseIds: readonly string[], scope: readonly string[]): Promise<InspectionRow[]> {
    const p = new Params([houseIds]);
    return rows<InspectionRow>(
      this.db,
      `/* inspectionsByHouses */ SELECT ${COLUMNS} FROM inspections WHERE house_id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}
       ORDER BY inspected_on DESC, created_at DESC`,
      p.values,
    );
  }

  /** A page of inspections for each of many houses, newest first (one statement). */
  async pagesOfHouses(
    houseIds: readonly string[],
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<InspectionRow>[]> {
    const p = new Params();
    return pagesByParent<InspectionRow>(this.db, houseIds, first, after, {
      name: 'inspectionPagesByHouses',
      select: COLUMNS,
      from: 'inspections',
      parent: 'house_id',
      where: [within('area_code', scope, p)],
      params: p,
      order: [
        { expr: 'inspected_on', cast: 'date' },
        { expr: 'id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (i) => [i.inspectedOn, i.id],
      parentOf: (i) => i.houseId,
    });
  }

  /** Results of many inspections in one statement, in checklist order (retired items included: they were checked then). */
  async resultsOf(inspectionIds: readonly string[]): Promise<InspectionResultRow[]> {
    return rows<InspectionResultRow>(
      this.db,
      `/* inspectionResultsByInspections */ SELECT r.inspection_id AS "inspectionId", r.item_code AS "itemCode", c.title, r.passed, r.note
       FROM inspection_results r JOIN checklist_items c ON c.code = r.item_code
       WHERE r.inspection_id = ANY($1::uuid[]) ORDER BY c.position`,
      [inspectionIds],
    );
  }

  async list(filter: InspectionFilter, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<InspectionRow>> {
    const p = new Params();
    const where = [within('area_code', scope, p)];
    if (filter.areaCode) where.push(within('area_code', filter.areaCode, p));
    if (filter.houseId) where.push(isUuid(filter.houseId) ? `house_id = ${p.param(filter.houseId)}::uuid` : 'FALSE');
    if (filter.period) where.push(`inspected_on BETWEEN ${p.param(filter.period.from)}::date AND ${p.param(filter.period.to)}::date`);
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* inspectionsCount */ SELECT count(*)::int AS n FROM inspections WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(inspected_on, id) < (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<InspectionRow>(
      this.db,
      `/* inspectionsList */ SELECT ${COLUMNS} FROM inspections WHERE ${where.join(' AND ')} ORDER BY inspected_on DESC, id DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (i) => [i.inspectedOn, i.id], after);
  }
}
