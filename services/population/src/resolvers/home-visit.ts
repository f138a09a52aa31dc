import type { HomeVisitResolvers, OverdueVisitResolvers } from '../__generated__/resolvers-types';

export const HomeVisit: HomeVisitResolvers = {
  person: (visit, _, ctx) => ctx.loaders.person.load(visit.personId),
};

export const OverdueVisit: OverdueVisitResolvers = {
  person: (overdue, _, ctx) => ctx.loaders.person.load(overdue.personId),
};
