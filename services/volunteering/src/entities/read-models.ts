import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read model of population's persons: that a person exists, and where. Written only by the person consumer. */
@Entity({ name: 'known_persons' })
export class KnownPerson {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'area_code', type: 'text', nullable: true })
  areaCode: string | null;

  /** occurredAt of the event that wrote the row; an older event arriving later is ignored. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}

/** Read model of housing's buildings: which grid a building stands in. Written only by the building consumer. */
@Entity({ name: 'known_buildings' })
export class KnownBuilding {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'grid_code', type: 'text' })
  gridCode: string;

  /** occurredAt of the event that wrote the row; an older event arriving later is ignored. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}

/** Read model of social organisations: whether one may organise activities. Written only by the organisation consumer. */
@Entity({ name: 'known_organizations' })
export class KnownOrganization {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  /** occurredAt of the event that wrote the row; an older event arriving later is ignored. */
  @Column({ name: 'as_of', type: 'timestamptz' })
  asOf: Date;
}
