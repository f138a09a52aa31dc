import { randomUUID } from 'node:crypto';
import { isUuid, transaction } from '@linli/db';
import { refuse, today, Validation } from '@linli/domain';
import { FundraisingRepository, type CampaignRow, type DonationRow } from '../repositories/fundraising-repository';
import { CONSTRAINT_RULES } from './constraint-rules';
import { BOUNDS, checkFen, text } from './rules';
import { Work } from './work';

export interface StartCampaign {
  organizationId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  goalFen?: number | null;
}

export interface RecordDonation {
  campaignId: string;
  amountFen: number;
  donorKind: DonorKind;
  donorName?: string | null;
  donatedOn: string;
}

type DonorKind = DonationRow['donorKind'];

/** Fundraising campaigns and their donations; every amount is whole fen, exact. */
export class FundraisingService extends Work {
  async startCampaign(input: StartCampaign): Promise<{ fundraisingCampaign: CampaignRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const org = await this.organizationFor(tx, input.organizationId, ['input', 'organizationId']);
        this.requireActive(org, ['input', 'organizationId']);
        const v = new Validation();
        const name = text(input.name, 100, ['input', 'name'], 'NAME_INVALID', 'the name', v);
        v.check(input.startsOn <= input.endsOn, ['input', 'endsOn'], 'PERIOD_INVALID', 'the campaign must end on or after the day it starts');
        if (input.goalFen !== undefined && input.goalFen !== null) checkFen(input.goalFen, BOUNDS.goalFen, ['input', 'goalFen'], v);
        v.throwIfAny();
        const campaign = await new FundraisingRepository(tx).insert({
          id: randomUUID(),
          organizationId: org.id,
          areaCode: org.areaCode,
          name,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          goalFen: input.goalFen === undefined || input.goalFen === null ? null : String(input.goalFen),
        });
        return { fundraisingCampaign: campaign };
      },
      CONSTRAINT_RULES,
    );
  }

  async recordDonation(input: RecordDonation): Promise<{ donation: DonationRow; fundraisingCampaign: CampaignRow }> {
    this.requireWorker();
    return transaction(
      this.dataSource,
      async (tx) => {
        const fundraising = new FundraisingRepository(tx);
        const campaign = isUuid(input.campaignId) ? await fundraising.lock(input.campaignId, this.scope) : null;
        if (!campaign) refuse(['input', 'campaignId'], 'CAMPAIGN_UNKNOWN', `no campaign ${input.campaignId} in your areas`);
        const org = await this.organizationFor(tx, campaign.organizationId, ['input', 'campaignId']);
        this.requireActive(org, ['input', 'campaignId']);
        const v = new Validation();
        checkFen(input.amountFen, BOUNDS.donationFen, ['input', 'amountFen'], v);
        v.check(
          input.donatedOn >= campaign.startsOn && input.donatedOn <= campaign.endsOn,
          ['input', 'donatedOn'],
          'DONATION_OUTSIDE_CAMPAIGN',
          `campaign ${campaign.name} runs from ${campaign.startsOn} to ${campaign.endsOn}`,
        );
        v.check(input.donatedOn <= today(), ['input', 'donatedOn'], 'DONATION_IN_FUTURE', 'a donation cannot be recorded for a future day');
        let donorName = input.donorName?.trim() || null;
        if (input.donorKind === 'ANONYMOUS')
          v.check(donorName === null, ['input', 'donorName'], 'DONOR_NAME_NOT_EXPECTED', 'an anonymous donation carries no name');
        else if (donorName) donorName = text(donorName, 100, ['input', 'donorName'], 'DONOR_NAME_INVALID', 'the donor’s name', v);
        v.throwIfAny();
        const donation = await fundraising.insertDonation({
          id: randomUUID(),
          campaignId: campaign.id,
          areaCode: campaign.areaCode,
          amountFen: String(input.amountFen),
          donorKind: input.donorKind,
          donorName,
          donatedOn: input.donatedOn,
        });
        return { donation, fundraisingCampaign: campaign };
      },
      CONSTRAINT_RULES,
    );
  }
}
