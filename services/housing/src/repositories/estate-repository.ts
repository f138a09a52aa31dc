import { connection, decodeCursor, Params, rows, within, type Connection, type EntityManager } from '@linli/db';
import { LEVEL_LENGTH } from '@linli/domain';

export interface EstateRow {
  id: string;
  name: string;
  communityCode: string;
  propertyCompany: string;
}

export interface EstateRatingRow {
  estateId: string;
  year: number;
  stars: number;
  ratedOn: string;
  note: string | null;
}

const COLUMNS = `id, name, community_code AS "communityCode", property_company AS "propertyCompany"`;
const RATING_COLUMNS = `estate_id AS "estateId", year, stars, rated_on::text AS "ratedOn", note`;

/**
 * An estate is visible to callers whose areas contain its community, and to those working
 * inside that community (a grid worker sees the estates of the grid's community): estates
 * hold no personal data, and a grid worker needs them to place buildings.
 */
export function estateScope(column: string, scope: readonly string[], p: Params): string {
  const communities = [...new Set(scope.filter((a) => a.length > LEVEL_LENGTH.COMMUNITY).map((a) => a.slice(0, LEVEL_LENGTH.COMMUNITY)))];
  const inside = within(column, scope, p);
  return communities.length ? `(${inside} OR ${column} = ANY(${p.param(communities)}::text[]))` : inside;
}

export class EstateRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<EstateRow[]> {
    const p = new Params([ids]);
    return rows<EstateRow>(
      this.db,
      `/* estatesByIds */ SELECT ${COLUMNS} FROM estates WHERE id = ANY($1::uuid[]) AND ${estateScope('community_code', scope, p)}`,
      p.values,
    );
  }

  /** Any estate by id, whatever the caller's scope: for validating references. */
  async find(id: string): Promise<EstateRow | null> {
    return (await rows<EstateRow>(this.db, `/* estateFind */ SELECT ${COLUMNS} FROM estates WHERE id = $1 FOR UPDATE`, [id]))[0] ?? null;
  }

  async list(filter: { areaCode?: string | null }, first: number, after: string | null | undefined, scope: readonly string[]): Promise<Connection<EstateRow>> {
    const p = new Params();
    const where = [estateScope('community_code', scope, p)];
    if (filter.areaCode) where.push(within('community_code', filter.areaCode, p));
    const [{ n }] = await rows<{ n: number }>(this.db, `/* estatesCount */ SELECT count(*)::int AS n FROM estates WHERE ${where.join(' AND ')}`, p.values);
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(community_code, name) > (${p.param(cursor[0])}, ${p.param(cursor[1])})`);
    const page = await rows<EstateRow>(
      this.db,
      `/* estatesList */ SELECT ${COLUMNS} FROM estates WHERE ${where.join(' AND ')} ORDER BY community_code, name LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (e) => [e.communityCode, e.name], after);
  }

  async nameTaken(communityCode: string, name: string, exceptId: string | null = null): Promise<boolean> {
    const found = await rows(this.db, `/* estateNameTaken */ SELECT 1 FROM estates WHERE community_code = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid`, [
      communityCode,
      name,
      exceptId,
    ]);
    return found.length > 0;
  }

  async insert(estate: EstateRow): Promise<EstateRow> {
    const [created] = await rows<EstateRow>(
      this.db,
      `/* estateInsert */ INSERT INTO estates (id, community_code, name, property_company) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [estate.id, estate.communityCode, estate.name, estate.propertyCompany],
    );
    return created;
  }

  async update(estate: EstateRow): Promise<EstateRow> {
    const [updated] = await rows<EstateRow>(
      this.db,
      `/* estateUpdate */ UPDATE estates SET name = $2, property_company = $3 WHERE id = $1 RETURNING ${COLUMNS}`,
      [estate.id, estate.name, estate.propertyCompany],
    );
    return updated;
  }

  /** Ratings of many estates in one statement, newest year first. */
  async ratingsOf(estateIds: readonly string[]): Promise<EstateRatingRow[]> {
    return rows<EstateRatingRow>(
      this.db,
      `/* estateRatingsByEstates */ SELECT ${RATING_COLUMNS} FROM estate_ratings WHERE estate_id = ANY($1::uuid[]) ORDER BY year DESC`,
      [estateIds],
    );
  }

  async ratingExists(estateId: string, year: number): Promise<boolean> {
    return (await rows(this.db, `/* estateRatingExists */ SELECT 1 FROM estate_ratings WHERE estate_id = $1 AND year = $2`, [estateId, year])).length > 0;
  }

  async insertRating(rating: EstateRatingRow & { ratedBy: string }): Promise<EstateRatingRow> {
    const [created] = await rows<EstateRatingRow>(
      this.db,
      `/* estateRatingInsert */ INSERT INTO estate_ratings (estate_id, year, stars, rated_on, note, rated_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${RATING_COLUMNS}`,
      [rating.estateId, rating.year, rating.stars, rating.ratedOn, rating.note, rating.ratedBy],
    );
    return created;
  }
}
