import { isUuid } from '@linli/db';
import type { Validation } from '@linli/domain';

export type PartyRole = 'APPLICANT' | 'RESPONDENT';
export interface PartyInput {
  personId: string;
  role: PartyRole;
}

/**
 * The parties of a dispute: at least one applicant and one respondent, every id a person id,
 * and nobody on both sides (or listed twice on one side).
 */
export function checkParties(parties: readonly PartyInput[], v: Validation): void {
  const field = ['input', 'parties'];
  if (!v.check(parties.length > 0, field, 'PARTIES_REQUIRED', 'a dispute case needs its parties: at least one applicant and one respondent')) return;
  v.check(
    parties.some((p) => p.role === 'APPLICANT'),
    field,
    'APPLICANT_REQUIRED',
    'a dispute case needs at least one applicant',
  );
  v.check(
    parties.some((p) => p.role === 'RESPONDENT'),
    field,
    'RESPONDENT_REQUIRED',
    'a dispute case needs at least one respondent',
  );
  const roles = new Map<string, Set<PartyRole>>();
  parties.forEach((p, i) => {
    if (!v.check(isUuid(p.personId), [...field, String(i), 'personId'], 'PERSON_ID_INVALID', `${p.personId} is not a person id`)) return;
    const key = p.personId.toLowerCase();
    const seen = roles.get(key) ?? new Set<PartyRole>();
    if (seen.size > 0) {
      if (seen.has(p.role)) v.add([...field, String(i), 'personId'], 'PARTY_DUPLICATE', 'the same person is listed twice');
      else v.add([...field, String(i), 'personId'], 'PARTY_ON_BOTH_SIDES', 'the same person cannot be both applicant and respondent');
    }
    seen.add(p.role);
    roles.set(key, seen);
  });
}
