import { within, Params, rows, type EntityManager, withinCode } from '@linli/db';
import { estateScope } from './estate-repository';

export interface HousingFigures {
  code: string;
  buildings: number;
  rentalBuildings: number;
  rentalBuildingsWithAccessControl: number;
  houses: number;
  rentalHouses: number;
  occupiedHouses: number;
  groupRentalRiskHouses: number;
  inspections: number;
  hazardsReported: number;
  hazardsOpen: number;
  hazardsOverdue: number;
  hazardsRectified: number;
  hazardsRectifiedOnTime: number;
  estatesByStars: number[];
  estatesUnrated: number;
}

type Counts = { [K in keyof HousingFigures]: K extends 'code' ? string : K extends 'estatesByStars' ? string[] : string };

/** Counts as numbers: exact below 2^53, far beyond any count of rows the district can hold. */
function figures(c: Counts): HousingFigures {
  const out = { code: c.code } as Record<string, unknown>;
  for (const [key, value] of Object.entries(c)) if (key !== 'code') out[key] = Array.isArray(value) ? value.map(Number) : Number(value);
  return out as unknown as HousingFigures;
}

export interface FiguresQuery {
  from: string;
  to: string;
  /** The day open and overdue hazards are counted on: the period's end, or today if earlier. */
  asOf: string;
  /** The year whose estate ratings count. */
  year: number;
  groupRentalRatio: number;
}

/** How long each period of a statistics series is (SeriesInterval in the schema). */
export type SeriesInterval = 'MONTH' | 'QUARTER' | 'YEAR';

/** Each interval as SQL: the date_trunc unit, the step between periods and the label's format (2026-07, 2026Q3, 2026). */
const INTERVALS: Record<SeriesInterval, { trunc: string; step: string; label: string }> = {
  MONTH: { trunc: 'month', step: '1 month', label: 'YYYY-MM' },
  QUARTER: { trunc: 'quarter', step: '3 months', label: 'YYYY"Q"Q' },
  YEAR: { trunc: 'year', step: '1 year', label: 'YYYY' },
};

/** The flows of one period of a series, and the hazards open and overdue at its end. */
export interface HousingPeriodFigures {
  code: string;
  label: string;
  from: string;
  to: string;
  inspections: number;
  hazardsReported: number;
  hazardsRectified: number;
  hazardsRectifiedOnTime: number;
  hazardsOpen: number;
  hazardsOverdue: number;
}

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Figures for many areas in one statement. Counts come from the per-grid roll-ups (kept by
   * triggers in every writing transaction, see the migration statistics-rollups), summed over
   * the area's prefix range within the caller's scope; open and overdue hazards and group-rental
   * risk read the few rows that can count through partial indexes; estates are few.
   */
  async housingOf(codes: readonly string[], q: FiguresQuery, scope: readonly string[]): Promise<HousingFigures[]> {
    return (await this.countsOf(codes, q, scope)).map(figures);
  }

  /** Counts are bigint in SQL (never a 32-bit cast that could overflow); node-postgres hands them over as text. */
  private async countsOf(codes: readonly string[], q: FiguresQuery, scope: readonly string[]): Promise<Counts[]> {
    const p = new Params([codes]);
    const from = `${p.param(q.from)}::date`;
    const to = `${p.param(q.to)}::date`;
    const asOf = `${p.param(q.asOf)}::date`;
    const year = p.param(q.year);
    const ratio = `${p.param(q.groupRentalRatio)}::numeric`;
    // at a ratio of 1 or more only houses with more occupants than rooms can be at risk: the partial index houses_crowded holds them
    const crowded = q.groupRentalRatio >= 1 ? `occupants > rooms AND occupants > rooms * ${ratio}` : `occupants > rooms * ${ratio}`;
    return rows<Counts>(
      this.db,
      `/* housingByAreas */ SELECT a.code, b.*, h.*, i.*, z.*, e.*
       FROM unnest($1::text[]) AS a(code)
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(buildings), 0) AS buildings,
                coalesce(sum(buildings) FILTER (WHERE rental), 0) AS "rentalBuildings",
                coalesce(sum(buildings) FILTER (WHERE rental AND access_control AND since <= ${to}), 0) AS "rentalBuildingsWithAccessControl"
         FROM stats_buildings WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)}) b
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(houses), 0) AS houses,
                coalesce(sum(houses) FILTER (WHERE rental), 0) AS "rentalHouses",
                coalesce(sum(houses) FILTER (WHERE occupied), 0) AS "occupiedHouses",
                (SELECT count(*) FROM houses WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)} AND ${crowded}) AS "groupRentalRiskHouses"
         FROM stats_houses WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)}) h
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(inspections), 0) AS inspections,
                coalesce(sum(hazards_reported), 0) AS "hazardsReported",
                coalesce(sum(hazards_rectified), 0) AS "hazardsRectified",
                coalesce(sum(hazards_rectified_on_time), 0) AS "hazardsRectifiedOnTime"
         FROM stats_housing_days WHERE ${withinCode('area_code')} AND day BETWEEN ${from} AND ${to} AND ${within('area_code', scope, p)}) i
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE deadline >= ${asOf}) AS "hazardsOpen", count(*) FILTER (WHERE deadline < ${asOf}) AS "hazardsOverdue"
         FROM (
           SELECT deadline FROM hazards
           WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)} AND rectified_on IS NULL AND reported_on <= ${asOf}
           UNION ALL
           SELECT deadline FROM hazards
           WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)} AND rectified_on > ${asOf} AND reported_on <= ${asOf}) unrectified) z
       CROSS JOIN LATERAL (
         SELECT ARRAY[
                  count(*) FILTER (WHERE r.stars = 1), count(*) FILTER (WHERE r.stars = 2), count(*) FILTER (WHERE r.stars = 3),
                  count(*) FILTER (WHERE r.stars = 4), count(*) FILTER (WHERE r.stars = 5)] AS "estatesByStars",
                count(*) FILTER (WHERE r.stars IS NULL) AS "estatesUnrated"
         FROM estates es LEFT JOIN estate_ratings r ON r.estate_id = es.id AND r.year = ${year}
         WHERE ${withinCode('es.community_code')} AND ${estateScope('es.community_code', scope, p)}) e`,
      p.values,
    );
  }

  /**
   * Area.housingSeries for many areas in ONE statement: the calendar periods clipped to the
   * range are a small table crossed with the areas; each (area, period) sums the day roll-up
   * and counts the hazards open or overdue at the period's end (or today, if earlier). Rows
   * come ordered by area, then period.
   */
  async seriesOf(codes: readonly string[], range: { from: string; to: string; every: SeriesInterval }, today: string, scope: readonly string[]): Promise<HousingPeriodFigures[]> {
    const p = new Params([codes, range.from, range.to, today]);
    const unit = INTERVALS[range.every];
    const found = await rows<Record<string, string>>(
      this.db,
      `/* housingSeriesByAreas */ WITH pe AS (
         SELECT GREATEST(s::date, $2::date) AS first, LEAST((s + interval '${unit.step}' - interval '1 day')::date, $3::date) AS last, to_char(s, '${unit.label}') AS label
         FROM generate_series(date_trunc('${unit.trunc}', $2::date), date_trunc('${unit.trunc}', $3::date), interval '${unit.step}') AS s)
       SELECT a.code, pe.label, to_char(pe.first, 'YYYY-MM-DD') AS "from", to_char(pe.last, 'YYYY-MM-DD') AS "to", d.*, z.*
       FROM unnest($1::text[]) AS a(code) CROSS JOIN pe
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(inspections), 0) AS inspections, coalesce(sum(hazards_reported), 0) AS "hazardsReported",
                coalesce(sum(hazards_rectified), 0) AS "hazardsRectified", coalesce(sum(hazards_rectified_on_time), 0) AS "hazardsRectifiedOnTime"
         FROM stats_housing_days WHERE ${withinCode('area_code')} AND day BETWEEN pe.first AND pe.last AND ${within('area_code', scope, p)}) d
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE deadline >= LEAST(pe.last, $4::date)) AS "hazardsOpen", count(*) FILTER (WHERE deadline < LEAST(pe.last, $4::date)) AS "hazardsOverdue"
         FROM (
           SELECT deadline FROM hazards
           WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)} AND rectified_on IS NULL AND reported_on <= LEAST(pe.last, $4::date)
           UNION ALL
           SELECT deadline FROM hazards
           WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)} AND rectified_on > LEAST(pe.last, $4::date) AND reported_on <= LEAST(pe.last, $4::date)) unrectified) z
       ORDER BY a.code, pe.first`,
      p.values,
    );
    const text = new Set(['code', 'label', 'from', 'to']);
    return found.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, text.has(k) ? v : Number(v)])) as unknown as HousingPeriodFigures);
  }
}
