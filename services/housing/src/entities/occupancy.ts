import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Read model of population's residences at each house. `registered` and `endedOn` are set
 * by separate events that may arrive in either order; a residence counts while it is
 * registered and not ended.
 */
@Entity({ name: 'occupancies' })
export class Occupancy {
  @PrimaryColumn({ name: 'residence_id', type: 'uuid' })
  residenceId: string;

  @Column({ name: 'house_id', type: 'uuid' })
  houseId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'boolean' })
  registered: boolean;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
