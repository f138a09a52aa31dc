import { within, Params, rows, type Connection } from '@linli/db';
import type { Period } from '@linli/domain';
import { pagesByParent, type Db } from '@linli/db';

export interface ActivityRow {
  id: string;
  organizationId: string;
  areaCode: string;
  title: string;
  heldOn: string;
  place: string;
  participants: number;
  peopleServed: number;
  projectId: string | null;
  seriesId: string | null;
}

export interface SeriesRow {
  id: string;
  organizationId: string;
  title: string;
  frequency: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  from: string;
  to: string;
  occurrences: number;
}

const COLUMNS = `a.id, a.organization_id AS "organizationId", a.area_code AS "areaCode", a.title, to_char(a.held_on, 'YYYY-MM-DD') AS "heldOn", a.place,
  a.participants, a.people_served AS "peopleServed", a.project_id AS "projectId", a.series_id AS "seriesId"`;
const SERIES_COLUMNS = `s.id, s.organization_id AS "organizationId", s.title, s.frequency, to_char(s.from_on, 'YYYY-MM-DD') AS "from",
  to_char(s.to_on, 'YYYY-MM-DD') AS "to", s.occurrences`;

export class ActivityRepository {
  constructor(private readonly db: Db) {}

  /** A page of activities for each organization, newest first, in one statement. */
  async pages(
    organizationIds: readonly string[],
    args: { period?: Period | null; first: number; after?: string | null },
    scope: readonly string[],
  ): Promise<Connection<ActivityRow>[]> {
    const p = new Params();
    const where = [within('a.area_code', scope, p)];
    if (args.period) where.push(`a.held_on BETWEEN ${p.param(args.period.from)}::date AND ${p.param(args.period.to)}::date`);
    return pagesByParent<ActivityRow>(this.db, organizationIds, args.first, args.after, {
      name: 'activityPagesByOrganizations',
      select: COLUMNS,
      from: 'activities a',
      parent: 'a.organization_id',
      where,
      params: p,
      order: [
        { expr: 'a.held_on', cast: 'date' },
        { expr: 'a.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (a) => [a.heldOn, a.id],
      parentOf: (a) => a.organizationId,
    });
  }

  async seriesByIds(ids: readonly string[], scope: readonly string[]): Promise<SeriesRow[]> {
    const p = new Params([ids]);
    return rows<SeriesRow>(
      this.db,
      `/* activitySeriesByIds */ SELECT ${SERIES_COLUMNS} FROM activity_series s JOIN organizations o ON o.id = s.organization_id
       WHERE s.id = ANY($1::uuid[]) AND ${within('o.area_code', scope, p)}`,
      p.values,
    );
  }

  async insertSeries(s: SeriesRow): Promise<SeriesRow> {
    const [created] = await rows<SeriesRow>(
      this.db,
      `/* activitySeriesInsert */ INSERT INTO activity_series AS s (id, organization_id, title, frequency, from_on, to_on, occurrences)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${SERIES_COLUMNS}`,
      [s.id, s.organizationId, s.title, s.frequency, s.from, s.to, s.occurrences],
    );
    return created;
  }

  /** Inserts activities in one statement (a series may hold a hundred). */
  async insertMany(list: readonly ActivityRow[]): Promise<ActivityRow[]> {
    return rows<ActivityRow>(
      this.db,
      `/* activitiesInsert */ INSERT INTO activities AS a (id, organization_id, area_code, title, held_on, place, participants, people_served, project_id, series_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $7::int[], $8::int[], $9::uuid[], $10::uuid[])
       RETURNING ${COLUMNS}`,
      [
        list.map((a) => a.id),
        list.map((a) => a.organizationId),
        list.map((a) => a.areaCode),
        list.map((a) => a.title),
        list.map((a) => a.heldOn),
        list.map((a) => a.place),
        list.map((a) => a.participants),
        list.map((a) => a.peopleServed),
        list.map((a) => a.projectId),
        list.map((a) => a.seriesId),
      ],
    );
  }
}
