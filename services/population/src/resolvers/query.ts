import { GraphQLError } from 'graphql';
import { pageSize } from '@linli/db';
import { addDays, ForbiddenError, today } from '@linli/domain';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { birthBounds, mayReadCare } from '../domain/rules';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export const Query: QueryResolvers = {
  person: (_, { id }, ctx) => ctx.loaders.person.load(id),
  persons: (_, { filter, ...page }, ctx) => {
    if (filter?.keyGroup && !mayReadCare(ctx.viewer)) throw new ForbiddenError('key groups are for the roles that care for residents');
    for (const key of ['minAge', 'maxAge'] as const) {
      const age = filter?.[key];
      if (age !== null && age !== undefined && (age < 0 || age > 150)) throw badInput(`${key} must be between 0 and 150`);
    }
    return ctx.persons.list(
      {
        name: filter?.name,
        documentHash: filter?.documentNumber ? ctx.blindIndex(filter.documentNumber) : null,
        phoneHash: filter?.phone ? ctx.blindIndex(filter.phone) : null,
        areaCode: filter?.areaCode,
        householdType: filter?.householdType,
        keyGroup: filter?.keyGroup,
        ...birthBounds(today(), filter?.minAge, filter?.maxAge),
      },
      pageSize(page),
      page.after,
      ctx.reach,
    );
  },
  overdueVisits: (_, { areaCode, ...page }, ctx) => {
    if (!mayReadCare(ctx.viewer)) throw new ForbiddenError('the visit worklist is for the roles that care for residents');
    return ctx.visits.overdue(areaCode, today(), pageSize(page), page.after, ctx.reach);
  },
  expiringResidencePermits: (_, { areaCode, withinDays, ...page }, ctx) => {
    if (!mayReadCare(ctx.viewer)) throw new ForbiddenError('the permit worklist is for the roles that care for residents');
    if (withinDays < 0 || withinDays > 366) throw badInput('withinDays must be between 0 and 366');
    return ctx.permits.expiring(areaCode, today(), addDays(today(), withinDays), pageSize(page), page.after, ctx.reach);
  },
  visitRules: (_, __, ctx) => ctx.visits.rules(),
  auditRecords: (_, { personId, ...page }, ctx) => ctx.personalData.auditRecords(personId, pageSize(page), page.after),
};
