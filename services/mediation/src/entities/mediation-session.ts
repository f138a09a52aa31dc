import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 调解会: a session of a case being mediated. */
@Entity({ name: 'mediation_sessions' })
export class MediationSession {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'attendee_ids', type: 'uuid', array: true })
  attendeeIds: string[];

  @Column({ type: 'text' })
  notes: string;
}
