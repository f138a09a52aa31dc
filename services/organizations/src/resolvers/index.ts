import { DateScalar, DateTimeScalar } from '@linli/subgraph';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Area, OrganizationPeriodStatistics, OrganizationStatistics } from './area';
import { FenScalar } from './fen';
import { DonationPayload, FundraisingCampaign, FundraisingCampaignPayload } from './fundraising-campaign';
import { Membership } from './membership';
import { Mutation } from './mutation';
import { Organization } from './organization';
import { OrganizationActivity } from './organization-activity';
import { Person } from './person';
import { Query } from './query';
import { ProjectOutcome, ServiceProject } from './service-project';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Fen: FenScalar,
  Query,
  Mutation,
  Organization,
  Person,
  Membership,
  OrganizationActivity,
  ServiceProject,
  ProjectOutcome,
  FundraisingCampaign,
  FundraisingCampaignPayload,
  DonationPayload,
  Area,
  OrganizationStatistics,
  OrganizationPeriodStatistics,
};
