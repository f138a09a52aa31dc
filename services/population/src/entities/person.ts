import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resident or migrant resident. Document number and phone exist only encrypted. */
@Entity({ name: 'persons' })
export class Person {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'document_type', type: 'text' })
  documentType: string;

  @Column({ name: 'document_enc', type: 'text' })
  documentEnc: string;

  @Column({ name: 'document_hash', type: 'text' })
  documentHash: string;

  @Column({ name: 'document_masked', type: 'text' })
  documentMasked: string;

  @Column({ type: 'text' })
  sex: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'phone_enc', type: 'text', nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_hash', type: 'text', nullable: true })
  phoneHash: string | null;

  @Column({ name: 'phone_masked', type: 'text', nullable: true })
  phoneMasked: string | null;

  @Column({ name: 'household_type', type: 'text' })
  householdType: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text', nullable: true })
  origin: string | null;

  @Column({ type: 'text', nullable: true })
  occupation: string | null;

  @Column({ name: 'party_member', type: 'boolean' })
  partyMember: boolean;

  /** Start of the current stretch of continuous residence (for points). */
  @Column({ name: 'settled_since', type: 'date', nullable: true })
  settledSince: string | null;

  @Column({ name: 'last_visited_on', type: 'date', nullable: true })
  lastVisitedOn: string | null;

  /** The 3456 category that sets the visit interval. */
  @Column({ name: 'visit_rule', type: 'text', nullable: true })
  visitRule: string | null;

  /** Maintained on every visit, tag, residence and household change; null without a current residence. */
  @Column({ name: 'next_visit_due', type: 'date', nullable: true })
  nextVisitDue: string | null;
}
