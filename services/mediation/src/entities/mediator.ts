import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 调解员: a person serving on a committee. */
@Entity({ name: 'mediators' })
export class Mediator {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'committee_id', type: 'uuid' })
  committeeId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  employment: string;

  @Column({ name: 'volunteer_lawyer', type: 'boolean' })
  volunteerLawyer: boolean;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;
}
