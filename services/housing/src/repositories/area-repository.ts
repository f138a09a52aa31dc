import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import type { AreaLevel } from '@linli/domain';

export interface AreaRow {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
  status: 'ACTIVE' | 'RETIRED';
  retiredAt: Date | null;
}

const COLUMNS = `code, name, level, parent_code AS "parentCode", status, retired_at AS "retiredAt"`;

/** The only place that reads and writes areas. `scope` is the caller's areas: rows outside are never loaded. */
export class AreaRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byCodes(codes: readonly string[], scope: readonly string[]): Promise<AreaRow[]> {
    const p = new Params([codes]);
    return rows<AreaRow>(this.db, `/* areasByCodes */ SELECT ${COLUMNS} FROM areas WHERE code = ANY($1) AND ${within('code', scope, p)}`, p.values);
  }

  /** Any area by code, whatever the caller's scope: for validating references, never returned to callers. */
  async find(code: string, options: { lock?: 'share' | 'update' } = {}): Promise<AreaRow | null> {
    const lock = options.lock === 'update' ? ' FOR UPDATE' : options.lock === 'share' ? ' FOR SHARE' : '';
    return (await rows<AreaRow>(this.db, `/* areaFind */ SELECT ${COLUMNS} FROM areas WHERE code = $1${lock}`, [code]))[0] ?? null;
  }

  async list(
    filter: { within?: string | null; level?: AreaLevel | null },
    first: number,
    after: string | null | undefined,
    scope: readonly string[],
  ): Promise<Connection<AreaRow>> {
    const p = new Params();
    const where = [within('code', scope, p)];
    if (filter.within) where.push(within('code', filter.within, p));
    if (filter.level) where.push(`level = ${p.param(filter.level)}`);
    const count = await rows<{ n: number }>(this.db, `/* areasCount */ SELECT count(*)::int AS n FROM areas WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`code > ${p.param(String(cursor[0]))}`);
    const page = await rows<AreaRow>(
      this.db,
      `/* areasList */ SELECT ${COLUMNS} FROM areas WHERE ${where.join(' AND ')} ORDER BY code LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, count[0].n, (a) => [a.code], after);
  }

  async insert(area: Pick<AreaRow, 'code' | 'name' | 'level' | 'parentCode'>): Promise<AreaRow> {
    const [created] = await rows<AreaRow>(
      this.db,
      `/* areaInsert */ INSERT INTO areas (code, name, level, parent_code) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [area.code, area.name, area.level, area.parentCode],
    );
    return created;
  }

  async rename(code: string, name: string): Promise<AreaRow> {
    const [renamed] = await rows<AreaRow>(this.db, `/* areaRename */ UPDATE areas SET name = $2, renamed_at = now() WHERE code = $1 RETURNING ${COLUMNS}`, [
      code,
      name,
    ]);
    return renamed;
  }

  async retire(code: string): Promise<AreaRow> {
    const [retired] = await rows<AreaRow>(
      this.db,
      `/* areaRetire */ UPDATE areas SET status = 'RETIRED', retired_at = now() WHERE code = $1 RETURNING ${COLUMNS}`,
      [code],
    );
    return retired;
  }

  /** Codes of the area's children still in use. */
  async activeChildren(code: string): Promise<string[]> {
    const found = await rows<{ code: string }>(
      this.db,
      `/* areaActiveChildren */ SELECT code FROM areas WHERE parent_code = $1 AND status = 'ACTIVE' ORDER BY code LIMIT 5`,
      [code],
    );
    return found.map((a) => a.code);
  }
}
