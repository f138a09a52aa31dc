import { pageSize } from '@linli/db';
import { ForbiddenError } from '@linli/domain';
import type { PersonResolvers } from '../__generated__/resolvers-types';
import type { MediationContext } from '../context';
import { may } from '../domain/access';

/**
 * A person named by one of mediation's rows, as a reference the gateway resolves from population:
 * only when the person lives within the caller's areas. Anyone else is null, never an error
 * that would null the case, council or incident around them.
 */
export async function personRef(ctx: MediationContext, personId: string | null): Promise<{ id: string } | null> {
  return personId && (await ctx.loaders.person.load(personId)) ? { id: personId } : null;
}

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // disputes are sensitive: only the roles in ACCESS.disputes, and only cases within their areas
  disputeCases: (person, args, ctx) => {
    if (!may(ctx.viewer, 'disputes')) throw new ForbiddenError('a person’s disputes are for mediators, community workers and street and district admins');
    return ctx.loaders.casePagesOfPerson({ first: pageSize(args), after: args.after }).load(person.id);
  },
  disputes: (person, _, ctx) => {
    if (!may(ctx.viewer, 'disputes')) throw new ForbiddenError('a person’s disputes are for mediators, community workers and street and district admins');
    return ctx.loaders.casesOfPerson.load(person.id);
  },
};
