import { defaultPeriod } from '@linli/domain';
import { hoursOf } from '../domain/rules';
import type { AreaResolvers, OrganizationStatisticsResolvers } from '../__generated__/resolvers-types';

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  // every code asked for gets a row (zeros where nothing is), so null means only a failure
  organizations: (area, { period }, ctx) => ctx.loaders.statistics.load({ code: area.code, period: period ?? defaultPeriod() }),
};

export const OrganizationStatistics: OrganizationStatisticsResolvers = {
  organizations: (figures) => figures.organizationCount,
  volunteerHours: (figures) => hoursOf(figures.volunteerMinutes),
};
