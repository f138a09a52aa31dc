import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import type { IncidentStep } from '../domain/incident-steps';

export type ReporterKind = 'GRID_WORKER' | 'BUILDING_CAPTAIN' | 'RESIDENT';

export interface IncidentRow {
  id: string;
  areaCode: string;
  category: string;
  categoryName: string;
  place: string;
  description: string;
  reporterKind: ReporterKind;
  reporterId: string | null;
  reportedOn: string;
  step: IncidentStep;
  departmentCode: string | null;
  dispatchedOn: string | null;
  deadline: string | null;
  handledOn: string | null;
  handling: string | null;
  followedUpOn: string | null;
  followUpNote: string | null;
  closedOn: string | null;
  reopenCount: number;
  disputeCaseId: string | null;
  councilTopicId: string | null;
}

export interface RouteRow {
  category: string;
  name: string;
  departmentCode: string | null;
  timeLimitDays: number;
}

export interface DepartmentRow {
  code: string;
  name: string;
}

export interface EvaluationRow {
  incidentId: string;
  evaluatedOn: string;
  satisfied: boolean;
  score: number;
  comment: string | null;
}

export interface StepRow {
  incidentId: string;
  from: IncidentStep | null;
  to: IncidentStep;
  on: string;
  note: string | null;
}

export interface IncidentFilter {
  areaCode?: string | null;
  step?: IncidentStep | null;
  departmentCode?: string | null;
  overdue?: boolean | null;
}

const d = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;
const COLUMNS = `i.id, i.area_code AS "areaCode", i.category_code AS category, ic.name AS "categoryName", i.place, i.description, i.reporter_kind AS "reporterKind",
  i.reporter_person_id AS "reporterId", ${d('i.reported_on', 'reportedOn')}, i.step, i.department_code AS "departmentCode", ${d('i.dispatched_on', 'dispatchedOn')},
  ${d('i.deadline', 'deadline')}, ${d('i.handled_on', 'handledOn')}, i.handling, ${d('i.followed_up_on', 'followedUpOn')}, i.follow_up_note AS "followUpNote",
  ${d('i.closed_on', 'closedOn')}, i.reopen_count AS "reopenCount", i.dispute_case_id AS "disputeCaseId", i.council_topic_id AS "councilTopicId"`;
const FROM = `grid_incidents i JOIN incident_categories ic ON ic.code = i.category_code`;
/** Late handling, as SQL: handled after the deadline, or still waiting past it. */
const LATE = (today: string) => `(i.deadline IS NOT NULL AND COALESCE(i.handled_on, CASE WHEN i.step = 'DISPATCHED' THEN ${today}::date END) > i.deadline)`;

/** The changes a step writes (named after their columns). */
export interface IncidentChange {
  step: IncidentStep;
  departmentCode?: string;
  dispatchedOn?: string;
  deadline?: string;
  handledOn?: string | null;
  handling?: string | null;
  followedUpOn?: string | null;
  followUpNote?: string | null;
  closedOn?: string;
  reopenCount?: number;
  disputeCaseId?: string;
  councilTopicId?: string;
}

const CHANGE_COLUMNS: Record<Exclude<keyof IncidentChange, 'step'>, string> = {
  departmentCode: 'department_code',
  dispatchedOn: 'dispatched_on',
  deadline: 'deadline',
  handledOn: 'handled_on',
  handling: 'handling',
  followedUpOn: 'followed_up_on',
  followUpNote: 'follow_up_note',
  closedOn: 'closed_on',
  reopenCount: 'reopen_count',
  disputeCaseId: 'dispute_case_id',
  councilTopicId: 'council_topic_id',
};

/** Grid incidents, their steps and evaluations, and the routing table. */
export class IncidentRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[], forUpdate = false): Promise<IncidentRow[]> {
    const p = new Params([ids]);
    return rows<IncidentRow>(
      this.db,
      `/* incidentsByIds */ SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = ANY($1::uuid[]) AND ${within('i.area_code', scope, p)}${forUpdate ? ' FOR UPDATE OF i' : ''}`,
      p.values,
    );
  }

  async list(
    filter: IncidentFilter,
    today: string,
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<IncidentRow>> {
    const p = new Params();
    const where = [within('i.area_code', scope, p)];
    if (filter.areaCode) where.push(within('i.area_code', filter.areaCode, p));
    if (filter.step) where.push(`i.step = ${p.param(filter.step)}`);
    if (filter.departmentCode) where.push(`i.department_code = ${p.param(filter.departmentCode)}`);
    if (filter.overdue === true) where.push(LATE(p.param(today)));
    if (filter.overdue === false) where.push(`NOT ${LATE(p.param(today))}`);
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* incidentsCount */ SELECT count(*)::int AS n FROM grid_incidents i WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(i.reported_on, i.id) < (${p.param(cursor[0])}::date, ${p.param(cursor[1])}::uuid)`);
    const page = await rows<IncidentRow>(
      this.db,
      `/* incidentsList */ SELECT ${COLUMNS} FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY i.reported_on DESC, i.id DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (i) => [i.reportedOn, i.id]);
  }

  async insert(
    i: Pick<IncidentRow, 'id' | 'areaCode' | 'category' | 'place' | 'description' | 'reporterKind' | 'reporterId' | 'reportedOn'>,
  ): Promise<IncidentRow> {
    await rows(
      this.db,
      `/* incidentInsert */ INSERT INTO grid_incidents (id, area_code, category_code, place, description, reporter_kind, reporter_person_id, reported_on, step)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'REPORTED')`,
      [i.id, i.areaCode, i.category, i.place, i.description, i.reporterKind, i.reporterId, i.reportedOn],
    );
    return (await this.byIds([i.id], [i.areaCode]))[0];
  }

  async change(id: string, change: IncidentChange): Promise<IncidentRow> {
    const p = new Params([id, change.step]);
    const sets = ['step = $2'];
    for (const [key, column] of Object.entries(CHANGE_COLUMNS)) {
      const value = change[key as keyof typeof CHANGE_COLUMNS];
      if (value !== undefined) sets.push(`${column} = ${p.param(value)}`);
    }
    const [changed] = await rows<IncidentRow>(
      this.db,
      `/* incidentChange */ UPDATE grid_incidents AS i SET ${sets.join(', ')} FROM incident_categories ic WHERE i.id = $1 AND ic.code = i.category_code RETURNING ${COLUMNS}`,
      p.values,
    );
    return changed;
  }

  async recordStep(incidentId: string, from: IncidentStep | null, to: IncidentStep, on: string, note: string | null, by: string): Promise<void> {
    await rows(
      this.db,
      `/* incidentStepInsert */ INSERT INTO incident_steps (incident_id, from_step, to_step, on_date, note, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [incidentId, from, to, on, note, by],
    );
  }

  async stepsOf(incidentIds: readonly string[]): Promise<StepRow[]> {
    return rows<StepRow>(
      this.db,
      `/* stepsOfIncidents */ SELECT incident_id AS "incidentId", from_step AS "from", to_step AS "to", ${d('on_date', 'on')}, note FROM incident_steps WHERE incident_id = ANY($1::uuid[]) ORDER BY id`,
      [incidentIds],
    );
  }

  /** One handling of an incident, kept with the deadline it was due by: a reopened incident's earlier handlings stay counted. */
  async insertHandling(h: { incidentId: string; areaCode: string; departmentCode: string; handledOn: string; deadline: string }): Promise<void> {
    await rows(
      this.db,
      `/* handlingInsert */ INSERT INTO incident_handlings (incident_id, area_code, department_code, handled_on, deadline) VALUES ($1, $2, $3, $4, $5)`,
      [h.incidentId, h.areaCode, h.departmentCode, h.handledOn, h.deadline],
    );
  }

  async insertEvaluation(e: EvaluationRow & { areaCode: string }): Promise<void> {
    await rows(
      this.db,
      `/* evaluationInsert */ INSERT INTO incident_evaluations (incident_id, area_code, evaluated_on, satisfied, score, comment) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.incidentId, e.areaCode, e.evaluatedOn, e.satisfied, e.score, e.comment],
    );
  }

  async evaluationsOf(incidentIds: readonly string[]): Promise<EvaluationRow[]> {
    return rows<EvaluationRow>(
      this.db,
      `/* evaluationsOfIncidents */ SELECT incident_id AS "incidentId", ${d('evaluated_on', 'evaluatedOn')}, satisfied, score, comment
       FROM incident_evaluations WHERE incident_id = ANY($1::uuid[]) ORDER BY id`,
      [incidentIds],
    );
  }

  async route(category: string): Promise<RouteRow | null> {
    const [found] = await rows<RouteRow>(
      this.db,
      `/* routeOfCategory */ SELECT code AS category, name, department_code AS "departmentCode", time_limit_days AS "timeLimitDays" FROM incident_categories WHERE code = $1`,
      [category],
    );
    return found ?? null;
  }

  async routes(first: number, after: string | null | undefined): Promise<Connection<RouteRow>> {
    const p = new Params();
    const where = ['TRUE'];
    const [{ n }] = await rows<{ n: number }>(this.db, `/* routesCount */ SELECT count(*)::int AS n FROM incident_categories`);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`code > ${p.param(String(cursor[0]))}`);
    const page = await rows<RouteRow>(
      this.db,
      `/* routesList */ SELECT code AS category, name, department_code AS "departmentCode", time_limit_days AS "timeLimitDays"
       FROM incident_categories WHERE ${where.join(' AND ')} ORDER BY code LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (r) => [r.category]);
  }

  async upsertRoute(r: RouteRow): Promise<RouteRow> {
    const [saved] = await rows<RouteRow>(
      this.db,
      `/* routeUpsert */ INSERT INTO incident_categories (code, name, department_code, time_limit_days) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, department_code = EXCLUDED.department_code, time_limit_days = EXCLUDED.time_limit_days
       RETURNING code AS category, name, department_code AS "departmentCode", time_limit_days AS "timeLimitDays"`,
      [r.category, r.name, r.departmentCode, r.timeLimitDays],
    );
    return saved;
  }

  async departmentsByCodes(codes: readonly string[]): Promise<DepartmentRow[]> {
    return rows<DepartmentRow>(this.db, `/* departmentsByCodes */ SELECT code, name FROM departments WHERE code = ANY($1::text[])`, [codes]);
  }
}
