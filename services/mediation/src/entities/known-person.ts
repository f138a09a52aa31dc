import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of population's persons: that a person exists, their household type and area. Written only by the person consumer. */
@Entity({ name: 'known_persons' })
export class KnownPerson {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'household_type', type: 'text' })
  householdType: string;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;

  /** occurredAt of the event that wrote the row; an older event arriving later is ignored. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}
