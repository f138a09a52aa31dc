import type { HouseholdType } from '@linli/contracts';
import { Params, rows, within, type EntityManager } from '@linli/db';

/** A person as mediation knows them from population's events: the id and where they live. */
export interface KnownPersonRow {
  id: string;
  areaCode: string | null;
}

/** Read model of the persons population has registered: enough to know a person id is a real person, and where they live. */
export class KnownPersonRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /**
   * The persons among these ids who live within the caller's areas (one statement). A person
   * population never registered, or who lives elsewhere (or nowhere), is not among them.
   */
  async inScope(ids: readonly string[], scope: readonly string[]): Promise<KnownPersonRow[]> {
    if (ids.length === 0) return [];
    const p = new Params([ids]);
    return rows<KnownPersonRow>(
      this.db,
      `/* knownPersonsInScope */ SELECT id, area_code AS "areaCode" FROM known_persons WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
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
