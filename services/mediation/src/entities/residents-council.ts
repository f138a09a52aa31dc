import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 居民议事厅: a community's residents' council. */
@Entity({ name: 'residents_councils' })
export class ResidentsCouncil {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  name: string;
}
