import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 项目化购买服务: a service a department buys from an organization. */
@Entity({ name: 'service_projects' })
export class ServiceProject {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  funder: string;

  @Column({ name: 'budget_fen', type: 'bigint' })
  budgetFen: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'text' })
  status: string;
}
