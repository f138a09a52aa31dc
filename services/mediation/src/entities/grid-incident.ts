import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 网格事件: an incident going through the five steps. */
@Entity({ name: 'grid_incidents' })
export class GridIncident {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Column({ type: 'text' })
  place: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'reporter_kind', type: 'text' })
  reporterKind: string;

  @Column({ name: 'reporter_person_id', type: 'uuid', nullable: true })
  reporterPersonId: string | null;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'text' })
  step: string;

  @Column({ name: 'department_code', type: 'text', nullable: true })
  departmentCode: string | null;

  @Column({ name: 'dispatched_on', type: 'date', nullable: true })
  dispatchedOn: string | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ name: 'handled_on', type: 'date', nullable: true })
  handledOn: string | null;

  @Column({ type: 'text', nullable: true })
  handling: string | null;

  @Column({ name: 'followed_up_on', type: 'date', nullable: true })
  followedUpOn: string | null;

  @Column({ name: 'follow_up_note', type: 'text', nullable: true })
  followUpNote: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'reopen_count', type: 'integer' })
  reopenCount: number;

  @Column({ name: 'dispute_case_id', type: 'uuid', nullable: true })
  disputeCaseId: string | null;

  @Column({ name: 'council_topic_id', type: 'uuid', nullable: true })
  councilTopicId: string | null;
}
