import { areaScope, Params, rows, type EntityManager } from '@linli/db';
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

/**
 * `column` lies within `a.code`: a range on the prefix that a text_pattern_ops index serves for
 * every area of the list (a LIKE with a pattern built per row cannot use the index). Area
 * codes are digits, and ':' sorts right after '9'.
 */
const inArea = (column: string) => `${column} ~>=~ a.code AND ${column} ~<~ (a.code || ':')`;

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Figures for many areas in one statement. Each table is counted in its own lateral
   * subquery (no join fan-out), each limited to the area's prefix range and the caller's scope,
   * each an index-only range scan. Key groups and permits are read from the person's derived
   * columns (`key_groups`, `permit_expires_on`, see REFRESH_DERIVED_SQL), so every person
   * figure comes from one scan of `persons_residing`, however large the area.
   *
   * Person figures (residents, migrants, locals, overdue visits, key groups, valid permits)
   * count residents: persons living in the area now (`persons.residing`: a current residence
   * there, or registered there with no residence history). Someone whose residence ended
   * without a new one counts nowhere; someone who moved within the district counts once, in
   * the new area. Visits, arrivals and departures count the events in the period in the area
   * they happened in.
   */
  async populationOf(codes: readonly string[], period: StatisticsPeriod, scope: readonly string[]): Promise<PopulationFigures[]> {
    const p = new Params([codes, period.from, period.to, period.today, PERMIT_EXPIRING_DAYS]);
    const inScope = (column: string) => areaScope(column, scope, p);
    return rows<PopulationFigures>(
      this.db,
      `/* populationByAreas */ SELECT a.code, pe.*, vi.*, arrived.*, departed.*
       FROM (SELECT DISTINCT code FROM unnest($1::text[]) AS u(code)) a
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS residents,
                count(*) FILTER (WHERE pe.household_type = 'MIGRANT')::int AS migrants,
                count(*) FILTER (WHERE pe.household_type = 'LOCAL')::int AS locals,
                count(*) FILTER (WHERE pe.next_visit_due < $4::date)::int AS "visitsOverdue",
                count(*) FILTER (WHERE pe.key_groups <> '{}')::int AS "keyGroupMembers",
                json_build_array(${KEY_GROUP_KINDS.map((kind) => `json_build_object('kind', '${kind}', 'count', count(*) FILTER (WHERE '${kind}' = ANY (pe.key_groups)))`).join(', ')}) AS "keyGroups",
                count(*) FILTER (WHERE pe.permit_expires_on >= $4::date)::int AS "permitsValid",
                count(*) FILTER (WHERE pe.permit_expires_on BETWEEN $4::date AND $4::date + $5::int)::int AS "permitsExpiring"
         FROM persons pe WHERE pe.residing AND ${inArea('pe.area_code')} AND ${inScope('pe.area_code')}) pe
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS "visitsDone"
         FROM visits v WHERE ${inArea('v.area_code')} AND v.visited_on BETWEEN $2::date AND $3::date AND ${inScope('v.area_code')}) vi
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS "newRegistrations"
         FROM residences r WHERE ${inArea('r.area_code')} AND r.from_date BETWEEN $2::date AND $3::date AND ${inScope('r.area_code')}) arrived
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS departures
         FROM residences r WHERE ${inArea('r.area_code')} AND r.to_date BETWEEN $2::date AND $3::date AND ${inScope('r.area_code')}) departed`,
      p.values,
    );
  }
}
