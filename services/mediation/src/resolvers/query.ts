import { ForbiddenError } from '@linli/domain';
import { pageSize } from '@linli/db';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { may } from '../domain/access';

export const Query: QueryResolvers = {
  mediationCommittee: (_, { id }, ctx) => ctx.loaders.committee.load(id),
  mediationCommittees: (_, args, ctx) => ctx.committees.list(args.areaCode, pageSize(args), args.after, ctx.scopes.cases),
  disputeCase: (_, { id }, ctx) => {
    if (!may(ctx.viewer, 'disputes')) throw new ForbiddenError('dispute cases are for mediators, community workers and street and district admins');
    return ctx.loaders.disputeCase.load(id);
  },
  disputeCases: (_, { filter, ...page }, ctx) => {
    if (!may(ctx.viewer, 'disputes')) throw new ForbiddenError('dispute cases are for mediators, community workers and street and district admins');
    return ctx.cases.list(filter ?? {}, ctx.today, pageSize(page), page.after, ctx.scopes.cases);
  },
  gridIncident: (_, { id }, ctx) => ctx.loaders.incident.load(id),
  gridIncidents: (_, { filter, ...page }, ctx) => ctx.incidents.list(filter ?? {}, ctx.today, pageSize(page), page.after, ctx.scopes.incidents),
  incidentRoutes: (_, args, ctx) => ctx.incidents.routes(pageSize(args), args.after),
  residentsCouncil: (_, { id }, ctx) => ctx.loaders.council.load(id),
  residentsCouncils: (_, args, ctx) => ctx.councils.list(args.areaCode, pageSize(args), args.after, ctx.scopes.councils),
  councilTopic: (_, { id }, ctx) => ctx.loaders.topic.load(id),
};
