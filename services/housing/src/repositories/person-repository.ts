import { Params, rows, within, type EntityManager } from '@linli/db';

/** A person as housing knows them from population's events: an id and the area they belong to. */
export interface PersonRow {
  id: string;
  areaCode: string | null;
}

/**
 * The read model of population's persons (written by the person consumer and the demo seed):
 * enough to tell whether a landlord is a person in the caller's scope.
 */
export class PersonRepository {
  constructor(private readonly db: Pick<EntityManager, 'query'>) {}

  /** The persons among these ids whose area lies within `scope` (one statement). */
  async byIds(ids: readonly string[], scope: readonly string[]): Promise<PersonRow[]> {
    const p = new Params([ids]);
    return rows<PersonRow>(
      this.db,
      `/* personsByIds */ SELECT id, area_code AS "areaCode" FROM persons WHERE id = ANY($1::uuid[]) AND ${within('area_code', scope, p)}`,
      p.values,
    );
  }

  /** Records a person as of an event; an older event arriving after a newer one changes nothing. */
  async upsert(person: { id: string; areaCode: string | null; asOf: string }): Promise<void> {
    await rows(
      this.db,
      `/* personUpsert */ INSERT INTO persons (id, area_code, as_of) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET area_code = EXCLUDED.area_code, as_of = EXCLUDED.as_of
       WHERE persons.as_of <= EXCLUDED.as_of`,
      [person.id, person.areaCode, person.asOf],
    );
  }
}
