import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 小区: a managed residential compound in a community. */
@Entity({ name: 'estates' })
export class Estate {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'community_code', type: 'text' })
  communityCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'property_company', type: 'text' })
  propertyCompany: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** 物业小区安全管理星级评定: one rating per estate per year, never overwritten. */
@Entity({ name: 'estate_ratings' })
export class EstateRating {
  @PrimaryColumn({ name: 'estate_id', type: 'uuid' })
  estateId: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  stars: number;

  @Column({ name: 'rated_on', type: 'date' })
  ratedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'rated_by', type: 'text' })
  ratedBy: string;
}
