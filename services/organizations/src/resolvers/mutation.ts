import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

export const Mutation: MutationResolvers = {
  registerOrganization: (_, { input }, ctx) => payload(() => ctx.registry.registerOrganization(input)),
  updateOrganization: (_, { input }, ctx) => payload(() => ctx.registry.updateOrganization(input)),
  changeOrganizationStatus: (_, { input }, ctx) => payload(() => ctx.registry.changeStatus(input)),
  addMember: (_, { input }, ctx) => payload(() => ctx.membershipService.addMember(input)),
  endMembership: (_, { input }, ctx) => payload(() => ctx.membershipService.endMembership(input)),
  recordActivity: (_, { input }, ctx) => payload(() => ctx.activityService.recordActivity(input)),
  recordActivitySeries: (_, { input }, ctx) => payload(() => ctx.activityService.recordSeries(input)),
  createServiceProject: (_, { input }, ctx) => payload(() => ctx.projectService.createProject(input)),
  changeServiceProjectStatus: (_, { input }, ctx) => payload(() => ctx.projectService.changeStatus(input)),
  reportProjectOutcome: (_, { input }, ctx) => payload(() => ctx.projectService.reportOutcome(input)),
  startFundraisingCampaign: (_, { input }, ctx) => payload(() => ctx.fundraisingService.startCampaign(input)),
  recordDonation: (_, { input }, ctx) => payload(() => ctx.fundraisingService.recordDonation(input)),
};
