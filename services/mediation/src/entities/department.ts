import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department incidents are dispatched to. */
@Entity({ name: 'departments' })
export class Department {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
