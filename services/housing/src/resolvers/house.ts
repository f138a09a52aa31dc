import { pageSize } from '@linli/db';
import type { HouseResolvers } from '../__generated__/resolvers-types';
import { isGroupRentalRisk } from '../domain/place-rules';

export const House: HouseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.house.load(ref.id),
  // a house is only visible in scope, and its building lies in the same grid
  building: async (house, _, ctx) => (await ctx.loaders.building.load(house.buildingId))!,
  // a landlord who belongs outside the caller's areas (or is not known to housing) is null, not an id
  landlord: async (house, _, ctx) => (house.landlordId && (await ctx.loaders.person.load(house.landlordId)) ? { id: house.landlordId } : null),
  groupRentalRisk: (house, _, ctx) => isGroupRentalRisk(house.occupancy, house.rooms, ctx.settings.GROUP_RENTAL_RATIO),
  inspections: (house, _, ctx) => ctx.loaders.inspectionsOfHouse.load(house.id),
  inspectionsPage: (house, args, ctx) => ctx.loaders.inspectionPagesOfHouse({ first: pageSize(args), after: args.after }).load(house.id),
};
