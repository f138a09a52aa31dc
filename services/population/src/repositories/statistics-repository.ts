import { within, Params, rows, type EntityManager, withinCode } from '@linli/db';
import type { KeyGroupKind } from './person-repository';

/** An Area as population receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

/** Raw figures of one area; key-group counts are suppressed later, depending on who asks. */
export interface PopulationFigures {
  code: string;
  residents: number;
  migrants: number;
  locals: number;
  keyGroupMembers: number;
  keyGroups: { kind: KeyGroupKind; count: number }[];
  visitsDone: number;
  visitsOverdue: number;
  permitsValid: number;
  permitsExpiring: number;
  newRegistrations: number;
  departures: number;
}

export interface StatisticsPeriod {
  from: string;
  to: string;
  /** The day "overdue", "valid" and "expiring" are counted on. */
  today: string;
}

const KEY_GROUP_KINDS: readonly KeyGroupKind[] = ['ELDERLY_ALONE', 'DISABLED', 'LOW_INCOME', 'LEFT_BEHIND_CHILD', 'COMMUNITY_CORRECTION', 'OTHER'];

/** Days ahead within which a valid permit counts as expiring. */
export const PERMIT_EXPIRING_DAYS = 30;

/** The flows of one period of a series. */
export interface PeriodFigures {
  /** 2026-07, 2026Q3 or 2026. */
  label: string;
  from: string;
  to: string;
  visitsDone: number;
  newRegistrations: number;
  departures: number;
}

/** An area's series: every period of the range, oldest first. */
export interface SeriesFigures {
  code: string;
  periods: PeriodFigures[];
}

export type SeriesInterval = 'MONTH' | 'QUARTER' | 'YEAR';

/** The length of each period as a PostgreSQL interval. */
const STEP: Record<SeriesInterval, string> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };

/** The to_char pattern of a period's label. */
const LABEL: Record<SeriesInterval, string> = { MONTH: 'YYYY-MM', QUARTER: 'YYYY"Q"Q', YEAR: 'YYYY' };

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Figures for many areas in one statement, summed from the per-grid roll-ups (migration
   * StatisticsRollups1700000000230), which triggers keep in the same transaction as every
   * change of persons, visits and residences. Each roll-up is summed in its own lateral
   * subquery (no join fan-out), limited to the area's prefix range and the caller's scope;
   * each is an index-only range scan over a few rows per grid, so a district costs about
   * what a community does. A roll-up row belongs to exactly one area code (a grid), so
   * filtering its rows by area and scope counts exactly what filtering the base rows did.
   *
   * Person figures (residents, migrants, locals, overdue visits, key groups, valid permits)
   * count residents: persons living in the area now (`persons.residing`: a current residence
   * there, or registered there with no residence history). Someone whose residence ended
   * without a new one counts nowhere; someone who moved within the district counts once, in
   * the new area. Key groups and permits come from the person's derived columns
   * (`key_groups`, `permit_expires_on`, see REFRESH_DERIVED_SQL). Visits, arrivals and
   * departures count the events in the period in the area they happened in.
   */
  async populationOf(codes: readonly string[], period: StatisticsPeriod, scope: readonly string[]): Promise<PopulationFigures[]> {
    const p = new Params([codes, period.from, period.to, period.today, PERMIT_EXPIRING_DAYS]);
    const inScope = (column: string) => within(column, scope, p);
    // summed as bigint, so no figure can overflow in SQL; each is a count of persons or of events
    // of persons, far below 2^31 for any district, and answered as a number
    const found = await rows<Record<string, unknown> & { code: string; keyGroups: { kind: KeyGroupKind; count: number | string }[] }>(
      this.db,
      `/* populationByAreas */ SELECT a.code, pe.*, kg.*, due.*, pm.*, d.*
       FROM (SELECT DISTINCT code FROM unnest($1::text[]) AS u(code)) a
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(s.persons), 0)::bigint AS residents,
                coalesce(sum(s.persons) FILTER (WHERE s.household_type = 'MIGRANT'), 0)::bigint AS migrants,
                coalesce(sum(s.persons) FILTER (WHERE s.household_type = 'LOCAL'), 0)::bigint AS locals,
                coalesce(sum(s.key_group_members), 0)::bigint AS "keyGroupMembers"
         FROM stats_residents s WHERE ${withinCode('s.area_code')} AND ${inScope('s.area_code')}) pe
       CROSS JOIN LATERAL (
         SELECT json_build_array(${KEY_GROUP_KINDS.map((kind) => `json_build_object('kind', '${kind}', 'count', coalesce(sum(k.persons) FILTER (WHERE k.kind = '${kind}'), 0)::bigint)`).join(', ')}) AS "keyGroups"
         FROM stats_key_groups k WHERE ${withinCode('k.area_code')} AND ${inScope('k.area_code')}) kg
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(v.persons), 0)::bigint AS "visitsOverdue"
         FROM stats_visit_due v WHERE ${withinCode('v.area_code')} AND v.due_on < $4::date AND ${inScope('v.area_code')}) due
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(e.persons), 0)::bigint AS "permitsValid",
                coalesce(sum(e.persons) FILTER (WHERE e.expires_on <= $4::date + $5::int), 0)::bigint AS "permitsExpiring"
         FROM stats_permit_expiry e WHERE ${withinCode('e.area_code')} AND e.expires_on >= $4::date AND ${inScope('e.area_code')}) pm
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(t.visits), 0)::bigint AS "visitsDone",
                coalesce(sum(t.arrivals), 0)::bigint AS "newRegistrations",
                coalesce(sum(t.departures), 0)::bigint AS departures
         FROM stats_days t WHERE ${withinCode('t.area_code')} AND t.day BETWEEN $2::date AND $3::date AND ${inScope('t.area_code')}) d`,
      p.values,
    );
    return found.map((f) => ({
      code: f.code,
      residents: Number(f.residents),
      migrants: Number(f.migrants),
      locals: Number(f.locals),
      keyGroupMembers: Number(f.keyGroupMembers),
      keyGroups: f.keyGroups.map((g) => ({ kind: g.kind, count: Number(g.count) })),
      visitsDone: Number(f.visitsDone),
      visitsOverdue: Number(f.visitsOverdue),
      permitsValid: Number(f.permitsValid),
      permitsExpiring: Number(f.permitsExpiring),
      newRegistrations: Number(f.newRegistrations),
      departures: Number(f.departures),
    }));
  }

  /**
   * The flows of every period of a series for many areas in one statement: the per-grid daily
   * roll-up (`stats_days`) summed by area prefix and period (date_trunc), then every period of
   * the range joined in so an empty one answers zeros. The first and last periods are clipped
   * to the range.
   */
  async seriesOf(codes: readonly string[], range: { from: string; to: string; every: SeriesInterval }, scope: readonly string[]): Promise<SeriesFigures[]> {
    const p = new Params([codes, range.from, range.to, range.every.toLowerCase(), STEP[range.every], LABEL[range.every]]);
    const found = await rows<{ code: string; label: string; from: string; to: string; visitsDone: string; newRegistrations: string; departures: string }>(
      this.db,
      `/* populationSeries */ WITH a AS (SELECT DISTINCT code FROM unnest($1::text[]) AS u(code)),
       b AS (SELECT generate_series(date_trunc($4, $2::date), $3::date, $5::interval)::date AS start),
       f AS (
         SELECT a.code, date_trunc($4, t.day)::date AS start, sum(t.visits) AS visits, sum(t.arrivals) AS arrivals, sum(t.departures) AS departures
         FROM a JOIN stats_days t ON ${withinCode('t.area_code')} AND t.day BETWEEN $2::date AND $3::date AND ${within('t.area_code', scope, p)}
         GROUP BY 1, 2)
       SELECT a.code, to_char(b.start, $6) AS label, to_char(greatest(b.start, $2::date), 'YYYY-MM-DD') AS "from",
              to_char(least((b.start + $5::interval)::date - 1, $3::date), 'YYYY-MM-DD') AS "to",
              coalesce(f.visits, 0)::bigint AS "visitsDone", coalesce(f.arrivals, 0)::bigint AS "newRegistrations", coalesce(f.departures, 0)::bigint AS departures
       FROM a CROSS JOIN b LEFT JOIN f ON f.code = a.code AND f.start = b.start
       ORDER BY a.code, b.start`,
      p.values,
    );
    const byCode = new Map<string, PeriodFigures[]>();
    for (const row of found)
      byCode.set(row.code, [
        ...(byCode.get(row.code) ?? []),
        { label: row.label, from: row.from, to: row.to, visitsDone: Number(row.visitsDone), newRegistrations: Number(row.newRegistrations), departures: Number(row.departures) },
      ]);
    return [...byCode].map(([code, periods]) => ({ code, periods }));
  }
}
