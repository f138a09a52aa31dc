import type { PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  // population owns persons; organizations only adds their memberships
  __resolveReference: (ref) => ({ id: ref.id }),
  memberships: (person, _, ctx) => ctx.loaders.membershipsOfPerson.load(person.id),
};
