import { pageSize } from '@linli/db';
import type { PersonResolvers } from '../__generated__/resolvers-types';

/** A person as housing knows them: only the id (population owns the rest). */
export interface PersonRef {
  id: string;
}

export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  housesOwned: (person, _, ctx) => ctx.loaders.housesOfLandlord.load(person.id),
  housesOwnedPage: (person, args, ctx) => ctx.loaders.housePagesOfLandlord({ first: pageSize(args), after: args.after }).load(person.id),
};
