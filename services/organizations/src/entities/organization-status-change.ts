import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step of an organization's life cycle, with its reason and date. */
@Entity({ name: 'organization_status_changes' })
export class OrganizationStatusChange {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: string;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;
}
