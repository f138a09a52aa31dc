import type { InspectionResolvers } from '../__generated__/resolvers-types';

export const Inspection: InspectionResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.inspection.load(ref.id),
  // an inspection is in scope exactly when its house is (both carry the house's grid)
  house: async (inspection, _, ctx) => (await ctx.loaders.house.load(inspection.houseId))!,
  results: (inspection, _, ctx) => ctx.loaders.resultsOfInspection.load(inspection.id),
  hazards: (inspection, _, ctx) => ctx.loaders.hazardsOfInspection.load(inspection.id),
};
