import type { PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  // population owns persons; organizations only adds their memberships
  __resolveReference: (ref) => ({ id: ref.id }),
  // a person the caller may not see has no memberships to them, whichever way they were reached
  memberships: async (person, _, ctx) => ((await ctx.loaders.personInScope.load(person.id)) ? ctx.loaders.membershipsOfPerson.load(person.id) : []),
};
