import { within, Params, rows, type EntityManager, withinCode } from '@linli/db';
import type { Period } from '@linli/domain';
import { DISPUTE_STATUSES } from '../domain/case-life-cycle';
import { INCIDENT_STEPS } from '../domain/incident-steps';
import type { DisputeType } from './case-repository';

/** An Area as mediation receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

export const DISPUTE_TYPES: readonly DisputeType[] = ['NEIGHBOUR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOUR', 'OTHER'];
export const OUTCOMES = ['FULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN'] as const satisfies readonly (typeof DISPUTE_STATUSES)[number][];

export interface DepartmentFigures {
  departmentCode: string;
  departmentName: string;
  dispatched: number;
  handled: number;
  handledOnTime: number;
  overdue: number;
}

/** Raw figures of one area: counts unsuppressed (the resolver suppresses for statistics-only callers). */
export interface MediationFigures {
  code: string;
  casesOpened: number;
  casesByType: Record<DisputeType, number>;
  casesClosed: number;
  casesByOutcome: Record<(typeof OUTCOMES)[number], number>;
  casesFulfilled: number;
  averageDaysToClose: number | null;
  overdueCases: number;
  incidentsReported: number;
  incidentsByStep: Record<(typeof INCIDENT_STEPS)[number], number>;
  incidentsByDepartment: DepartmentFigures[];
  incidentsHandled: number;
  incidentsHandledOnTime: number;
  evaluations: number;
  satisfiedEvaluations: number;
  averageScore: number | null;
  councilMeetings: number;
  topicsRaised: number;
  topicsResolved: number;
  topicsImplemented: number;
}

export interface MonthFigures {
  code: string;
  month: string;
  casesOpened: number;
  casesClosed: number;
  casesFulfilled: number;
  incidentsReported: number;
  incidentsClosed: number;
  councilMeetings: number;
  topicsRaised: number;
}

const ident = (value: string) => value.toLowerCase();

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Every figure of Area.mediation for many areas in ONE statement: one lateral aggregate per
   * table, each a single pass over the area's rows (counts by type, outcome and step are FILTER
   * columns of the same pass).
   */
  async figuresOf(codes: readonly string[], period: Period, today: string, scope: readonly string[]): Promise<MediationFigures[]> {
    const p = new Params([codes, period.from, period.to, today]);
    const typeColumns = DISPUTE_TYPES.map((t) => `count(*) FILTER (WHERE d.opened_on BETWEEN $2 AND $3 AND d.type = '${t}')::int AS type_${ident(t)}`).join(',\n         ');
    const outcomeColumns = OUTCOMES.map((o) => `count(*) FILTER (WHERE d.closed_on BETWEEN $2 AND $3 AND d.status = '${o}')::int AS outcome_${ident(o)}`).join(',\n         ');
    const stepColumns = INCIDENT_STEPS.map((s) => `count(*) FILTER (WHERE i.reported_on BETWEEN $2 AND $3 AND i.step = '${s}')::int AS step_${ident(s)}`).join(',\n         ');
    const found = await rows<Record<string, unknown>>(
      this.db,
      `/* mediationByAreas */ SELECT a.code, c.*, i.*, dep.departments, e.*, m.*, t.*
       FROM unnest($1::text[]) AS a(code)
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE d.opened_on BETWEEN $2 AND $3)::int AS cases_opened,
         ${typeColumns},
         count(*) FILTER (WHERE d.closed_on BETWEEN $2 AND $3)::int AS cases_closed,
         ${outcomeColumns},
         avg(d.closed_on - d.opened_on) FILTER (WHERE d.closed_on BETWEEN $2 AND $3)::float8 AS average_days_to_close,
         count(*) FILTER (WHERE (d.closed_on IS NULL OR d.closed_on > $3) AND d.due_on < LEAST($3::date, $4::date))::int AS overdue_cases
         FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND d.opened_on <= $3 AND ${within('d.area_code', scope, p)}
       ) c
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE i.reported_on BETWEEN $2 AND $3)::int AS incidents_reported,
         ${stepColumns},
         count(*) FILTER (WHERE i.handled_on BETWEEN $2 AND $3)::int AS incidents_handled,
         count(*) FILTER (WHERE i.handled_on BETWEEN $2 AND $3 AND i.handled_on <= i.deadline)::int AS incidents_handled_on_time
         FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND i.reported_on <= $3 AND ${within('i.area_code', scope, p)}
       ) i
       CROSS JOIN LATERAL (
         SELECT coalesce(json_agg(x ORDER BY x.dispatched DESC, x."departmentCode"), '[]'::json) AS departments FROM (
           SELECT i.department_code AS "departmentCode", dp.name AS "departmentName",
             count(*) FILTER (WHERE i.dispatched_on BETWEEN $2 AND $3)::int AS dispatched,
             count(*) FILTER (WHERE i.handled_on BETWEEN $2 AND $3)::int AS handled,
             count(*) FILTER (WHERE i.handled_on BETWEEN $2 AND $3 AND i.handled_on <= i.deadline)::int AS "handledOnTime",
             count(*) FILTER (WHERE (i.handled_on BETWEEN $2 AND $3 AND i.handled_on > i.deadline)
                                 OR ((i.handled_on IS NULL OR i.handled_on > $3) AND i.deadline < LEAST($3::date, $4::date)))::int AS overdue
           FROM grid_incidents i JOIN departments dp ON dp.code = i.department_code
           WHERE ${withinCode('i.area_code')} AND i.dispatched_on <= $3 AND ${within('i.area_code', scope, p)}
           GROUP BY i.department_code, dp.name
         ) x WHERE x.dispatched + x.handled + x.overdue > 0
       ) dep
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS evaluations, count(*) FILTER (WHERE ev.satisfied)::int AS satisfied_evaluations, avg(ev.score)::float8 AS average_score
         FROM incident_evaluations ev WHERE ${withinCode('ev.area_code')} AND ev.evaluated_on BETWEEN $2 AND $3 AND ${within('ev.area_code', scope, p)}
       ) e
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS council_meetings FROM council_meetings cm
         WHERE ${withinCode('cm.area_code')} AND cm.held_on BETWEEN $2 AND $3 AND ${within('cm.area_code', scope, p)}
       ) m
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE ct.raised_on BETWEEN $2 AND $3)::int AS topics_raised,
                count(*) FILTER (WHERE ct.resolved_on BETWEEN $2 AND $3)::int AS topics_resolved,
                count(*) FILTER (WHERE ct.implemented_on BETWEEN $2 AND $3)::int AS topics_implemented
         FROM council_topics ct WHERE ${withinCode('ct.area_code')} AND ct.raised_on <= $3 AND ${within('ct.area_code', scope, p)}
       ) t`,
      p.values,
    );
    return found.map((r) => ({
      code: r.code as string,
      casesOpened: r.cases_opened as number,
      casesByType: Object.fromEntries(DISPUTE_TYPES.map((t) => [t, r[`type_${ident(t)}`] as number])) as MediationFigures['casesByType'],
      casesClosed: r.cases_closed as number,
      casesByOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, r[`outcome_${ident(o)}`] as number])) as MediationFigures['casesByOutcome'],
      casesFulfilled: r.outcome_fulfilled as number,
      averageDaysToClose: r.average_days_to_close as number | null,
      overdueCases: r.overdue_cases as number,
      incidentsReported: r.incidents_reported as number,
      incidentsByStep: Object.fromEntries(INCIDENT_STEPS.map((s) => [s, r[`step_${ident(s)}`] as number])) as MediationFigures['incidentsByStep'],
      incidentsByDepartment: r.departments as DepartmentFigures[],
      incidentsHandled: r.incidents_handled as number,
      incidentsHandledOnTime: r.incidents_handled_on_time as number,
      evaluations: r.evaluations as number,
      satisfiedEvaluations: r.satisfied_evaluations as number,
      averageScore: r.average_score as number | null,
      councilMeetings: r.council_meetings as number,
      topicsRaised: r.topics_raised as number,
      topicsResolved: r.topics_resolved as number,
      topicsImplemented: r.topics_implemented as number,
    }));
  }

  /** Month-by-month figures of many areas over one period, in ONE statement; months clipped to the period. */
  async trendOf(codes: readonly string[], period: Period, scope: readonly string[]): Promise<MonthFigures[]> {
    const p = new Params([codes, period.from, period.to]);
    const inMonth = (column: string) => `${column} BETWEEN mo.first AND mo.last`;
    return rows<MonthFigures>(
      this.db,
      `/* mediationTrendByAreas */ WITH months AS (
         SELECT GREATEST(m::date, $2::date) AS first, LEAST((m + interval '1 month' - interval '1 day')::date, $3::date) AS last, to_char(m, 'YYYY-MM') AS month
         FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') AS m
       )
       SELECT a.code, mo.month,
         (SELECT count(*)::int FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)} AND ${inMonth('d.opened_on')}) AS "casesOpened",
         (SELECT count(*)::int FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)} AND ${inMonth('d.closed_on')}) AS "casesClosed",
         (SELECT count(*)::int FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)}
            AND ${inMonth('d.closed_on')} AND d.status = 'FULFILLED') AS "casesFulfilled",
         (SELECT count(*)::int FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND ${within('i.area_code', scope, p)} AND ${inMonth('i.reported_on')}) AS "incidentsReported",
         (SELECT count(*)::int FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND ${within('i.area_code', scope, p)} AND ${inMonth('i.closed_on')}) AS "incidentsClosed",
         (SELECT count(*)::int FROM council_meetings cm WHERE ${withinCode('cm.area_code')} AND ${within('cm.area_code', scope, p)} AND ${inMonth('cm.held_on')}) AS "councilMeetings",
         (SELECT count(*)::int FROM council_topics ct WHERE ${withinCode('ct.area_code')} AND ${within('ct.area_code', scope, p)} AND ${inMonth('ct.raised_on')}) AS "topicsRaised"
       FROM unnest($1::text[]) AS a(code) CROSS JOIN months mo
       ORDER BY a.code, mo.month`,
      p.values,
    );
  }
}
