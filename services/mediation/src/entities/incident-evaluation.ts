import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An evaluation at closing; an unsatisfied one reopened the incident. */
@Entity({ name: 'incident_evaluations' })
export class IncidentEvaluation {
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'incident_id', type: 'uuid' })
  incidentId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn: string;

  @Column({ type: 'boolean' })
  satisfied: boolean;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
