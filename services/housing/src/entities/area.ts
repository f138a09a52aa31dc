import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 行政区划 / 网格: a district, street, community or grid, keyed by its code. */
@Entity({ name: 'areas' })
export class Area {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'renamed_at', type: 'timestamptz', nullable: true })
  renamedAt: Date | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
