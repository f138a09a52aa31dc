import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person's membership of an organization; current while to_on is null. */
@Entity({ name: 'memberships' })
export class Membership {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ name: 'from_on', type: 'date' })
  fromOn: string;

  @Column({ name: 'to_on', type: 'date', nullable: true })
  toOn: string | null;
}
