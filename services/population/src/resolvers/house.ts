import { pageSize, present } from '@linli/db';
import type { HouseResolvers } from '../__generated__/resolvers-types';

export const House: HouseResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  currentResidents: async (house, _, ctx) => {
    const residences = await ctx.loaders.residentsOfHouse.load(house.id);
    return present(await ctx.loaders.person.loadMany(residences.map((r) => r.personId)));
  },
  currentResidences: (house, page, ctx) => ctx.loaders.houseResidencePages({ first: pageSize(page), after: page.after }).load(house.id),
};
