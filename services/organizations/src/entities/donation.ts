import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A donation in whole fen (bigint: exact, never floating point). */
@Entity({ name: 'donations' })
export class Donation {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'donor_kind', type: 'text' })
  donorKind: string;

  @Column({ name: 'donor_name', type: 'text', nullable: true })
  donorName: string | null;

  @Column({ name: 'donated_on', type: 'date' })
  donatedOn: string;
}
