import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 人民调解委员会: one per community. */
@Entity({ name: 'mediation_committees' })
export class MediationCommittee {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  name: string;
}
