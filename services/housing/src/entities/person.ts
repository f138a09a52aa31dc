import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of population's persons (the kernel's KNOWN_PERSONS): who a landlord is and where they belong. */
@Entity({ name: 'known_persons' })
export class KnownPerson {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;

  @Column({ name: 'household_type', type: 'text' })
  householdType: string;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;

  @Column({ name: 'as_of_event', type: 'uuid' })
  asOfEvent: string;
}
