import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A topic brought to a council, its tally, resolution and implementation. */
@Entity({ name: 'council_topics' })
export class CouncilTopic {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedBy: string | null;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ name: 'incident_id', type: 'uuid', nullable: true })
  incidentId: string | null;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @Column({ name: 'resolved_on', type: 'date', nullable: true })
  resolvedOn: string | null;

  @Column({ name: 'votes_for', type: 'integer' })
  votesFor: number;

  @Column({ name: 'votes_against', type: 'integer' })
  votesAgainst: number;

  @Column({ name: 'votes_abstain', type: 'integer' })
  votesAbstain: number;

  @Column({ name: 'implementation_progress', type: 'integer' })
  implementationProgress: number;

  @Column({ name: 'implementation_note', type: 'text', nullable: true })
  implementationNote: string | null;

  @Column({ name: 'implementation_on', type: 'date', nullable: true })
  implementationOn: string | null;

  @Column({ name: 'implemented_on', type: 'date', nullable: true })
  implementedOn: string | null;
}
