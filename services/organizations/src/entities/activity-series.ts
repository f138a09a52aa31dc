import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A regular event recorded as a series of activities. */
@Entity({ name: 'activity_series' })
export class ActivitySeries {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  frequency: string;

  @Column({ name: 'from_on', type: 'date' })
  fromOn: string;

  @Column({ name: 'to_on', type: 'date' })
  toOn: string;

  @Column({ type: 'integer' })
  occurrences: number;
}
