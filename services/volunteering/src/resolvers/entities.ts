import { pageSize } from '@linli/db';
import type {
  AreaResolvers,
  BuildingResolvers,
  OrganizationResolvers,
  PersonResolvers,
  VolunteeringPeriodStatisticsResolvers,
  VolunteeringStatisticsResolvers,
} from '../__generated__/resolvers-types';
import { hoursOf } from '../domain/rules';
import { GraphQLError } from 'graphql';
import { MAX_SERIES_POINTS, periodOf, seriesPoints } from './period';

/** Other subgraphs' entities volunteering extends with its own fields. */
export const Person: PersonResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  volunteer: (person, _, ctx) => ctx.loaders.volunteerOfPerson.load(person.id),
};

export const Building: BuildingResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  captains: (building, _, ctx) => ctx.loaders.captainsOfBuilding.load(building.id),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  volunteerActivities: (organization, args, ctx) => ctx.loaders.activitiesOfOrganization({ first: pageSize(args), after: args.after }).load(organization.id),
};

export const Area: AreaResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  volunteering: (area, { period }, ctx) => {
    const { from, to } = periodOf(period);
    return ctx.loaders.volunteering.load({ code: area.code, period: { from, to } });
  },
  volunteeringSeries: async (area, { period, every }, ctx) => {
    const { from, to } = periodOf(period);
    if (seriesPoints({ from, to }, every) > MAX_SERIES_POINTS)
      throw new GraphQLError(`a series has at most ${MAX_SERIES_POINTS} points`, { extensions: { code: 'BAD_USER_INPUT' } });
    return (await ctx.loaders.volunteeringSeries.load({ code: area.code, period: { from, to, every } }))?.points ?? null;
  },
};

export const VolunteeringStatistics: VolunteeringStatisticsResolvers = {
  approvedHours: (figures) => hoursOf(figures.approvedMinutes),
  captainCoverage: (figures) => (figures.buildings === 0 ? null : Math.round((figures.buildingsWithCaptain / figures.buildings) * 10_000) / 10_000),
};

export const VolunteeringPeriodStatistics: VolunteeringPeriodStatisticsResolvers = {
  approvedHours: (point) => hoursOf(point.approvedMinutes),
};
