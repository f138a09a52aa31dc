import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A group of seats in a council's plan. */
@Entity({ name: 'council_seat_groups' })
export class CouncilSeatGroup {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @PrimaryColumn({ name: 'group_name', type: 'text' })
  groupName: string;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ type: 'integer' })
  position: number;
}
