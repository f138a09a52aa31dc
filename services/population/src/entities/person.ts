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
}
