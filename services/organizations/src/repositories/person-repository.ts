import { Params, rows, within } from '@linli/db';
import type { Db } from '@linli/db';

/** Read model of persons population announced: enough to know a member or contact is a real person, and where they live. */
export class KnownPersonRepository {
  constructor(private readonly db: Db) {}

  /**
   * The ids among these that population has announced and that live within the caller's areas
   * (population's own rule for who may see a person). Anyone else is, to this caller, unknown.
   */
  async inScope(ids: readonly string[], scope: readonly string[]): Promise<Set<string>> {
    const p = new Params([ids]);
    const found = await rows<{ id: string }>(
      this.db,
      `/* knownPersonsInScope */ SELECT id FROM known_persons WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
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
