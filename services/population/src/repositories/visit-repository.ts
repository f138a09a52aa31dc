import { connection, decodeCursor, pagesByParent, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import { inReach, type Reach } from './reach';
import type { VisitCategory } from './person-repository';

/** A home visit (入户走访). */
export interface VisitRow {
  id: string;
  personId: string;
  areaCode: string;
  visitedOn: string;
  visitorId: string;
  visitorName: string;
  findings: string;
  followUpNeeded: boolean;
}

/** A person overdue for a visit, as of a day. */
export interface OverdueRow {
  personId: string;
  dueOn: string;
  daysOverdue: number;
  lastVisitedOn: string | null;
  rule: VisitCategory;
}

export interface VisitRuleRow {
  category: VisitCategory;
  intervalDays: number;
}

const COLUMNS = `v.id, v.person_id AS "personId", v.area_code AS "areaCode", to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn", v.visitor_id AS "visitorId",
  v.visitor_name AS "visitorName", v.findings, v.follow_up_needed AS "followUpNeeded"`;

export class VisitRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** The latest visits of each person (at most `limit` each), newest first. */
  async latestOf(personIds: readonly string[], limit: number, reach: Reach): Promise<VisitRow[]> {
    const p = new Params([personIds, limit]);
    return rows<VisitRow>(
      this.db,
      `/* visitsOf */ SELECT ${COLUMNS} FROM persons pe
       CROSS JOIN LATERAL (SELECT * FROM visits v WHERE v.person_id = pe.id ORDER BY v.visited_on DESC, v.id LIMIT $2) v
       WHERE pe.id = ANY($1::uuid[]) AND ${inReach(reach, p, { area: 'pe.area_code', person: 'pe.id' })} ORDER BY v.visited_on DESC, v.id`,
      p.values,
    );
  }

  /** A page of each person's visits, newest first (one statement for all persons). */
  async pages(personIds: readonly string[], page: { first: number; after?: string | null }, reach: Reach): Promise<Connection<VisitRow>[]> {
    const p = new Params();
    return pagesByParent<VisitRow>(this.db, personIds, page.first, page.after, {
      name: 'visitPagesByPersons',
      select: COLUMNS,
      from: 'visits v JOIN persons pe ON pe.id = v.person_id',
      parent: 'v.person_id',
      where: [inReach(reach, p, { area: 'pe.area_code', person: 'pe.id' })],
      params: p,
      order: [
        { expr: 'v.visited_on', cast: 'date' },
        { expr: 'v.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (v) => [v.visitedOn, v.id],
      parentOf: (v) => v.personId,
    });
  }

  async insert(visit: VisitRow): Promise<VisitRow> {
    const [created] = await rows<VisitRow>(
      this.db,
      `/* visitInsert */ INSERT INTO visits AS v (id, person_id, area_code, visited_on, visitor_id, visitor_name, findings, follow_up_needed)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [visit.id, visit.personId, visit.areaCode, visit.visitedOn, visit.visitorId, visit.visitorName, visit.findings, visit.followUpNeeded],
    );
    return created;
  }

  /**
   * Persons within the area whose next visit was due before `today`, most overdue first
   * (earliest due day, then id). Served by persons_visit_due: a prefix range, then due order.
   */
  async overdue(areaCode: string, today: string, first: number, after: string | null | undefined, reach: Reach): Promise<Connection<OverdueRow>> {
    const p = new Params([today]);
    const where = [within('area_code', areaCode, p), inReach(reach, p, { area: 'area_code', person: 'id' }), `next_visit_due IS NOT NULL`, `next_visit_due < $1::date`];
    const [{ n }] = await rows<{ n: number }>(this.db, `/* overdueVisitsCount */ SELECT count(*)::int AS n FROM persons WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(next_visit_due, id) > (${p.param(String(cursor[0]))}::date, ${p.param(String(cursor[1]))}::uuid)`);
    const page = await rows<OverdueRow>(
      this.db,
      `/* overdueVisits */ SELECT id AS "personId", to_char(next_visit_due, 'YYYY-MM-DD') AS "dueOn", ($1::date - next_visit_due)::int AS "daysOverdue",
         to_char(last_visited_on, 'YYYY-MM-DD') AS "lastVisitedOn", visit_rule AS rule
       FROM persons WHERE ${where.join(' AND ')} ORDER BY next_visit_due, id LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (row) => [row.dueOn, row.personId]);
  }

  async rules(): Promise<VisitRuleRow[]> {
    return rows<VisitRuleRow>(this.db, `/* visitRules */ SELECT category, interval_days AS "intervalDays" FROM visit_rules ORDER BY interval_days`);
  }

  async setRule(category: VisitCategory, intervalDays: number): Promise<VisitRuleRow> {
    const [rule] = await rows<VisitRuleRow>(
      this.db,
      `/* visitRuleSet */ UPDATE visit_rules SET interval_days = $2 WHERE category = $1 RETURNING category, interval_days AS "intervalDays"`,
      [category, intervalDays],
    );
    return rule;
  }
}
