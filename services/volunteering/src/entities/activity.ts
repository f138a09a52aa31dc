import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A volunteer activity or shift, organised by a team or a social organisation. */
@Entity({ name: 'activities' })
export class Activity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organiser_kind', type: 'text' })
  organiserKind: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'signed_up', type: 'integer' })
  signedUp: number;

  @Column({ name: 'required_skills', type: 'text', array: true })
  requiredSkills: string[];

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;
}

/** A volunteer's sign-up for an activity, its attendance and its served time. */
@Entity({ name: 'attendances' })
export class Attendance {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'served_on', type: 'date' })
  servedOn: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'recorded_minutes', type: 'integer', nullable: true })
  recordedMinutes: number | null;

  @Column({ name: 'adjusted_minutes', type: 'integer', nullable: true })
  adjustedMinutes: number | null;

  @Column({ name: 'adjustment_reason', type: 'text', nullable: true })
  adjustmentReason: string | null;

  @Column({ name: 'hours_status', type: 'text', nullable: true })
  hoursStatus: string | null;
}

/** One line of the approved-hours ledger: an approval or its reversal. Never changed. */
@Entity({ name: 'hours_entries' })
export class HoursEntry {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'attendance_id', type: 'uuid' })
  attendanceId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'integer' })
  minutes: number;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  reverses: string | null;
}
