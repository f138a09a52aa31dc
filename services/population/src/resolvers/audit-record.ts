import type { AuditRecordResolvers } from '../__generated__/resolvers-types';

export const AuditRecord: AuditRecordResolvers = {
  // the record stays readable where the reveal happened; whose it was only while that person is
  personId: async (record, _, ctx) => (await ctx.loaders.person.load(record.personId))?.id ?? null,
};
