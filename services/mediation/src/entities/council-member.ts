import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person seated on a council (current while left_on is null). */
@Entity({ name: 'council_members' })
export class CouncilMember {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @Column({ name: 'group_name', type: 'text' })
  groupName: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'seated_on', type: 'date' })
  seatedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
