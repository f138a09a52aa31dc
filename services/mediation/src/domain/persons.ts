import type { EntityManager } from '@linli/db';
import type { Validation } from '@linli/domain';
import { KnownPersonRepository } from '../repositories/person-repository';
import { isUuid } from './parties';

/** A person id given in an input, with the input field that named it. */
export interface PersonReference {
  field: string[];
  personId: string;
}

/**
 * Every person id given must be a person population has registered (mediation's read model of
 * population.person.registered|updated): one statement for all of them. Ids that are not UUIDs
 * are left to the caller's own PERSON_ID_INVALID check. Returns the ids found unknown.
 */
export async function checkPersonsKnown(tx: EntityManager, references: readonly PersonReference[], v: Validation): Promise<Set<string>> {
  const ids = [...new Set(references.map((r) => r.personId.toLowerCase()).filter(isUuid))];
  const known = await new KnownPersonRepository(tx).known(ids);
  const unknown = new Set(ids.filter((id) => !known.has(id)));
  for (const r of references)
    if (unknown.has(r.personId.toLowerCase())) v.add(r.field, 'PERSON_UNKNOWN', `population has no person ${r.personId}`);
  return unknown;
}
