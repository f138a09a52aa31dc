import { connection, decodeCursor, Params, rows, within, withinCode, type Connection, type Db } from '@linli/db';

/** An Area as volunteering receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

/** A reporting period, both days included. */
export interface Period {
  from: string;
  to: string;
}

export interface VolunteeringFigures {
  code: string;
  volunteers: number;
  activeVolunteers: number;
  teams: number;
  activities: number;
  approvedMinutes: number;
  personTimes: number;
  buildings: number;
  buildingsWithCaptain: number;
}

export interface LeaderboardRow {
  rank: number;
  volunteerId: string;
  minutes: number;
  activities: number;
}

const FIGURES = ['volunteers', 'activeVolunteers', 'teams', 'activities', 'approvedMinutes', 'personTimes', 'buildings', 'buildingsWithCaptain'] as const;

export class StatisticsRepository {
  constructor(private readonly db: Db) {}

  /**
   * Figures for many areas in one statement; each area counts everything whose code it
   * prefixes. Counts and sums are bigint in SQL (node-postgres hands them over as text) and
   * become numbers here: exact up to 2^53, far beyond anything a district can enter.
   */
  async volunteeringOf(codes: readonly string[], period: Period, scope: readonly string[]): Promise<VolunteeringFigures[]> {
    const p = new Params([codes, period.from, period.to]);
    const served = `BETWEEN $2::date AND $3::date`;
    const found = await rows<Record<string, string>>(
      this.db,
      `/* volunteeringByAreas */ SELECT a.code,
         (SELECT count(*) FROM volunteers v
           WHERE ${withinCode('v.area_code')} AND ${within('v.area_code', scope, p)} AND v.registered_on <= $3::date AND v.status <> 'WITHDRAWN') AS volunteers,
         (SELECT count(*) FROM volunteers v
           WHERE ${withinCode('v.area_code')} AND ${within('v.area_code', scope, p)} AND v.registered_on <= $3::date AND v.status <> 'WITHDRAWN'
             AND EXISTS (SELECT 1 FROM attendances t WHERE t.volunteer_id = v.id AND t.status = 'CHECKED_OUT' AND t.served_on ${served})) AS "activeVolunteers",
         (SELECT count(*) FROM teams tm WHERE ${withinCode('tm.area_code')} AND ${within('tm.area_code', scope, p)}) AS teams,
         (SELECT count(*) FROM activities x
           WHERE ${withinCode('x.area_code')} AND ${within('x.area_code', scope, p)} AND x.status <> 'CANCELLED'
             AND x.starts_at >= $2::date::timestamp AT TIME ZONE 'Asia/Shanghai' AND x.starts_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') AS activities,
         (SELECT coalesce(sum(CASE h.kind WHEN 'APPROVAL' THEN h.minutes::bigint ELSE -h.minutes::bigint END), 0) FROM hours_entries h
           WHERE ${withinCode('h.area_code')} AND ${within('h.area_code', scope, p)} AND h.served_on ${served}) AS "approvedMinutes",
         (SELECT count(*) FROM attendances t
           WHERE ${withinCode('t.area_code')} AND ${within('t.area_code', scope, p)} AND t.status = 'CHECKED_OUT' AND t.served_on ${served}) AS "personTimes",
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)}) AS buildings,
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)}
             AND EXISTS (SELECT 1 FROM building_captains bc WHERE bc.building_id = b.id)) AS "buildingsWithCaptain"
       FROM unnest($1::text[]) AS a(code)`,
      p.values,
    );
    return found.map((row) => Object.fromEntries([['code', row.code], ...FIGURES.map((name) => [name, Number(row[name])])]) as unknown as VolunteeringFigures);
  }

  /**
   * The good-deeds board: volunteers by net approved minutes served in the area in the period,
   * most first (ties by id), with how many activities those minutes came from. Hours count
   * where they were served (the activity's area), the same rule as Area.volunteering's
   * approvedHours: the board's hours add up to the area's figure, and a caller never sees
   * hours served outside their areas.
   */
  async leaderboard(areaCode: string, period: Period, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<LeaderboardRow>> {
    const p = new Params([period.from, period.to]);
    const cursor = decodeCursor(after);
    const afterRank = p.param(cursor ? Number(cursor[0]) || 0 : 0);
    const found = await rows<{ total: string; volunteerId: string | null; minutes: string; activities: string; rank: string }>(
      this.db,
      `/* volunteerLeaderboard */ WITH per_attendance AS (
         SELECT h.volunteer_id, h.attendance_id, sum(CASE h.kind WHEN 'APPROVAL' THEN h.minutes::bigint ELSE -h.minutes::bigint END) AS minutes
         FROM hours_entries h
         WHERE ${within('h.area_code', areaCode, p)} AND ${within('h.area_code', scope, p)} AND h.served_on BETWEEN $1::date AND $2::date
         GROUP BY h.volunteer_id, h.attendance_id
       ), board AS (
         SELECT volunteer_id, sum(minutes) AS minutes, count(*) FILTER (WHERE minutes > 0) AS activities
         FROM per_attendance GROUP BY volunteer_id HAVING sum(minutes) > 0
       ), ranked AS (
         SELECT volunteer_id AS "volunteerId", minutes, activities, row_number() OVER (ORDER BY minutes DESC, volunteer_id) AS rank FROM board
       )
       SELECT (SELECT count(*) FROM board) AS total, r.* FROM (SELECT 1) one
       LEFT JOIN LATERAL (SELECT * FROM ranked WHERE rank > ${afterRank} ORDER BY rank LIMIT ${p.param(first + 1)}) r ON TRUE`,
      p.values,
    );
    const page = found
      .filter((r) => r.volunteerId !== null)
      .map((r) => ({ volunteerId: r.volunteerId!, rank: Number(r.rank), minutes: Number(r.minutes), activities: Number(r.activities) }));
    return connection(page, first, Number(found[0]?.total ?? 0), (r) => [r.rank], after);
  }
}
