import { ForbiddenError } from '@linli/domain';
import type { PersonResolvers } from '../__generated__/resolvers-types';
import { may } from '../domain/access';

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  // disputes are sensitive: only the roles in ACCESS.disputes, and only cases within their areas
  disputes: (person, _, ctx) => {
    if (!may(ctx.viewer, 'disputes')) throw new ForbiddenError('a person’s disputes are for mediators, community workers and street and district admins');
    return ctx.loaders.casesOfPerson.load(person.id);
  },
};
