import { Params, rows, type EntityManager } from '@linli/db';
import { inReach, type Reach } from './reach';
import type { KeyGroupKind } from './person-repository';

/** A key-group membership (重点人群). */
export interface KeyGroupRow {
  id: string;
  personId: string;
  kind: KeyGroupKind;
  from: string;
  to: string | null;
  note: string | null;
}

const COLUMNS = `k.id, k.person_id AS "personId", k.kind, to_char(k.from_date, 'YYYY-MM-DD') AS "from", to_char(k.to_date, 'YYYY-MM-DD') AS "to", k.note`;

export class KeyGroupRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  async of(personIds: readonly string[], reach: Reach): Promise<KeyGroupRow[]> {
    const p = new Params([personIds]);
    return rows<KeyGroupRow>(
      this.db,
      `/* keyGroupsOf */ SELECT ${COLUMNS} FROM key_group_tags k JOIN persons pe ON pe.id = k.person_id
       WHERE k.person_id = ANY($1::uuid[]) AND ${inReach(reach, p, { area: 'pe.area_code', person: 'pe.id' })} ORDER BY k.from_date DESC, k.id`,
      p.values,
    );
  }

  async current(personId: string, kind: KeyGroupKind): Promise<KeyGroupRow | null> {
    const [found] = await rows<KeyGroupRow>(
      this.db,
      `/* keyGroupCurrent */ SELECT ${COLUMNS} FROM key_group_tags k WHERE k.person_id = $1 AND k.kind = $2 AND k.to_date IS NULL FOR UPDATE`,
      [personId, kind],
    );
    return found ?? null;
  }

  async insert(tag: Omit<KeyGroupRow, 'to'>): Promise<KeyGroupRow> {
    const [created] = await rows<KeyGroupRow>(
      this.db,
      `/* keyGroupTag */ INSERT INTO key_group_tags AS k (id, person_id, kind, from_date, note) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [tag.id, tag.personId, tag.kind, tag.from, tag.note],
    );
    return created;
  }

  async end(id: string, to: string): Promise<KeyGroupRow> {
    const [ended] = await rows<KeyGroupRow>(this.db, `/* keyGroupUntag */ UPDATE key_group_tags AS k SET to_date = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [id, to]);
    return ended;
  }
}
