import type { HomeVisitResolvers, OverdueVisitResolvers } from '../__generated__/resolvers-types';

export const HomeVisit: HomeVisitResolvers = {
  person: async (visit, _, ctx) => (await ctx.loaders.person.load(visit.personId))!,
};

export const OverdueVisit: OverdueVisitResolvers = {
  person: async (overdue, _, ctx) => (await ctx.loaders.person.load(overdue.personId))!,
};
