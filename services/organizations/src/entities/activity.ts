import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An activity an organization held. */
@Entity({ name: 'activities' })
export class Activity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'integer' })
  participants: number;

  @Column({ name: 'people_served', type: 'integer' })
  peopleServed: number;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;
}
