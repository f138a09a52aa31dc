import type { Viewer } from '@linli/auth';
import { isUuid, type EntityManager } from '@linli/db';
import type { Validation } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository } from '@linli/events';

/** A person id given in an input, with the input field that named it. */
export interface PersonReference {
  field: string[];
  personId: string;
}

/**
 * Every person id a write names (a party, mediator, reporter, attendee, council member,
 * proposer, stakeholder, voter) must be a person population has registered who lives within the
 * caller's areas: one statement for all of them. Unknown and out of scope read alike
 * (PERSON_UNKNOWN), so a refusal tells nobody where a person lives or whether they exist.
 * Ids that are not UUIDs are left to the caller's own check. Returns the ids refused.
 */
export async function checkPersonsInScope(tx: EntityManager, viewer: Viewer, references: readonly PersonReference[], v: Validation): Promise<Set<string>> {
  const ids = [...new Set(references.map((r) => r.personId.toLowerCase()).filter(isUuid))];
  const found = ids.length ? await new ReadModelRepository(tx, KNOWN_PERSONS).knownInScope(ids, viewer.areas) : new Set<string>();
  const refused = new Set(ids.filter((id) => !found.has(id)));
  for (const r of references)
    if (refused.has(r.personId.toLowerCase())) v.add(r.field, 'PERSON_UNKNOWN', `no person ${r.personId} registered within your areas`);
  return refused;
}
