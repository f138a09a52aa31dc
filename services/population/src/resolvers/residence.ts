import type { ResidenceResolvers } from '../__generated__/resolvers-types';

export const Residence: ResidenceResolvers = {
  person: (residence, _, ctx) => ctx.loaders.person.load(residence.personId),
  house: (residence) => ({ id: residence.houseId }),
};
