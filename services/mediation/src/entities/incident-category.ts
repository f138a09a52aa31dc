import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The routing table: category → department → time limit. */
@Entity({ name: 'incident_categories' })
export class IncidentCategory {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'department_code', type: 'text', nullable: true })
  departmentCode: string | null;

  @Column({ name: 'time_limit_days', type: 'integer' })
  timeLimitDays: number;
}
