import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An item of the 八查 checklist; retired items stay for the results that name them. */
@Entity({ name: 'checklist_items' })
export class ChecklistItem {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}

/** 出租屋"八查": an inspection of a house on a day by an inspector. */
@Entity({ name: 'inspections' })
export class Inspection {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'house_id', type: 'uuid' })
  houseId: string;

  /** The house's grid, copied for scoped prefix queries. */
  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ name: 'inspected_on', type: 'date' })
  inspectedOn: string;

  @Column({ name: 'inspector_id', type: 'text' })
  inspectorId: string;

  @Column({ name: 'inspector_name', type: 'text' })
  inspectorName: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** One checklist item's result in an inspection. */
@Entity({ name: 'inspection_results' })
export class InspectionResult {
  @PrimaryColumn({ name: 'inspection_id', type: 'uuid' })
  inspectionId: string;

  @PrimaryColumn({ name: 'item_code', type: 'text' })
  itemCode: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** 安全隐患: raised by a failed item, rectified once, or marked overdue once by the sweep. */
@Entity({ name: 'hazards' })
export class Hazard {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'inspection_id', type: 'uuid' })
  inspectionId: string;

  @Column({ name: 'item_code', type: 'text' })
  itemCode: string;

  @Column({ name: 'house_id', type: 'uuid' })
  houseId: string;

  @Column({ name: 'area_code', type: 'text' })
  areaCode: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  severity: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ name: 'rectified_on', type: 'date', nullable: true })
  rectifiedOn: string | null;

  @Column({ name: 'rectification_note', type: 'text', nullable: true })
  rectificationNote: string | null;

  /** When the sweep marked it overdue (and published housing.hazard.overdue). */
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt: Date | null;
}
