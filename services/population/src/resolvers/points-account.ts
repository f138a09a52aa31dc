import { pageSize } from '@linli/db';
import type { PointsAccountResolvers } from '../__generated__/resolvers-types';

export const PointsAccount: PointsAccountResolvers = {
  person: (account, _, ctx) => ctx.loaders.person.load(account.personId),
  total: async (account, _, ctx) => (await ctx.loaders.pointsTotals.load(account.personId))?.total ?? 0,
  byRule: async (account, _, ctx) => (await ctx.loaders.pointsTotals.load(account.personId))?.byRule ?? [],
  entries: (account, page, ctx) => ctx.points.entries(account.personId, pageSize(page), page.after, ctx.reach),
};
