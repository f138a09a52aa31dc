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

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
