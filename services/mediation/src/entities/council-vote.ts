import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One seated member's vote on a topic (unique per topic and person). */
@Entity({ name: 'council_votes' })
export class CouncilVote {
  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  choice: string;

  @Column({ name: 'cast_on', type: 'date' })
  castOn: string;
}
