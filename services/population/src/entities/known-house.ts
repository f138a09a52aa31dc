import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of housing's houses: which grid a house is in. Written only by the read-model kit's consumer (KNOWN_HOUSES). */
@Entity({ name: 'known_houses' })
export class KnownHouse {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The building (filled by the next event for rows from before the read-model kit). */
  @Column({ name: 'building_id', type: 'uuid', nullable: true })
  buildingId: string | null;

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

  /** The event that last changed this row: ties of asOf are ordered by it. */
  @Column({ name: 'as_of_event', type: 'uuid' })
  asOfEvent: string;
}
