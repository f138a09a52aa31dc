import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 社会组织: a community social organization and its current status. */
@Entity({ name: 'organizations' })
export class Organization {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'registration_kind', type: 'text' })
  registrationKind: string;

  @Column({ name: 'credit_code', type: 'text', nullable: true })
  creditCode: string | null;

  @Column({ name: 'filing_number', type: 'text', nullable: true })
  filingNumber: string | null;

  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'founded_on', type: 'date' })
  foundedOn: string;

  @Column({ name: 'party_branch', type: 'boolean' })
  partyBranch: boolean;

  @Column({ name: 'contact_person_id', type: 'uuid', nullable: true })
  contactPersonId: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_on', type: 'date', nullable: true })
  statusChangedOn: string | null;
}
