import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  person: (_, { id }, ctx) => ctx.loaders.person.load(id),
  persons: (_, { filter, ...page }, ctx) =>
    ctx.persons.list(
      {
        name: filter?.name,
        documentHash: filter?.documentNumber ? ctx.blindIndex(filter.documentNumber) : null,
        areaCode: filter?.areaCode,
        householdType: filter?.householdType,
      },
      pageSize(page),
      page.after,
      ctx.viewer.areas,
    ),
};
