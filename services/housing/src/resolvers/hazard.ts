import type { HazardResolvers } from '../__generated__/resolvers-types';
import { hazardStatus } from '../domain/inspection-rules';

export const Hazard: HazardResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.hazard.load(ref.id),
  house: async (hazard, _, ctx) => (await ctx.loaders.house.load(hazard.houseId))!,
  inspection: async (hazard, _, ctx) => (await ctx.loaders.inspection.load(hazard.inspectionId))!,
  status: (hazard, _, ctx) => hazardStatus(hazard, ctx.today),
  rectifiedOnTime: (hazard) => (hazard.rectifiedOn ? hazard.rectifiedOn <= hazard.deadline : null),
};
