import { today } from '@linli/domain';
import type { PersonResolvers } from '../__generated__/resolvers-types';
import { ageOn } from '../domain/rules';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
  age: (person) => ageOn(person.birthDate, today()),
  currentResidence: (person, _, ctx) => ctx.loaders.currentResidence.load(person.id),
  residences: (person, _, ctx) => ctx.loaders.residences.load(person.id),
  residencePermit: (person, _, ctx) => ctx.loaders.permit.load(person.id),
  keyGroups: (person, _, ctx) => ctx.loaders.keyGroups.load(person.id),
  visits: (person, { first }, ctx) => ctx.loaders.visits(Math.min(Math.max(first ?? 10, 0), 100)).load(person.id),
  pointsAccount: (person) => (person.householdType === 'MIGRANT' ? { personId: person.id } : null),
};
