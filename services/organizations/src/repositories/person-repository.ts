import { rows } from '@linli/db';
import type { Db } from '@linli/db';

/** Read model of persons population announced: enough to know a member or contact is a real person. */
export class KnownPersonRepository {
  constructor(private readonly db: Db) {}

  /** The ids among these that population has announced. */
  async known(ids: readonly string[]): Promise<Set<string>> {
    const found = await rows<{ id: string }>(this.db, `/* knownPersonsByIds */ SELECT id FROM known_persons WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(found.map((f) => f.id));
  }

  /** Records a person; a later announcement (an update) moves their area, an earlier one arriving late does not. */
  async upsert(id: string, areaCode: string | null, latest: boolean): Promise<void> {
    await rows(
      this.db,
      `/* knownPersonUpsert */ INSERT INTO known_persons (id, area_code) VALUES ($1, $2)
       ON CONFLICT (id) DO UPDATE SET area_code = CASE WHEN $3 THEN EXCLUDED.area_code ELSE known_persons.area_code END`,
      [id, areaCode, latest],
    );
  }
}
