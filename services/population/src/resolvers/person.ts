import { pageSize } from '@linli/db';
import { today } from '@linli/domain';
import type { PersonResolvers } from '../__generated__/resolvers-types';
import { ageOn, mayReadCare, mayReveal } from '../domain/rules';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
  // beside the masked ID number the full birth date would give its hidden digits back
  birthDate: (person, _, ctx) => (mayReveal(ctx.viewer) ? person.birthDate : null),
  birthYear: (person) => Number(person.birthDate.slice(0, 4)),
  age: (person) => ageOn(person.birthDate, today()),
  currentResidence: (person, _, ctx) => ctx.loaders.currentResidence.load(person.id),
  residences: (person, _, ctx) => ctx.loaders.residences.load(person.id),
  residenceHistory: (person, page, ctx) => ctx.loaders.residencePages({ first: pageSize(page), after: page.after }).load(person.id),
  homeVisits: (person, page, ctx) => ctx.loaders.visitPages({ first: pageSize(page), after: page.after }).load(person.id),
  residencePermit: (person, _, ctx) => ctx.loaders.permit.load(person.id),
  // who is in a key group (and so which rule schedules their visits) is for the roles that care for them
  keyGroups: (person, _, ctx) => (mayReadCare(ctx.viewer) ? ctx.loaders.keyGroups.load(person.id) : null),
  visitRule: (person, _, ctx) => (mayReadCare(ctx.viewer) ? person.visitRule : null),
  nextVisitDue: (person, _, ctx) => (mayReadCare(ctx.viewer) ? person.nextVisitDue : null),
  visits: (person, { first }, ctx) => ctx.loaders.visits(Math.min(Math.max(first ?? 10, 0), 100)).load(person.id),
  pointsAccount: (person) => (person.householdType === 'MIGRANT' ? { personId: person.id } : null),
};
