import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A party to a case; one row per person and case, so nobody is on both sides. */
@Entity({ name: 'dispute_parties' })
export class DisputeParty {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'integer' })
  position: number;
}
