import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 居住登记: a person lives at a house from a date to a date (null while current). */
@Entity({ name: 'residences' })
export class Residence {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'house_id', type: 'uuid' })
  houseId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'from_date', type: 'date' })
  from: string;

  @Column({ name: 'to_date', type: 'date', nullable: true })
  to: string | null;

  @Column({ type: 'text' })
  reason: string;
}
