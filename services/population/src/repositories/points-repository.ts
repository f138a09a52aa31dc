import { connection, decodeCursor, Params, rows, type Connection, type EntityManager } from '@linli/db';
import { inReach, type Reach } from './reach';

export type PointsRule = 'RESIDENCE_MONTHS' | 'VOLUNTEER_HOURS';

/** A PointsAccount as resolvers pass it on: the holder. */
export interface PointsAccountRef {
  personId: string;
}

export interface PointsEntryRow {
  id: string;
  personId: string;
  rule: PointsRule;
  source: string;
  reference: string;
  points: number;
  awardedOn: string;
  reversed: boolean;
}

export interface NewPointsEntry {
  id: string;
  personId: string;
  rule: PointsRule;
  source: string;
  reference: string;
  points: number;
  awardedOn: string;
  sourceEventId: string | null;
  reverses: string | null;
}

export interface PointsTotals {
  personId: string;
  total: number;
  byRule: { rule: PointsRule; points: number }[];
}

/** A migrant still living in the district whose residence months may be due for points. */
export interface SettledMigrant {
  personId: string;
  areaCode: string;
  settledSince: string;
  /** Points already given for this stretch of continuous residence. */
  accrued: number;
}

const COLUMNS = `e.id, e.person_id AS "personId", e.rule, e.source, e.reference, e.points, to_char(e.awarded_on, 'YYYY-MM-DD') AS "awardedOn",
  EXISTS (SELECT 1 FROM points_entries r WHERE r.reverses = e.id) AS reversed`;

/** Points are read through their holder: within the caller's areas, and a volunteer's own only. */
const PERSON = { area: 'pe.area_code', person: 'pe.id' };

export class PointsRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** Totals per rule for many accounts in one statement. */
  async totalsOf(personIds: readonly string[], reach: Reach): Promise<PointsTotals[]> {
    const p = new Params([personIds]);
    // summed as bigint: no accepted award can make a total fail (an account total is an Int)
    const totals = await rows<{ personId: string; total: string; byRule: { rule: PointsRule; points: string }[] }>(
      this.db,
      `/* pointsTotalsOf */ SELECT t.person_id AS "personId", sum(t.points)::bigint::text AS total,
         json_agg(json_build_object('rule', t.rule, 'points', t.points::text) ORDER BY t.rule) AS "byRule"
       FROM (SELECT e.person_id, e.rule, sum(e.points::bigint) AS points FROM points_entries e JOIN persons pe ON pe.id = e.person_id
             WHERE e.person_id = ANY($1::uuid[]) AND ${inReach(reach, p, PERSON)} GROUP BY e.person_id, e.rule) t
       GROUP BY t.person_id`,
      p.values,
    );
    return totals.map((t) => ({ personId: t.personId, total: Number(t.total), byRule: t.byRule.map((r) => ({ rule: r.rule, points: Number(r.points) })) }));
  }

  async entries(personId: string, first: number, after: string | null | undefined, reach: Reach): Promise<Connection<PointsEntryRow>> {
    const p = new Params([personId]);
    const where = [`e.person_id = $1`, inReach(reach, p, PERSON)];
    const [{ n }] = await rows<{ n: number }>(
      this.db,
      `/* pointsEntriesCount */ SELECT count(*)::int AS n FROM points_entries e JOIN persons pe ON pe.id = e.person_id WHERE ${where.join(' AND ')}`,
      p.values,
    );
    const cursor = decodeCursor(after);
    if (cursor) where.push(`(e.awarded_on, e.id) < (${p.param(String(cursor[0]))}::date, ${p.param(String(cursor[1]))}::uuid)`);
    const page = await rows<PointsEntryRow>(
      this.db,
      `/* pointsEntries */ SELECT ${COLUMNS} FROM points_entries e JOIN persons pe ON pe.id = e.person_id
       WHERE ${where.join(' AND ')} ORDER BY e.awarded_on DESC, e.id DESC LIMIT ${p.param(first + 1)}`,
      p.values,
    );
    return connection(page, first, n, (entry) => [entry.awardedOn, entry.id]);
  }

  /** Inserts an entry unless the same award (or the same event) is already there; returns it when inserted. */
  async insert(entry: NewPointsEntry): Promise<PointsEntryRow | null> {
    const [created] = await rows<PointsEntryRow>(
      this.db,
      `/* pointsEntryInsert */ INSERT INTO points_entries AS e (id, person_id, rule, source, reference, points, awarded_on, source_event_id, reverses)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [entry.id, entry.personId, entry.rule, entry.source, entry.reference, entry.points, entry.awardedOn, entry.sourceEventId, entry.reverses],
    );
    return created ?? null;
  }

  /** The entry an event awarded, not yet reversed, locked. */
  async awardedBy(sourceEventId: string): Promise<(PointsEntryRow & { reversed: boolean }) | null> {
    const [found] = await rows<PointsEntryRow>(this.db, `/* pointsEntryByEvent */ SELECT ${COLUMNS} FROM points_entries e WHERE e.source_event_id = $1 FOR UPDATE`, [sourceEventId]);
    return found ?? null;
  }

  async revoke(approvedEventId: string, reversalEventId: string): Promise<void> {
    await rows(
      this.db,
      `/* pointsRevocationAdd */ INSERT INTO points_revocations (approved_event_id, reversal_event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [approvedEventId, reversalEventId],
    );
  }

  async isRevoked(approvedEventId: string): Promise<boolean> {
    return (await rows(this.db, `/* pointsRevoked */ SELECT 1 FROM points_revocations WHERE approved_event_id = $1`, [approvedEventId])).length > 0;
  }

  /** Migrants with a current residence and the residence points already given since they settled. */
  async settledMigrants(afterId: string | null, limit: number): Promise<SettledMigrant[]> {
    return rows<SettledMigrant>(
      this.db,
      `/* pointsSettledMigrants */ SELECT pe.id AS "personId", pe.area_code AS "areaCode", to_char(pe.settled_since, 'YYYY-MM-DD') AS "settledSince",
         coalesce((SELECT sum(e.points) FROM points_entries e WHERE e.person_id = pe.id AND e.rule = 'RESIDENCE_MONTHS'
                    AND e.reference LIKE 'residence:' || to_char(pe.settled_since, 'YYYY-MM-DD') || ':%'), 0)::int AS accrued
       FROM persons pe
       WHERE pe.household_type = 'MIGRANT' AND pe.settled_since IS NOT NULL
         AND EXISTS (SELECT 1 FROM residences r WHERE r.person_id = pe.id AND r.to_date IS NULL)
         AND ($1::uuid IS NULL OR pe.id > $1::uuid)
       ORDER BY pe.id LIMIT $2`,
      [afterId, limit],
    );
  }
}
