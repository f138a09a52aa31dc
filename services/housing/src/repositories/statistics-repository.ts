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

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * Figures for many areas in one statement. Each table is counted in its own lateral
   * subquery (no join fan-out between houses, inspections and hazards), each limited to the
   * area's prefix and the caller's scope.
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
    return rows<Counts>(
      this.db,
      `/* housingByAreas */ SELECT a.code, b.*, h.*, i.*, z.*, e.*
       FROM unnest($1::text[]) AS a(code)
       CROSS JOIN LATERAL (
         SELECT count(*) AS buildings,
                count(*) FILTER (WHERE rental) AS "rentalBuildings",
                count(*) FILTER (WHERE rental AND access_control AND (access_control_since IS NULL OR access_control_since <= ${to})) AS "rentalBuildingsWithAccessControl"
         FROM buildings WHERE ${withinCode('grid_code')} AND ${within('grid_code', scope, p)}) b
       CROSS JOIN LATERAL (
         SELECT count(*) AS houses,
                count(*) FILTER (WHERE rental) AS "rentalHouses",
                count(*) FILTER (WHERE occupants > 0) AS "occupiedHouses",
                count(*) FILTER (WHERE occupants > rooms * ${ratio}) AS "groupRentalRiskHouses"
         FROM houses WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)}) h
       CROSS JOIN LATERAL (
         SELECT count(*) AS inspections
         FROM inspections WHERE ${withinCode('area_code')} AND inspected_on BETWEEN ${from} AND ${to} AND ${within('area_code', scope, p)}) i
       CROSS JOIN LATERAL (
         SELECT count(*) FILTER (WHERE reported_on BETWEEN ${from} AND ${to}) AS "hazardsReported",
                count(*) FILTER (WHERE reported_on <= ${asOf} AND (rectified_on IS NULL OR rectified_on > ${asOf}) AND deadline >= ${asOf}) AS "hazardsOpen",
                count(*) FILTER (WHERE reported_on <= ${asOf} AND (rectified_on IS NULL OR rectified_on > ${asOf}) AND deadline < ${asOf}) AS "hazardsOverdue",
                count(*) FILTER (WHERE rectified_on BETWEEN ${from} AND ${to}) AS "hazardsRectified",
                count(*) FILTER (WHERE rectified_on BETWEEN ${from} AND ${to} AND rectified_on <= deadline) AS "hazardsRectifiedOnTime"
         FROM hazards WHERE ${withinCode('area_code')} AND ${within('area_code', scope, p)}) z
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
}
