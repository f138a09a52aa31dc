import { within, Params, rows, type EntityManager, withinCode } from '@linli/db';
import type { Period } from '@linli/domain';
import { DISPUTE_STATUSES } from '../domain/case-life-cycle';
import { INCIDENT_STEPS } from '../domain/incident-steps';
import type { DisputeType } from './case-repository';

/** An Area as mediation receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

export const DISPUTE_TYPES: readonly DisputeType[] = ['NEIGHBOR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOR', 'OTHER'];
export const OUTCOMES = ['FULFILLED', 'UNFULFILLED', 'FAILED', 'REFERRED', 'WITHDRAWN'] as const satisfies readonly (typeof DISPUTE_STATUSES)[number][];

export interface DepartmentFigures {
  departmentCode: string;
  departmentName: string;
  dispatched: number;
  handled: number;
  handledOnTime: number;
  overdue: number;
}

/** How long each period of a statistics series is (SeriesInterval in the schema). */
export type SeriesInterval = 'MONTH' | 'QUARTER' | 'YEAR';

/** A range, taken whole or cut into calendar periods. */
export interface Series {
  from: string;
  to: string;
  every?: SeriesInterval | null;
}

/** Each interval as SQL: the date_trunc unit, the step between periods and the label's format (2026-07, 2026Q3, 2026). */
const INTERVALS: Record<SeriesInterval, { trunc: string; step: string; label: string }> = {
  MONTH: { trunc: 'month', step: '1 month', label: 'YYYY-MM' },
  QUARTER: { trunc: 'quarter', step: '3 months', label: 'YYYY"Q"Q' },
  YEAR: { trunc: 'year', step: '1 year', label: 'YYYY' },
};

/** Raw figures of one area over one period: counts unsuppressed (the resolver suppresses for statistics-only callers). */
export interface MediationFigures {
  code: string;
  /** The period's label in a series (null for a whole range), and its first and last day. */
  label: string | null;
  from: string;
  to: string;
  casesOpened: number;
  casesByType: Record<DisputeType, number>;
  casesClosed: number;
  casesByOutcome: Record<(typeof OUTCOMES)[number], number>;
  casesFulfilled: number;
  averageDaysToClose: number | null;
  /** Days from intake to closing, summed over the cases closed in the period. */
  totalDaysToClose: number;
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

export type CellKind = 'opened' | 'closed' | 'overdue';

/** One cell: dispute cases of one kind (and type or outcome) in one community and month (no month for overdue). */
export interface Cell {
  community: string;
  month: string | null;
  kind: CellKind;
  key: string | null;
  count: number;
}

/** The disclosure cells beneath one area. */
export interface AreaCells {
  code: string;
  cells: Cell[];
}

/** The figures of one area for each period of a series, oldest first. */
export interface AreaSeries {
  code: string;
  points: MediationFigures[];
}

/** A month's figures of one area, oldest month first. */
export interface AreaTrend {
  code: string;
  months: MonthFigures[];
}

const ident = (value: string) => value.toLowerCase();
/** Counts are bigint in SQL (no figure can overflow); node-postgres hands them over as text. */
const num = (value: unknown): number => Number(value ?? 0);

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Every figure of Area.mediation for many areas and one period, or a series of periods
   * (Area.mediationSeries), in ONE statement: the periods are a small table crossed with the
   * areas, and each (area, period) gets one lateral aggregate per table, each a single pass over
   * the area's rows (counts by type, outcome and step are FILTER columns of the same pass).
   * Rows come ordered by area, then period.
   */
  async figuresOf(codes: readonly string[], series: Series, today: string, scope: readonly string[]): Promise<MediationFigures[]> {
    const p = new Params([codes, series.from, series.to, today]);
    const typeColumns = DISPUTE_TYPES.map((t) => `count(*) FILTER (WHERE d.opened_on BETWEEN pe.first AND pe.last AND d.type = '${t}') AS type_${ident(t)}`).join(
      ',\n         ',
    );
    const outcomeColumns = OUTCOMES.map(
      (o) => `count(*) FILTER (WHERE d.closed_on BETWEEN pe.first AND pe.last AND d.status = '${o}') AS outcome_${ident(o)}`,
    ).join(',\n         ');
    const stepColumns = INCIDENT_STEPS.map((st) => `count(*) FILTER (WHERE i.reported_on BETWEEN pe.first AND pe.last AND i.step = '${st}') AS step_${ident(st)}`).join(
      ',\n         ',
    );
    const unit = series.every ? INTERVALS[series.every] : null;
    // the periods: the whole range, or its calendar months, quarters or years clipped to it
    const periods = unit
      ? `SELECT GREATEST(s::date, $2::date) AS first, LEAST((s + interval '${unit.step}' - interval '1 day')::date, $3::date) AS last, to_char(s, '${unit.label}') AS label
         FROM generate_series(date_trunc('${unit.trunc}', $2::date), date_trunc('${unit.trunc}', $3::date), interval '${unit.step}') AS s`
      : `SELECT $2::date AS first, $3::date AS last, NULL::text AS label`;
    const found = await rows<Record<string, unknown>>(
      this.db,
      `/* mediationByAreas */ WITH pe AS (${periods})
       SELECT a.code, pe.label, to_char(pe.first, 'YYYY-MM-DD') AS period_from, to_char(pe.last, 'YYYY-MM-DD') AS period_to,
         c.*, i.*, ih.*, dep.departments, e.*, m.*, t.*
       FROM unnest($1::text[]) AS a(code) CROSS JOIN pe
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE d.opened_on BETWEEN pe.first AND pe.last) AS cases_opened,
         ${typeColumns},
         count(*) FILTER (WHERE d.closed_on BETWEEN pe.first AND pe.last) AS cases_closed,
         ${outcomeColumns},
         avg(d.closed_on - d.opened_on) FILTER (WHERE d.closed_on BETWEEN pe.first AND pe.last)::float8 AS average_days_to_close,
         coalesce(sum(d.closed_on - d.opened_on) FILTER (WHERE d.closed_on BETWEEN pe.first AND pe.last), 0) AS total_days_to_close,
         count(*) FILTER (WHERE (d.closed_on IS NULL OR d.closed_on > pe.last) AND d.due_on < LEAST(pe.last, $4::date)) AS overdue_cases
         FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND d.opened_on <= pe.last AND ${within('d.area_code', scope, p)}
       ) c
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE i.reported_on BETWEEN pe.first AND pe.last) AS incidents_reported,
         ${stepColumns}
         FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND i.reported_on <= pe.last AND ${within('i.area_code', scope, p)}
       ) i
       CROSS JOIN LATERAL (
         -- every handling counts, a reopened incident's earlier ones too, each against the deadline it had
         SELECT count(*) AS incidents_handled, count(*) FILTER (WHERE h.handled_on <= h.deadline) AS incidents_handled_on_time
         FROM incident_handlings h WHERE ${withinCode('h.area_code')} AND h.handled_on BETWEEN pe.first AND pe.last AND ${within('h.area_code', scope, p)}
       ) ih
       CROSS JOIN LATERAL (
         SELECT coalesce(json_agg(x ORDER BY x.dispatched DESC, x."departmentCode"), '[]'::json) AS departments FROM (
           SELECT w.code AS "departmentCode", dp.name AS "departmentName", sum(w.dispatched) AS dispatched, sum(w.handled) AS handled,
             sum(w.on_time) AS "handledOnTime", sum(w.overdue) AS overdue
           FROM (
             -- dispatches in the period, and incidents still waiting past their deadline at its end
             SELECT i.department_code AS code, (i.dispatched_on BETWEEN pe.first AND pe.last)::int AS dispatched, 0 AS handled, 0 AS on_time,
               ((i.handled_on IS NULL OR i.handled_on > pe.last) AND i.deadline < LEAST(pe.last, $4::date))::int AS overdue
             FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND i.dispatched_on <= pe.last AND ${within('i.area_code', scope, p)}
             UNION ALL
             -- handlings in the period: on time, or late (late handling counts against the department)
             SELECT h.department_code, 0, 1, (h.handled_on <= h.deadline)::int, (h.handled_on > h.deadline)::int
             FROM incident_handlings h WHERE ${withinCode('h.area_code')} AND h.handled_on BETWEEN pe.first AND pe.last AND ${within('h.area_code', scope, p)}
           ) w JOIN departments dp ON dp.code = w.code
           GROUP BY w.code, dp.name
           HAVING sum(w.dispatched) + sum(w.handled) + sum(w.overdue) > 0
         ) x
       ) dep
       CROSS JOIN LATERAL (
         SELECT count(*) AS evaluations, count(*) FILTER (WHERE ev.satisfied) AS satisfied_evaluations, avg(ev.score)::float8 AS average_score
         FROM incident_evaluations ev WHERE ${withinCode('ev.area_code')} AND ev.evaluated_on BETWEEN pe.first AND pe.last AND ${within('ev.area_code', scope, p)}
       ) e
       CROSS JOIN LATERAL (
         SELECT count(*) AS council_meetings FROM council_meetings cm
         WHERE ${withinCode('cm.area_code')} AND cm.held_on BETWEEN pe.first AND pe.last AND ${within('cm.area_code', scope, p)}
       ) m
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE ct.raised_on BETWEEN pe.first AND pe.last) AS topics_raised,
                count(*) FILTER (WHERE ct.resolved_on BETWEEN pe.first AND pe.last) AS topics_resolved,
                count(*) FILTER (WHERE ct.implemented_on BETWEEN pe.first AND pe.last) AS topics_implemented
         FROM council_topics ct WHERE ${withinCode('ct.area_code')} AND ct.raised_on <= pe.last AND ${within('ct.area_code', scope, p)}
       ) t
       ORDER BY a.code, pe.first`,
      p.values,
    );
    return found.map((r) => ({
      code: r.code as string,
      label: r.label as string | null,
      from: r.period_from as string,
      to: r.period_to as string,
      casesOpened: num(r.cases_opened),
      casesByType: Object.fromEntries(DISPUTE_TYPES.map((t) => [t, num(r[`type_${ident(t)}`])])) as MediationFigures['casesByType'],
      casesClosed: num(r.cases_closed),
      casesByOutcome: Object.fromEntries(OUTCOMES.map((o) => [o, num(r[`outcome_${ident(o)}`])])) as MediationFigures['casesByOutcome'],
      casesFulfilled: num(r.outcome_fulfilled),
      averageDaysToClose: r.average_days_to_close as number | null,
      totalDaysToClose: num(r.total_days_to_close),
      overdueCases: num(r.overdue_cases),
      incidentsReported: num(r.incidents_reported),
      incidentsByStep: Object.fromEntries(INCIDENT_STEPS.map((s) => [s, num(r[`step_${ident(s)}`])])) as MediationFigures['incidentsByStep'],
      incidentsByDepartment: (r.departments as Record<string, unknown>[]).map((d) => ({
        departmentCode: d.departmentCode as string,
        departmentName: d.departmentName as string,
        dispatched: num(d.dispatched),
        handled: num(d.handled),
        handledOnTime: num(d.handledOnTime),
        overdue: num(d.overdue),
      })),
      incidentsHandled: num(r.incidents_handled),
      incidentsHandledOnTime: num(r.incidents_handled_on_time),
      evaluations: num(r.evaluations),
      satisfiedEvaluations: num(r.satisfied_evaluations),
      averageScore: r.average_score as number | null,
      councilMeetings: num(r.council_meetings),
      topicsRaised: num(r.topics_raised),
      topicsResolved: num(r.topics_resolved),
      topicsImplemented: num(r.topics_implemented),
    }));
  }

  /**
   * The cells of the disclosure rule for statistics-only callers: dispute cases opened (by type)
   * and closed (by outcome) per community and calendar month, and cases overdue at the period's
   * end per community, for many areas in ONE statement. Every published figure is the sum of
   * its published cells (`sensitiveSum`).
   */
  async cellsOf(codes: readonly string[], period: Period, today: string, scope: readonly string[]): Promise<AreaCells[]> {
    const p = new Params([codes, period.from, period.to, today]);
    const found = await rows<{ code: string; community: string; month: string | null; kind: CellKind; key: string | null; n: string }>(
      this.db,
      `/* mediationCellsByAreas */ SELECT a.code, x.community, x.month, x.kind, x.key, count(*) AS n
       FROM unnest($1::text[]) AS a(code)
       CROSS JOIN LATERAL (
         SELECT substr(d.area_code, 1, 12) AS community, to_char(d.opened_on, 'YYYY-MM') AS month, 'opened' AS kind, d.type AS key
         FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND d.opened_on BETWEEN $2 AND $3 AND ${within('d.area_code', scope, p)}
         UNION ALL
         SELECT substr(d.area_code, 1, 12), to_char(d.closed_on, 'YYYY-MM'), 'closed', d.status
         FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND d.closed_on BETWEEN $2 AND $3 AND ${within('d.area_code', scope, p)}
         UNION ALL
         SELECT substr(d.area_code, 1, 12), NULL, 'overdue', NULL
         FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND d.opened_on <= $3 AND (d.closed_on IS NULL OR d.closed_on > $3)
           AND d.due_on < LEAST($3::date, $4::date) AND ${within('d.area_code', scope, p)}
       ) x
       GROUP BY a.code, x.community, x.month, x.kind, x.key`,
      p.values,
    );
    const byArea = new Map<string, Cell[]>(codes.map((code) => [code, []]));
    for (const r of found) byArea.get(r.code)?.push({ community: r.community, month: r.month, kind: r.kind, key: r.key, count: num(r.n) });
    return [...byArea].map(([code, cells]) => ({ code, cells }));
  }

  /** Month-by-month figures of many areas over one period, in ONE statement; months clipped to the period. */
  async trendOf(codes: readonly string[], period: Period, scope: readonly string[]): Promise<AreaTrend[]> {
    const p = new Params([codes, period.from, period.to]);
    const inMonth = (column: string) => `${column} BETWEEN mo.first AND mo.last`;
    const found = await rows<Record<string, unknown>>(
      this.db,
      `/* mediationTrendByAreas */ WITH months AS (
         SELECT GREATEST(m::date, $2::date) AS first, LEAST((m + interval '1 month' - interval '1 day')::date, $3::date) AS last, to_char(m, 'YYYY-MM') AS month
         FROM generate_series(date_trunc('month', $2::date), date_trunc('month', $3::date), interval '1 month') AS m
       )
       SELECT a.code, mo.month,
         (SELECT count(*) FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)} AND ${inMonth('d.opened_on')}) AS "casesOpened",
         (SELECT count(*) FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)} AND ${inMonth('d.closed_on')}) AS "casesClosed",
         (SELECT count(*) FROM dispute_cases d WHERE ${withinCode('d.area_code')} AND ${within('d.area_code', scope, p)}
            AND ${inMonth('d.closed_on')} AND d.status = 'FULFILLED') AS "casesFulfilled",
         (SELECT count(*) FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND ${within('i.area_code', scope, p)} AND ${inMonth('i.reported_on')}) AS "incidentsReported",
         (SELECT count(*) FROM grid_incidents i WHERE ${withinCode('i.area_code')} AND ${within('i.area_code', scope, p)} AND ${inMonth('i.closed_on')}) AS "incidentsClosed",
         (SELECT count(*) FROM council_meetings cm WHERE ${withinCode('cm.area_code')} AND ${within('cm.area_code', scope, p)} AND ${inMonth('cm.held_on')}) AS "councilMeetings",
         (SELECT count(*) FROM council_topics ct WHERE ${withinCode('ct.area_code')} AND ${within('ct.area_code', scope, p)} AND ${inMonth('ct.raised_on')}) AS "topicsRaised"
       FROM unnest($1::text[]) AS a(code) CROSS JOIN months mo
       ORDER BY a.code, mo.month`,
      p.values,
    );
    const trends = new Map<string, MonthFigures[]>(codes.map((code) => [code, []]));
    for (const r of found)
      trends.get(r.code as string)?.push({
        code: r.code as string,
        month: r.month as string,
        casesOpened: num(r.casesOpened),
        casesClosed: num(r.casesClosed),
        casesFulfilled: num(r.casesFulfilled),
        incidentsReported: num(r.incidentsReported),
        incidentsClosed: num(r.incidentsClosed),
        councilMeetings: num(r.councilMeetings),
        topicsRaised: num(r.topicsRaised),
      });
    return [...trends].map(([code, months]) => ({ code, months }));
  }
}
