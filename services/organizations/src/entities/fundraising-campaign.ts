import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A fundraising campaign, e.g. a charity day. */
@Entity({ name: 'fundraising_campaigns' })
export class FundraisingCampaign {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'goal_fen', type: 'bigint', nullable: true })
  goalFen: string | null;
}
