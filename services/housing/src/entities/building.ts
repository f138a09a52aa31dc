import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 楼栋: a building in a grid. */
@Entity({ name: 'buildings' })
export class Building {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'grid_code', type: 'text' })
  gridCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'integer' })
  floors: number;

  @Column({ type: 'boolean' })
  rental: boolean;

  @Column({ name: 'access_control', type: 'boolean' })
  accessControl: boolean;

  @Column({ name: 'estate_id', type: 'uuid', nullable: true })
  estateId: string | null;

  @Column({ type: 'text' })
  kind: string;

  /** One of the five modes of 五管齐下. */
  @Column({ name: 'management_mode', type: 'text' })
  managementMode: string;

  @Column({ name: 'access_control_since', type: 'date', nullable: true })
  accessControlSince: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
