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

export type Interval = 'MONTH' | 'QUARTER' | 'YEAR';

/** One point of an area's series. */
export interface SeriesPoint {
  from: string;
  to: string;
  volunteers: number;
  activities: number;
  approvedMinutes: number;
  personTimes: number;
}

const INTERVALS: Record<Interval, { unit: string; step: string }> = {
  MONTH: { unit: 'month', step: '1 month' },
  QUARTER: { unit: 'quarter', step: '3 months' },
  YEAR: { unit: 'year', step: '1 year' },
};

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
      `/* volunteeringByAreas */ SELECT a.code, days.volunteers, days.activities, days."approvedMinutes", days."personTimes",
         (SELECT count(*) FROM volunteers v
           WHERE ${withinCode('v.area_code')} AND ${within('v.area_code', scope, p)} AND v.registered_on <= $3::date AND v.status <> 'WITHDRAWN'
             AND EXISTS (SELECT 1 FROM attendances t WHERE t.volunteer_id = v.id AND t.status = 'CHECKED_OUT' AND t.served_on ${served})) AS "activeVolunteers",
         (SELECT count(*) FROM teams tm WHERE ${withinCode('tm.area_code')} AND ${within('tm.area_code', scope, p)}) AS teams,
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)}) AS buildings,
         (SELECT count(*) FROM known_buildings b WHERE ${withinCode('b.grid_code')} AND ${within('b.grid_code', scope, p)}
             AND EXISTS (SELECT 1 FROM building_captains bc WHERE bc.building_id = b.id)) AS "buildingsWithCaptain"
       FROM unnest($1::text[]) AS a(code)
       -- the day roll-up (kept by triggers in every writing transaction): a prefix range of its index, however large the area
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(s.registrations) FILTER (WHERE s.day <= $3::date), 0) AS volunteers,
           coalesce(sum(s.activities) FILTER (WHERE s.day ${served}), 0) AS activities,
           coalesce(sum(s.approved_minutes) FILTER (WHERE s.day ${served}), 0) AS "approvedMinutes",
           coalesce(sum(s.person_times) FILTER (WHERE s.day ${served}), 0) AS "personTimes"
         FROM stats_volunteering_days s WHERE ${withinCode('s.area_code')} AND ${within('s.area_code', scope, p)} AND s.day <= $3::date
       ) days`,
      p.values,
    );
    return found.map((row) => Object.fromEntries([['code', row.code], ...FIGURES.map((name) => [name, Number(row[name])])]) as unknown as VolunteeringFigures);
  }

  /**
   * Series for many areas in one statement, from the day roll-up: each point sums its days
   * (clipped to the period), and the volunteers of a point are those registered before the
   * period plus a running sum of the points' registrations.
   */
  async seriesOf(codes: readonly string[], period: Period & { every: Interval }, scope: readonly string[]): Promise<{ code: string; points: SeriesPoint[] }[]> {
    const { unit, step } = INTERVALS[period.every];
    const p = new Params([codes, period.from, period.to, unit, step]);
    const found = await rows<Record<string, string>>(
      this.db,
      `/* volunteeringSeriesByAreas */ WITH points AS (
         SELECT greatest(b::date, $2::date) AS from_day, least((b + $5::interval - interval '1 day')::date, $3::date) AS to_day
         FROM generate_series(date_trunc($4, $2::date::timestamp), $3::date::timestamp, $5::interval) AS b
       ), sums AS (
         SELECT a.code, k.from_day, k.to_day,
           coalesce(sum(s.registrations), 0) AS registrations, coalesce(sum(s.activities), 0) AS activities,
           coalesce(sum(s.approved_minutes), 0) AS "approvedMinutes", coalesce(sum(s.person_times), 0) AS "personTimes"
         FROM unnest($1::text[]) AS a(code) CROSS JOIN points k
         LEFT JOIN stats_volunteering_days s ON ${withinCode('s.area_code')} AND ${within('s.area_code', scope, p)} AND s.day BETWEEN k.from_day AND k.to_day
         GROUP BY a.code, k.from_day, k.to_day
       ), before AS (
         SELECT a.code, coalesce(sum(s.registrations), 0) AS registrations FROM unnest($1::text[]) AS a(code)
         LEFT JOIN stats_volunteering_days s ON ${withinCode('s.area_code')} AND ${within('s.area_code', scope, p)} AND s.day < $2::date
         GROUP BY a.code
       )
       SELECT x.code, to_char(x.from_day, 'YYYY-MM-DD') AS "from", to_char(x.to_day, 'YYYY-MM-DD') AS "to",
         b.registrations + sum(x.registrations) OVER (PARTITION BY x.code ORDER BY x.from_day) AS volunteers,
         x.activities, x."approvedMinutes", x."personTimes"
       FROM sums x JOIN before b ON b.code = x.code ORDER BY x.code, x.from_day`,
      p.values,
    );
    const byCode = new Map<string, SeriesPoint[]>(codes.map((code) => [code, []]));
    for (const row of found)
      byCode.get(row.code)?.push({
        from: row.from,
        to: row.to,
        volunteers: Number(row.volunteers),
        activities: Number(row.activities),
        approvedMinutes: Number(row.approvedMinutes),
        personTimes: Number(row.personTimes),
      });
    return [...byCode].map(([code, points]) => ({ code, points }));
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
