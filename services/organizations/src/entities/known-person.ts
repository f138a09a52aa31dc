import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of persons population announced, so members and contacts are real people. */
@Entity({ name: 'known_persons' })
export class KnownPerson {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;
}
