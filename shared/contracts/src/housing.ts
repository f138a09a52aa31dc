import type { Envelope, IsoDate } from './envelope';

export type AreaLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID';

export interface AreaData {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}

/** SERVICE_CENTRE is the spelling of events published before the US-English pass; newer ones say SERVICE_CENTER. */
export type ManagementMode = 'VILLAGE_COMMITTEE' | 'PROPERTY_COMPANY' | 'ENTERPRISE' | 'LANDLORD' | 'SERVICE_CENTER' | 'SERVICE_CENTRE';
export type BuildingKind = 'RESIDENTIAL' | 'SELF_BUILT' | 'DORMITORY' | 'MIXED_USE' | 'OTHER';
export type HazardSeverity = 'LOW' | 'MEDIUM' | 'HIGH';

export interface BuildingData {
  buildingId: string;
  gridCode: string;
  address: string;
  estateId: string | null;
  rental: boolean;
  accessControl: boolean;
  /** Added in place (optional for readers of events published before they existed). */
  kind?: BuildingKind;
  floors?: number;
  managementMode?: ManagementMode;
  accessControlSince?: IsoDate | null;
}

export interface HouseData {
  houseId: string;
  buildingId: string;
  /** The grid the house lies in; population places residents by it. */
  gridCode: string;
  number: string;
  rooms: number;
  rental: boolean;
  landlordId: string | null;
}

export type HousingEvent =
  | Envelope<'housing.area.created', 1, AreaData>
  | Envelope<'housing.area.renamed', 1, AreaData & { previousName: string }>
  | Envelope<'housing.area.retired', 1, AreaData>
  | Envelope<'housing.building.registered', 1, BuildingData>
  | Envelope<'housing.building.updated', 1, BuildingData>
  | Envelope<'housing.house.registered', 1, HouseData>
  | Envelope<'housing.house.updated', 1, HouseData>
  | Envelope<
      'housing.inspection.recorded',
      1,
      { inspectionId: string; houseId: string; inspectedOn: IsoDate; passed: boolean; hazardCount: number; failedItems?: string[]; inspectorId?: string }
    >
  | Envelope<
      'housing.hazard.reported',
      1,
      { hazardId: string; houseId: string; severity: HazardSeverity; deadline: IsoDate; inspectionId?: string; itemCode?: string; reportedOn?: IsoDate }
    >
  | Envelope<'housing.hazard.rectified', 1, { hazardId: string; houseId: string; rectifiedOn: IsoDate; onTime: boolean }>
  | Envelope<'housing.hazard.overdue', 1, { hazardId: string; houseId: string; deadline: IsoDate }>;
