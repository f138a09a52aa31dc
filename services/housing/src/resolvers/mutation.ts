import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  createArea: (_, { input }, ctx) => payload(() => ctx.places.createArea(input)),
  renameArea: (_, { input }, ctx) => payload(() => ctx.places.renameArea(input)),
  retireArea: (_, { input }, ctx) => payload(() => ctx.places.retireArea(input)),
  createEstate: (_, { input }, ctx) => payload(() => ctx.estateService.createEstate(input)),
  updateEstate: (_, { input }, ctx) => payload(() => ctx.estateService.updateEstate(input)),
  rateEstate: (_, { input }, ctx) => payload(() => ctx.estateService.rateEstate(input)),
  registerBuilding: (_, { input }, ctx) => payload(() => ctx.places.registerBuilding(input)),
  updateBuilding: (_, { input }, ctx) => payload(() => ctx.places.updateBuilding(input)),
  registerHouse: (_, { input }, ctx) => payload(() => ctx.places.registerHouse(input)),
  updateHouse: (_, { input }, ctx) => payload(() => ctx.places.updateHouse(input)),
  addChecklistItem: (_, { input }, ctx) => payload(() => ctx.inspectionService.addChecklistItem(input)),
  retireChecklistItem: (_, { input }, ctx) => payload(() => ctx.inspectionService.retireChecklistItem(input)),
  recordInspection: (_, { input }, ctx) => payload(() => ctx.inspectionService.recordInspection(input)),
  rectifyHazard: (_, { input }, ctx) => payload(() => ctx.inspectionService.rectifyHazard(input)),
};
