import { areaScope, Params, rows, type EntityManager } from '@linli/db';

/** An Area as population receives it from the gateway: only its code. */
export interface AreaRef {
  code: string;
}

export interface PopulationFigures {
  code: string;
  residents: number;
  migrants: number;
  locals: number;
}

export class StatisticsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** Figures for many areas in one statement: each area counts every person whose code it prefixes. */
  async populationOf(codes: readonly string[], scope: readonly string[]): Promise<PopulationFigures[]> {
    const p = new Params([codes]);
    return rows<PopulationFigures>(
      this.db,
      `/* populationByAreas */ SELECT a.code,
         count(pe.id)::int AS residents,
         count(pe.id) FILTER (WHERE pe.household_type = 'MIGRANT')::int AS migrants,
         count(pe.id) FILTER (WHERE pe.household_type = 'LOCAL')::int AS locals
       FROM unnest($1::text[]) AS a(code)
       LEFT JOIN persons pe ON pe.area_code LIKE a.code || '%' AND ${areaScope('pe.area_code', scope, p)}
       GROUP BY a.code`,
      p.values,
    );
  }
}
