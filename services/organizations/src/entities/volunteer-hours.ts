import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of volunteering's approved hours, one row per approval event; counts while approved and not reversed. */
@Entity({ name: 'volunteer_hours' })
export class VolunteerHours {
  @PrimaryColumn({ name: 'approval_event_id', type: 'uuid' })
  approvalEventId: string;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'attendance_id', type: 'uuid', nullable: true })
  attendanceId: string | null;

  @Column({ name: 'activity_id', type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ name: 'served_on', type: 'date', nullable: true })
  servedOn: string | null;

  @Column({ type: 'boolean' })
  approved: boolean;

  @Column({ type: 'boolean' })
  reversed: boolean;
}
