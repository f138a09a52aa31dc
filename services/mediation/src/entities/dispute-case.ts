import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 矛盾纠纷: a dispute case and where it stands in its life cycle. */
@Entity({ name: 'dispute_cases' })
export class DisputeCase {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'committee_id', type: 'uuid', nullable: true })
  committeeId: string | null;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'status_on', type: 'date' })
  statusOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'agreement_terms', type: 'text', nullable: true })
  agreementTerms: string | null;

  @Column({ name: 'agreement_on', type: 'date', nullable: true })
  agreementOn: string | null;

  @Column({ name: 'fulfilment_deadline', type: 'date', nullable: true })
  fulfilmentDeadline: string | null;

  @Column({ name: 'fulfilled_on', type: 'date', nullable: true })
  fulfilledOn: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'referred_to', type: 'text', nullable: true })
  referredTo: string | null;

  @Column({ name: 'referral_institution', type: 'text', nullable: true })
  referralInstitution: string | null;

  @Column({ name: 'referred_on', type: 'date', nullable: true })
  referredOn: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;
}
