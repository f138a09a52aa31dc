import { today } from '@linli/domain';
import type { PersonResolvers } from '../__generated__/resolvers-types';
import { ageOn, mayReveal } from '../domain/rules';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
  // beside the masked ID number the full birth date would give its hidden digits back
  birthDate: (person, _, ctx) => (mayReveal(ctx.viewer) ? person.birthDate : null),
  birthYear: (person) => Number(person.birthDate.slice(0, 4)),
  age: (person) => ageOn(person.birthDate, today()),
  currentResidence: (person, _, ctx) => ctx.loaders.currentResidence.load(person.id),
  residences: (person, _, ctx) => ctx.loaders.residences.load(person.id),
  residencePermit: (person, _, ctx) => ctx.loaders.permit.load(person.id),
  keyGroups: (person, _, ctx) => ctx.loaders.keyGroups.load(person.id),
  visits: (person, { first }, ctx) => ctx.loaders.visits(Math.min(Math.max(first ?? 10, 0), 100)).load(person.id),
  pointsAccount: (person) => (person.householdType === 'MIGRANT' ? { personId: person.id } : null),
};
