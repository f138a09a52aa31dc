import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of housing's houses: which grid a house is in. Written only by the housing consumer. */
@Entity({ name: 'known_houses' })
export class KnownHouse {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'grid_code', type: 'text' })
  gridCode: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'integer' })
  rooms: number;

  @Column({ type: 'boolean' })
  rental: boolean;

  /** When the event that last changed this row happened; older events are ignored. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}
