import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of population's persons: who a landlord is and where they belong, nothing personal. */
@Entity({ name: 'persons' })
export class Person {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;

  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}
