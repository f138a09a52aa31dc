import { defaultPeriod } from '@linli/domain';
import type { AreaResolvers } from '../__generated__/resolvers-types';
import { CATEGORIES, MEASURES, STATUSES } from '../repositories/statistics-repository';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  organizations: async (area, { period }, ctx) =>
    (await ctx.loaders.statistics.load({ code: area.code, period: period ?? defaultPeriod() })) ?? {
      code: area.code,
      organizations: 0,
      byCategory: CATEGORIES.map((category) => ({ category, organizations: 0 })),
      byStatus: STATUSES.map((status) => ({ status, organizations: 0 })),
      partyBranches: 0,
      members: 0,
      activities: 0,
      participants: 0,
      peopleServed: 0,
      serviceProjects: 0,
      serviceProjectBudgetFen: '0',
      serviceProjectMeasures: MEASURES.map((measure) => ({ measure, target: 0, achieved: 0 })),
      fundsRaisedFen: '0',
      donations: 0,
      volunteerMinutes: 0,
      volunteerHours: 0,
    },
};
