import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An outcome reported against a target, on a day within the project's period. */
@Entity({ name: 'project_outcomes' })
export class ProjectOutcome {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'integer' })
  value: number;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
