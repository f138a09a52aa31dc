import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A named target of a project. */
@Entity({ name: 'project_targets' })
export class ProjectTarget {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  measure: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  target: number;

  @Column({ type: 'integer' })
  position: number;
}
