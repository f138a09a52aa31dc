import { addDays } from '@linli/domain';
import { connection, pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  area: (_, { code }, ctx) => ctx.loaders.area.load(code),
  areas: (_, args, ctx) => ctx.areas.list({ within: args.within, level: args.level }, pageSize(args), args.after, ctx.viewer.areas),
  estate: (_, { id }, ctx) => ctx.loaders.estate.load(id),
  estates: (_, args, ctx) => ctx.estates.list(args.filter ?? {}, pageSize(args), args.after, ctx.scope),
  building: (_, { id }, ctx) => ctx.loaders.building.load(id),
  buildings: (_, args, ctx) => ctx.buildings.list(args.filter ?? {}, pageSize(args), args.after, ctx.scope),
  house: (_, { id }, ctx) => ctx.loaders.house.load(id),
  houses: (_, args, ctx) => ctx.houses.list(args.filter ?? {}, pageSize(args), args.after, ctx.scope),
  // due: not inspected on or after the cutoff, i.e. more than INSPECTION_INTERVAL_DAYS ago
  housesDueForInspection: (_, args, ctx) =>
    ctx.houses.dueForInspection(args.areaCode, addDays(ctx.today, -ctx.settings.INSPECTION_INTERVAL_DAYS), pageSize(args), args.after, ctx.scope),
  // the checklist is configuration, but like every housing row it is for the roles that read housing
  checklist: (_, { includeRetired }, ctx) => (ctx.scope.length ? ctx.inspections.checklist(includeRetired ?? false) : []),
  checklistItems: (_, args, ctx) =>
    ctx.scope.length ? ctx.inspections.checklistPage(args.includeRetired ?? false, pageSize(args), args.after) : connection([], pageSize(args), 0, () => [], args.after),
  inspection: (_, { id }, ctx) => ctx.loaders.inspection.load(id),
  inspections: (_, args, ctx) => ctx.inspections.list(args.filter ?? {}, pageSize(args), args.after, ctx.scope),
  hazard: (_, { id }, ctx) => ctx.loaders.hazard.load(id),
  hazards: (_, args, ctx) => ctx.hazards.list(args.filter ?? {}, ctx.today, pageSize(args), args.after, ctx.scope),
};
