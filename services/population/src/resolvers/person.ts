import type { PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.person.load(ref.id),
  currentResidence: (person, _, ctx) => ctx.loaders.currentResidence.load(person.id),
  residences: (person, _, ctx) => ctx.loaders.residences.load(person.id),
};
