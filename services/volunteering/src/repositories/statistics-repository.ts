import { within, connection, decodeCursor, likeEscape, Params, rows, type Connection, type EntityManager, withinCode } from '@linli/db';

/** An Area as volunteering receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
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

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** Figures for many areas in one statement; each area counts everything whose code it prefixes. */
  async volunteeringOf(codes: readonly string[], from: string, to: string, scope: readonly string[]): Promise<VolunteeringFigures[]> {
    const p = new Params([codes, from, to]);
    const served = `BETWEEN $2::date AND $3::date`;
    return rows<VolunteeringFigures>(
      this.db,
      `/* volunteeringByAreas */ SELECT a.code,
         (SELECT count(*) FROM volunteers v
           WHERE ${withinCode('v.area_code')} AND ${within('v.area_code', scope, p)} AND v.registered_on <= $3::date AND v.status <> 'WITHDRAWN')::int AS volunteers,
         (SELECT count(*) FROM volunteers v
           WHERE ${withinCode('v.area_code')} AND ${within('v.area_code', scope, p)} AND v.registered_on <= $3::date AND v.status <> 'WITHDRAWN'
             AND EXISTS (SELECT 1 FROM attendances t WHERE t.volunteer_id = v.id AND t.status = 'CHECKED_OUT' AND t.served_on ${served}))::int AS "activeVolunteers",
         (SELECT count(*) FROM teams tm WHERE ${withinCode('tm.area_code')} AND ${within('tm.area_code', scope, p)})::int AS teams,
         (SELECT count(*) FROM activities x
           WHERE ${withinCode('x.area_code')} AND ${within('x.area_code', scope, p)} AND x.status <> 'CANCELLED'
             AND x.starts_at >= $2::date::timestamp AT TIME ZONE 'Asia/Shanghai' AND x.starts_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')::int AS activities,
         (SELECT coalesce(sum(CASE h.kind WHEN 'APPROVAL' THEN h.minutes ELSE -h.minutes END), 0) FROM hours_entries h
           WHERE ${withinCode('h.area_code')} AND ${within('h.area_code', scope, p)} AND h.served_on ${served})::int AS "approvedMinutes",
         (SELECT count(*) FROM attendances t
           WHERE ${withinCode('t.area_code')} AND ${within('t.area_code', scope, p)} AND t.status = 'CHECKED_OUT' AND t.served_on ${served})::int AS "personTimes",
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)})::int AS buildings,
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)}
             AND EXISTS (SELECT 1 FROM building_captains bc WHERE bc.building_id = b.id))::int AS "buildingsWithCaptain"
       FROM unnest($1::text[]) AS a(code)`,
      p.values,
    );
  }

  /**
   * The good-deeds board: volunteers of an area by net approved minutes served in the period,
   * most first (ties by id), with how many activities those minutes came from.
   */
  async leaderboard(areaCode: string, from: string, to: string, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<LeaderboardRow>> {
    const p = new Params([`${likeEscape(areaCode)}%`, from, to]);
    const cursor = decodeCursor(after);
    const afterRank = p.param(cursor ? Number(cursor[0]) : 0);
    const found = await rows<LeaderboardRow & { total: number }>(
      this.db,
      `/* volunteerLeaderboard */ WITH per_attendance AS (
         SELECT h.volunteer_id, h.attendance_id, sum(CASE h.kind WHEN 'APPROVAL' THEN h.minutes ELSE -h.minutes END) AS minutes
         FROM hours_entries h JOIN volunteers v ON v.id = h.volunteer_id
         WHERE v.area_code LIKE $1 AND ${within('v.area_code', scope, p)} AND h.served_on BETWEEN $2::date AND $3::date
         GROUP BY h.volunteer_id, h.attendance_id
       ), board AS (
         SELECT volunteer_id, sum(minutes)::int AS minutes, count(*) FILTER (WHERE minutes > 0)::int AS activities
         FROM per_attendance GROUP BY volunteer_id HAVING sum(minutes) > 0
       ), ranked AS (
         SELECT volunteer_id AS "volunteerId", minutes, activities, row_number() OVER (ORDER BY minutes DESC, volunteer_id)::int AS rank, count(*) OVER ()::int AS total
         FROM board
       )
       SELECT * FROM ranked WHERE rank > ${afterRank} ORDER BY rank LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    let total = found[0]?.total;
    if (total === undefined) {
      // past the last page nothing came back to read the total from
      total = cursor ? Number(cursor[0]) : 0;
    }
    return connection(found, first, total, (r) => [r.rank]);
  }
}
