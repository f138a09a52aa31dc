import { connection, pageSize } from '@linli/db';
import type { PersonResolvers } from '../__generated__/resolvers-types';

export const Person: PersonResolvers = {
  // population owns persons; organizations only adds their memberships
  __resolveReference: (ref) => ({ id: ref.id }),
  // a person the caller may not see has no memberships to them, whichever way they were reached
  memberships: async (person, _, ctx) => ((await ctx.loaders.personInScope.load(person.id)) ? ctx.loaders.membershipsOfPerson.load(person.id) : []),
  organizationMemberships: async (person, args, ctx) => {
    const first = pageSize(args);
    if (!(await ctx.loaders.personInScope.load(person.id))) return connection([], first, 0, () => [], args.after);
    return ctx.loaders.membershipPagesOfPerson({ current: args.current, first, after: args.after }).load(person.id);
  },
};
