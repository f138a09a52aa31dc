import type { HouseholdType } from '@linli/contracts';
import { rows, type EntityManager } from '@linli/db';

/** Read model of the persons population has registered: enough to know a person id is a real person. */
export class KnownPersonRepository {
  constructor(private readonly db: EntityManager) {}

  /** The ids among these that population has announced (one statement). */
  async known(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const found = await rows<{ id: string }>(this.db, `/* knownPersonsByIds */ SELECT id FROM known_persons WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(found.map((f) => f.id));
  }

  /** Records a person as of an event; an older event arriving after a newer one changes nothing. */
  async upsert(person: { id: string; householdType: HouseholdType; areaCode: string | null; asOf: string }): Promise<void> {
    await rows(
      this.db,
      `/* knownPersonUpsert */ INSERT INTO known_persons (id, household_type, area_code, as_of) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET household_type = EXCLUDED.household_type, area_code = EXCLUDED.area_code, as_of = EXCLUDED.as_of
       WHERE known_persons.as_of <= EXCLUDED.as_of`,
      [person.id, person.householdType, person.areaCode, person.asOf],
    );
  }
}
