import { within, Params, row, rows, type Connection } from '@linli/db';
import { pagesByParent, type Db } from '@linli/db';

export interface CampaignRow {
  id: string;
  organizationId: string;
  areaCode: string;
  name: string;
  startsOn: string;
  endsOn: string;
  /** bigint as text: exact. */
  goalFen: string | null;
}

export interface DonationRow {
  id: string;
  campaignId: string;
  amountFen: string;
  donorKind: 'INDIVIDUAL' | 'ENTERPRISE' | 'ORGANIZATION' | 'ANONYMOUS';
  donorName: string | null;
  donatedOn: string;
}

export interface CampaignTotals {
  campaignId: string;
  raisedFen: string;
  donationCount: number;
}

const COLUMNS = `c.id, c.organization_id AS "organizationId", c.area_code AS "areaCode", c.name, to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", c.goal_fen::text AS "goalFen"`;
const DONATION_COLUMNS = `d.id, d.campaign_id AS "campaignId", d.amount_fen::text AS "amountFen", d.donor_kind AS "donorKind", d.donor_name AS "donorName",
  to_char(d.donated_on, 'YYYY-MM-DD') AS "donatedOn"`;

export class FundraisingRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[], scope: readonly string[]): Promise<CampaignRow[]> {
    const p = new Params([ids]);
    return rows<CampaignRow>(
      this.db,
      `/* campaignsByIds */ SELECT ${COLUMNS} FROM fundraising_campaigns c WHERE c.id = ANY($1::uuid[]) AND ${within('c.area_code', scope, p)}`,
      p.values,
    );
  }

  async pages(
    organizationIds: readonly string[],
    args: { first: number; after?: string | null },
    scope: readonly string[],
  ): Promise<Connection<CampaignRow>[]> {
    const p = new Params();
    return pagesByParent<CampaignRow>(this.db, organizationIds, args.first, args.after, {
      name: 'campaignPagesByOrganizations',
      select: COLUMNS,
      from: 'fundraising_campaigns c',
      parent: 'c.organization_id',
      where: [within('c.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'c.starts_on', cast: 'date' },
        { expr: 'c.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (x) => [x.startsOn, x.id],
      parentOf: (x) => x.organizationId,
    });
  }

  async donationPages(
    campaignIds: readonly string[],
    args: { first: number; after?: string | null },
    scope: readonly string[],
  ): Promise<Connection<DonationRow>[]> {
    const p = new Params();
    return pagesByParent<DonationRow>(this.db, campaignIds, args.first, args.after, {
      name: 'donationPagesByCampaigns',
      select: DONATION_COLUMNS,
      from: 'donations d',
      parent: 'd.campaign_id',
      where: [within('d.area_code', scope, p)],
      params: p,
      order: [
        { expr: 'd.donated_on', cast: 'date' },
        { expr: 'd.id', cast: 'uuid' },
      ],
      descending: true,
      keyOf: (x) => [x.donatedOn, x.id],
      parentOf: (x) => x.campaignId,
    });
  }

  /** Totals of many campaigns in one statement; sums of bigint stay exact (numeric). */
  async totals(campaignIds: readonly string[], scope: readonly string[]): Promise<CampaignTotals[]> {
    const p = new Params([campaignIds]);
    return rows<CampaignTotals>(
      this.db,
      `/* donationTotalsByCampaigns */ SELECT d.campaign_id AS "campaignId", sum(d.amount_fen)::text AS "raisedFen", count(*)::int AS "donationCount"
       FROM donations d WHERE d.campaign_id = ANY($1::uuid[]) AND ${within('d.area_code', scope, p)} GROUP BY d.campaign_id`,
      p.values,
    );
  }

  async lock(id: string, scope: readonly string[]): Promise<CampaignRow | null> {
    const p = new Params([id]);
    return row<CampaignRow>(
      this.db,
      `/* campaignLock */ SELECT ${COLUMNS} FROM fundraising_campaigns c WHERE c.id = $1::uuid AND ${within('c.area_code', scope, p)} FOR SHARE`,
      p.values,
    );
  }

  async insert(x: CampaignRow): Promise<CampaignRow> {
    const [created] = await rows<CampaignRow>(
      this.db,
      `/* campaignInsert */ INSERT INTO fundraising_campaigns AS c (id, organization_id, area_code, name, starts_on, ends_on, goal_fen)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [x.id, x.organizationId, x.areaCode, x.name, x.startsOn, x.endsOn, x.goalFen],
    );
    return created;
  }

  async insertDonation(x: DonationRow & { areaCode: string }): Promise<DonationRow> {
    const [created] = await rows<DonationRow>(
      this.db,
      `/* donationInsert */ INSERT INTO donations AS d (id, campaign_id, area_code, amount_fen, donor_kind, donor_name, donated_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${DONATION_COLUMNS}`,
      [x.id, x.campaignId, x.areaCode, x.amountFen, x.donorKind, x.donorName, x.donatedOn],
    );
    return created;
  }
}
