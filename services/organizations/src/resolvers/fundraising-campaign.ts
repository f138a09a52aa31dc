import { pageSize } from '@linli/db';
import type { DonationPayloadResolvers, FundraisingCampaignPayloadResolvers, FundraisingCampaignResolvers } from '../__generated__/resolvers-types';

export const FundraisingCampaign: FundraisingCampaignResolvers = {
  organization: async (c, _, ctx) => (await ctx.loaders.organization.load(c.organizationId))!,
  raisedFen: async (c, _, ctx) => (await ctx.loaders.campaignTotals.load(c.id))?.raisedFen ?? 0,
  donationCount: async (c, _, ctx) => (await ctx.loaders.campaignTotals.load(c.id))?.donationCount ?? 0,
  donations: (c, args, ctx) => ctx.loaders.donations({ first: pageSize(args), after: args.after }).load(c.id),
};

/** The payloads name the campaign as the query does (fundraisingCampaign); `campaign` stays as a deprecated alias. */
export const FundraisingCampaignPayload: FundraisingCampaignPayloadResolvers = {
  campaign: (p) => p.fundraisingCampaign ?? null,
};

export const DonationPayload: DonationPayloadResolvers = {
  campaign: (p) => p.fundraisingCampaign ?? null,
};
