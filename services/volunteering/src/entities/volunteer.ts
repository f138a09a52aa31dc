import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person registered as a volunteer, once per person. */
@Entity({ name: 'volunteers' })
export class Volunteer {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text', array: true })
  skills: string[];

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An award given to a volunteer. */
@Entity({ name: 'awards' })
export class Award {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'awarded_on', type: 'date' })
  awardedOn: string;

  @Column({ name: 'awarded_by', type: 'text' })
  awardedBy: string;
}
