import { within, Params, rows, withinCode } from '@linli/db';
import type { OrganizationCategory, OrganizationStatus, ProjectMeasure } from '@linli/contracts';
import type { Period } from '@linli/domain';
import type { Db } from '@linli/db';

/** An Area as organizations receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

export const CATEGORIES: OrganizationCategory[] = ['PUBLIC_WELFARE', 'LEISURE', 'CULTURE_EDUCATION', 'SPORTS', 'OTHER'];
export const STATUSES: OrganizationStatus[] = ['ACTIVE', 'SUSPENDED', 'DEREGISTERED'];
export const MEASURES: ProjectMeasure[] = ['HOUSEHOLDS_VISITED', 'ACTIVITIES_HELD', 'PERSON_TIMES_SERVED', 'OTHER'];

/**
 * Figures of an area. Counts are of rows and stay far below 2^31; sums of what callers enter
 * (participants, outcomes, minutes) are computed in bigint/numeric and answered as Float, exact
 * to 2^53; sums of money as exact digits for the Fen scalar.
 */
export interface OrganizationFigures {
  code: string;
  organizationCount: number;
  byCategory: { category: OrganizationCategory; organizations: number }[];
  byStatus: { status: OrganizationStatus; organizations: number }[];
  partyBranches: number;
  /** Distinct people with a current membership of an active organization. */
  members: number;
  /** Current memberships of active organizations (a person in two organizations counts twice). */
  memberships: number;
  activities: number;
  participants: number;
  peopleServed: number;
  serviceProjects: number;
  /** Sums of bigint fen as text: exact. */
  serviceProjectBudgetFen: string;
  serviceProjectMeasures: { measure: ProjectMeasure; target: number; achieved: number }[];
  fundsRaisedFen: string;
  donations: number;
  volunteerMinutes: number;
}

interface RawFigures {
  code: string;
  groups: { category: OrganizationCategory; status: OrganizationStatus; n: number }[] | null;
  partyBranches: number;
  members: number;
  memberships: number;
  activities: number;
  participants: number;
  peopleServed: number;
  serviceProjects: number;
  serviceProjectBudgetFen: string;
  measures: { measure: ProjectMeasure; target: number; achieved: number }[] | null;
  fundsRaisedFen: string;
  donations: number;
  volunteerMinutes: number;
}

export class StatisticsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Figures of many areas for one period in one statement; each area counts everything beneath
   * it. Nothing is cast to int: counts and sums stay bigint/numeric until they leave as float8
   * (or text, for money), so no figure a caller can enter makes the statement fail.
   */
  async figuresOf(codes: readonly string[], period: Period, scope: readonly string[]): Promise<OrganizationFigures[]> {
    const p = new Params([codes, period.from, period.to]);
    const scoped = (column: string) => within(column, scope, p);
    const raw = await rows<RawFigures>(
      this.db,
      `/* organizationStatisticsByAreas */ SELECT a.code,
         (SELECT json_agg(json_build_object('category', g.category, 'status', g.status, 'n', g.n)) FROM (
            SELECT o.category, o.status, count(*)::float8 AS n FROM organizations o WHERE ${withinCode('o.area_code')} AND ${scoped('o.area_code')} GROUP BY o.category, o.status
          ) g) AS groups,
         (SELECT count(*)::float8 FROM organizations o WHERE ${withinCode('o.area_code')} AND ${scoped('o.area_code')} AND o.status = 'ACTIVE' AND o.party_branch) AS "partyBranches",
         mem.members, mem.memberships,
         act.activities, act.participants, act."peopleServed",
         pr."serviceProjects", pr."serviceProjectBudgetFen",
         (SELECT json_agg(json_build_object('measure', x.measure, 'target', x.target, 'achieved', x.achieved)) FROM (
            SELECT t.measure, sum(t.target)::float8 AS target,
              COALESCE(sum((SELECT sum(oc.value) FROM project_outcomes oc WHERE oc.target_id = t.id AND oc.reported_on BETWEEN $2::date AND $3::date)), 0)::float8 AS achieved
            FROM project_targets t JOIN service_projects sp ON sp.id = t.project_id
            WHERE ${withinCode('sp.area_code')} AND ${scoped('sp.area_code')} AND sp.status <> 'CANCELLED' AND sp.starts_on <= $3::date AND sp.ends_on >= $2::date
            GROUP BY t.measure
          ) x) AS measures,
         fr."fundsRaisedFen", fr.donations,
         (SELECT COALESCE(sum(h.minutes), 0)::float8 FROM volunteer_hours h JOIN organizations o ON o.id = h.organization_id
            WHERE ${withinCode('o.area_code')} AND ${scoped('o.area_code')} AND h.approved AND NOT h.reversed AND h.served_on BETWEEN $2::date AND $3::date) AS "volunteerMinutes"
       FROM unnest($1::text[]) AS a(code)
       CROSS JOIN LATERAL (
         SELECT count(DISTINCT m.person_id)::float8 AS members, count(*)::float8 AS memberships
         FROM memberships m JOIN organizations o ON o.id = m.organization_id AND o.status = 'ACTIVE'
         WHERE ${withinCode('m.area_code')} AND ${scoped('m.area_code')} AND m.to_on IS NULL
       ) mem
       CROSS JOIN LATERAL (
         SELECT count(*)::float8 AS activities, COALESCE(sum(ac.participants), 0)::float8 AS participants, COALESCE(sum(ac.people_served), 0)::float8 AS "peopleServed"
         FROM activities ac WHERE ${withinCode('ac.area_code')} AND ${scoped('ac.area_code')} AND ac.held_on BETWEEN $2::date AND $3::date
       ) act
       CROSS JOIN LATERAL (
         SELECT count(*)::float8 AS "serviceProjects", COALESCE(sum(sp.budget_fen), 0)::text AS "serviceProjectBudgetFen"
         FROM service_projects sp
         WHERE ${withinCode('sp.area_code')} AND ${scoped('sp.area_code')} AND sp.status <> 'CANCELLED' AND sp.starts_on <= $3::date AND sp.ends_on >= $2::date
       ) pr
       CROSS JOIN LATERAL (
         SELECT COALESCE(sum(d.amount_fen), 0)::text AS "fundsRaisedFen", count(*)::float8 AS donations
         FROM donations d WHERE ${withinCode('d.area_code')} AND ${scoped('d.area_code')} AND d.donated_on BETWEEN $2::date AND $3::date
       ) fr`,
      p.values,
    );
    return raw.map(shape);
  }
}

export type TrendStep = 'MONTH' | 'QUARTER' | 'YEAR';

/** The flows of one step of a trend for one area. */
export interface PeriodFigures {
  code: string;
  label: string;
  from: string;
  to: string;
  activities: number;
  participants: number;
  peopleServed: number;
  outcomesAchieved: number;
  donations: number;
  /** bigint sum as text: exact. */
  fundsRaisedFen: string;
  volunteerMinutes: number;
}

const STEP_LABEL: Record<TrendStep, string> = { MONTH: 'YYYY-MM', QUARTER: 'YYYY"Q"Q', YEAR: 'YYYY' };
const STEP_INTERVAL: Record<TrendStep, string> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };
const STEP_TRUNC: Record<TrendStep, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

/** Trends: the period-bound figures step by step. */
export class TrendRepository {
  constructor(private readonly db: Db) {}

  /**
   * Every step of a range for many areas in one statement, oldest first per area: the steps
   * come from generate_series and each flow is counted per (area, step) in bigint/numeric.
   */
  async trendOf(codes: readonly string[], period: Period, step: TrendStep, scope: readonly string[]): Promise<PeriodFigures[]> {
    const p = new Params([codes, period.from, period.to, STEP_TRUNC[step], STEP_INTERVAL[step], STEP_LABEL[step]]);
    const scoped = (column: string) => within(column, scope, p);
    const inStep = (column: string) => `${column} BETWEEN s.first AND s.last`;
    return rows<PeriodFigures>(
      this.db,
      `/* organizationTrendByAreas */ WITH steps AS (
         SELECT GREATEST(t::date, $2::date) AS first, LEAST((t + $5::interval - interval '1 day')::date, $3::date) AS last, to_char(t, $6) AS label
         FROM generate_series(date_trunc($4, $2::date), date_trunc($4, $3::date), $5::interval) AS t
       )
       SELECT a.code, s.label, to_char(s.first, 'YYYY-MM-DD') AS "from", to_char(s.last, 'YYYY-MM-DD') AS "to",
         act.activities, act.participants, act."peopleServed",
         (SELECT COALESCE(sum(oc.value), 0)::float8 FROM project_outcomes oc JOIN service_projects sp ON sp.id = oc.project_id AND sp.status <> 'CANCELLED'
            WHERE ${withinCode('oc.area_code')} AND ${scoped('oc.area_code')} AND ${inStep('oc.reported_on')}) AS "outcomesAchieved",
         fr.donations, fr."fundsRaisedFen",
         (SELECT COALESCE(sum(h.minutes), 0)::float8 FROM volunteer_hours h JOIN organizations o ON o.id = h.organization_id
            WHERE ${withinCode('o.area_code')} AND ${scoped('o.area_code')} AND h.approved AND NOT h.reversed AND ${inStep('h.served_on')}) AS "volunteerMinutes"
       FROM unnest($1::text[]) AS a(code) CROSS JOIN steps s
       CROSS JOIN LATERAL (
         SELECT count(*)::float8 AS activities, COALESCE(sum(ac.participants), 0)::float8 AS participants, COALESCE(sum(ac.people_served), 0)::float8 AS "peopleServed"
         FROM activities ac WHERE ${withinCode('ac.area_code')} AND ${scoped('ac.area_code')} AND ${inStep('ac.held_on')}
       ) act
       CROSS JOIN LATERAL (
         SELECT count(*)::float8 AS donations, COALESCE(sum(d.amount_fen), 0)::text AS "fundsRaisedFen"
         FROM donations d WHERE ${withinCode('d.area_code')} AND ${scoped('d.area_code')} AND ${inStep('d.donated_on')}
       ) fr
       ORDER BY a.code, s.first`,
      p.values,
    );
  }
}

/** Every category, status and measure appears, with zeros, so dashboards need no special cases. */
function shape(r: RawFigures): OrganizationFigures {
  const groups = r.groups ?? [];
  const count = (keep: (g: (typeof groups)[number]) => boolean) => groups.filter(keep).reduce((n, g) => n + g.n, 0);
  const measures = new Map((r.measures ?? []).map((m) => [m.measure, m]));
  return {
    code: r.code,
    organizationCount: count(() => true),
    byCategory: CATEGORIES.map((category) => ({ category, organizations: count((g) => g.category === category && g.status === 'ACTIVE') })),
    byStatus: STATUSES.map((status) => ({ status, organizations: count((g) => g.status === status) })),
    partyBranches: r.partyBranches,
    members: r.members,
    memberships: r.memberships,
    activities: r.activities,
    participants: r.participants,
    peopleServed: r.peopleServed,
    serviceProjects: r.serviceProjects,
    serviceProjectBudgetFen: r.serviceProjectBudgetFen,
    serviceProjectMeasures: MEASURES.map((measure) => ({
      measure,
      target: measures.get(measure)?.target ?? 0,
      achieved: measures.get(measure)?.achieved ?? 0,
    })),
    fundsRaisedFen: r.fundsRaisedFen,
    donations: r.donations,
    volunteerMinutes: r.volunteerMinutes,
  };
}
