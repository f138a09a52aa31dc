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

/** Days ahead within which a valid permit counts as expiring. */
export const PERMIT_EXPIRING_DAYS = 30;

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Figures for many areas in one statement: each area counts every row whose area code it
   * prefixes (unnest of the codes joined by prefix, served by the text_pattern_ops indexes).
   */
  async populationOf(codes: readonly string[], period: StatisticsPeriod, scope: readonly string[]): Promise<PopulationFigures[]> {
    const p = new Params([codes, period.from, period.to, period.today, PERMIT_EXPIRING_DAYS]);
    const inScope = (column: string) => areaScope(column, scope, p);
    return rows<PopulationFigures>(
      this.db,
      `/* populationByAreas */ WITH a AS (SELECT DISTINCT code FROM unnest($1::text[]) AS a(code)),
       pe AS (
         SELECT a.code,
           count(*)::int AS residents,
           count(*) FILTER (WHERE p.household_type = 'MIGRANT')::int AS migrants,
           count(*) FILTER (WHERE p.household_type = 'LOCAL')::int AS locals,
           count(*) FILTER (WHERE p.next_visit_due < $4::date)::int AS overdue,
           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM key_group_tags k WHERE k.person_id = p.id AND k.to_date IS NULL))::int AS key_group_members
         FROM a JOIN persons p ON p.area_code LIKE a.code || '%' AND ${inScope('p.area_code')}
         GROUP BY a.code),
       kg AS (
         SELECT t.code, json_agg(json_build_object('kind', t.kind, 'count', t.n) ORDER BY t.kind) AS groups
         FROM (SELECT a.code, k.kind, count(*)::int AS n
               FROM a JOIN persons p ON p.area_code LIKE a.code || '%' AND ${inScope('p.area_code')}
               JOIN key_group_tags k ON k.person_id = p.id AND k.to_date IS NULL
               GROUP BY a.code, k.kind) t
         GROUP BY t.code),
       vi AS (
         SELECT a.code, count(*)::int AS done
         FROM a JOIN visits v ON v.area_code LIKE a.code || '%' AND v.visited_on BETWEEN $2::date AND $3::date AND ${inScope('v.area_code')}
         GROUP BY a.code),
       pm AS (
         SELECT a.code,
           count(*)::int AS valid,
           count(*) FILTER (WHERE rp.expires_on <= $4::date + $5::int)::int AS expiring
         FROM a JOIN persons p ON p.area_code LIKE a.code || '%' AND ${inScope('p.area_code')}
         JOIN residence_permits rp ON rp.person_id = p.id AND rp.expires_on >= $4::date AND rp.issued_on <= $4::date
         GROUP BY a.code),
       arrived AS (
         SELECT a.code, count(*)::int AS n
         FROM a JOIN residences r ON r.area_code LIKE a.code || '%' AND r.from_date BETWEEN $2::date AND $3::date AND ${inScope('r.area_code')}
         GROUP BY a.code),
       departed AS (
         SELECT a.code, count(*)::int AS n
         FROM a JOIN residences r ON r.area_code LIKE a.code || '%' AND r.to_date BETWEEN $2::date AND $3::date AND ${inScope('r.area_code')}
         GROUP BY a.code)
       SELECT a.code,
         coalesce(pe.residents, 0) AS residents, coalesce(pe.migrants, 0) AS migrants, coalesce(pe.locals, 0) AS locals,
         coalesce(pe.key_group_members, 0) AS "keyGroupMembers", coalesce(kg.groups, '[]'::json) AS "keyGroups",
         coalesce(vi.done, 0) AS "visitsDone", coalesce(pe.overdue, 0) AS "visitsOverdue",
         coalesce(pm.valid, 0) AS "permitsValid", coalesce(pm.expiring, 0) AS "permitsExpiring",
         coalesce(arrived.n, 0) AS "newRegistrations", coalesce(departed.n, 0) AS departures
       FROM a
       LEFT JOIN pe ON pe.code = a.code LEFT JOIN kg ON kg.code = a.code LEFT JOIN vi ON vi.code = a.code
       LEFT JOIN pm ON pm.code = a.code LEFT JOIN arrived ON arrived.code = a.code LEFT JOIN departed ON departed.code = a.code`,
      p.values,
    );
  }
}
