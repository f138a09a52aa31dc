import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A council meeting with its attendees and minutes. */
@Entity({ name: 'council_meetings' })
export class CouncilMeeting {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ name: 'attendee_ids', type: 'uuid', array: true })
  attendeeIds: string[];

  @Column({ type: 'text' })
  minutes: string;
}
