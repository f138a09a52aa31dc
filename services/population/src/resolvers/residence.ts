import type { ResidenceResolvers } from '../__generated__/resolvers-types';

export const Residence: ResidenceResolvers = {
  person: async (residence, _, ctx) => (await ctx.loaders.person.load(residence.personId))!,
  house: (residence) => ({ id: residence.houseId }),
};
