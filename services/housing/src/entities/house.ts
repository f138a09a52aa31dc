import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 户 / 出租屋: a unit in a building, with its occupancy kept from population's events. */
@Entity({ name: 'houses' })
export class House {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'building_id', type: 'uuid' })
  buildingId: string;

  /** The grid the house lies in (copied from its building, for scoped prefix queries). */
  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  number: string;

  @Column({ type: 'integer' })
  rooms: number;

  @Column({ name: 'floor_area', type: 'numeric', nullable: true })
  floorArea: string | null;

  @Column({ type: 'boolean' })
  rental: boolean;

  @Column({ name: 'landlord_id', type: 'uuid', nullable: true })
  landlordId: string | null;

  @Column({ type: 'integer', default: 0 })
  occupants: number;

  /** The latest inspection's day: "due for inspection" reads it. */
  @Column({ name: 'last_inspected_on', type: 'date', nullable: true })
  lastInspectedOn: string | null;
}
