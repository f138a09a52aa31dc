import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AreaRow } from '../repositories/area-repository';
import { BuildingRow } from '../repositories/building-repository';
import { HouseRow } from '../repositories/house-repository';
import { EstateRow, EstateRatingRow } from '../repositories/estate-repository';
import { ChecklistItemRow, InspectionRow, InspectionResultRow } from '../repositories/inspection-repository';
import { HazardRow } from '../repositories/hazard-repository';
import { HousingFigures, HousingPeriodFigures } from '../repositories/statistics-repository';
import { PersonRef } from '../resolvers/person';
import { HousingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with a time zone offset. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: any; output: any; }
};

/** A new checklist item. */
export type AddChecklistItemInput = {
  /** A stable code: capitals, digits and underscores, e.g. SMOKE_ALARM. */
  code: Scalars['String']['input'];
  /** What is checked. */
  title: Scalars['String']['input'];
};

/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type Area = {
  __typename?: 'Area';
  /** The statistical division code (grid: community code + 3 digits). */
  code: Scalars['ID']['output'];
  /**
   * Housing figures for this area and everything beneath it, within the caller's areas. Null
   * with an error only when the figures cannot be computed: the rest of the answer still arrives.
   */
  housing: Maybe<HousingStatistics>;
  /**
   * Housing's flows period by period over a range, oldest first: calendar months, quarters or
   * years clipped to the range (at most 120 periods), with the hazards open and overdue at each
   * period's end; one statement for a list of areas. Null with an error only when housing cannot answer.
   */
  housingSeries: Maybe<Array<HousingPeriodStatistics>>;
  /** The level, derived from the code's length. */
  level: AreaLevel;
  /** The area's name, e.g. 凤馨苑社区. */
  name: Scalars['String']['output'];
  /** The code of the area one level up (null for a district). */
  parentCode: Maybe<Scalars['ID']['output']>;
  /** When the area was retired, if it is. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Active or retired. */
  status: AreaStatus;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaHousingArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaHousingSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};

/** A page of areas. */
export type AreaConnection = {
  __typename?: 'AreaConnection';
  /** The areas of this page. */
  edges: Array<AreaEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All areas matching, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An area and its cursor. */
export type AreaEdge = {
  __typename?: 'AreaEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The area. */
  node: Area;
};

/** The level of an area in the hierarchy district → street → community → grid. */
export type AreaLevel =
  /** 社区/村: 12-digit code */
  | 'COMMUNITY'
  /** 区: 6-digit code */
  | 'DISTRICT'
  /** 网格: the community's code plus 3 digits (15) */
  | 'GRID'
  /** 街道/镇: 9-digit code */
  | 'STREET';

/** Result of an area mutation. */
export type AreaPayload = {
  __typename?: 'AreaPayload';
  /** The area, when the change was made. */
  area: Maybe<Area>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether an area is in use; a retired area keeps its history and its code never changes meaning. */
export type AreaStatus =
  /** In use */
  | 'ACTIVE'
  /** No longer in use; nothing new may be placed in it */
  | 'RETIRED';

/** A building in a grid. */
export type Building = {
  __typename?: 'Building';
  /** Whether access control (门禁) is installed. */
  accessControl: Scalars['Boolean']['output'];
  /** Since when access control is installed, if known. */
  accessControlSince: Maybe<Scalars['Date']['output']>;
  /** Street address. */
  address: Scalars['String']['output'];
  /** The estate the building belongs to, if any (and visible to the caller). */
  estate: Maybe<Estate>;
  /** Number of floors above ground. */
  floors: Scalars['Int']['output'];
  /** The grid as an area. */
  grid: Area;
  /** The grid the building stands in. */
  gridCode: Scalars['ID']['output'];
  /**
   * Houses in the building, by number.
   * @deprecated use housesPage (paginated)
   */
  houses: Array<House>;
  /** Houses in the building, by number, a page at a time. */
  housesPage: HouseConnection;
  /** Building id. */
  id: Scalars['ID']['output'];
  /** What the building is used as. */
  kind: BuildingKind;
  /** How the building is managed (五管齐下). */
  managementMode: ManagementMode;
  /** Whether the building is let to tenants (出租楼). */
  rental: Scalars['Boolean']['output'];
};


/** A building in a grid. */
export type BuildingHousesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of buildings. */
export type BuildingConnection = {
  __typename?: 'BuildingConnection';
  /** The buildings of this page. */
  edges: Array<BuildingEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All buildings matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A building and its cursor. */
export type BuildingEdge = {
  __typename?: 'BuildingEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The building. */
  node: Building;
};

/** Filters for buildings; all given filters apply together. */
export type BuildingFilter = {
  /** Only buildings within this area (prefix of the grid code). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only buildings of this estate. */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** Only buildings managed in this mode. */
  managementMode?: InputMaybe<ManagementMode>;
  /** Only rental buildings (true) or others (false). */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a building is used as. */
export type BuildingKind =
  /** An employer's dormitory (宿舍). */
  | 'DORMITORY'
  /** Shops or workshops below, homes above (商住). */
  | 'MIXED_USE'
  /** Anything else. */
  | 'OTHER'
  /** Apartments in an estate or street block. */
  | 'RESIDENTIAL'
  /** A villager's self-built house (自建房), typical of urban villages. */
  | 'SELF_BUILT';

/** Result of a building mutation. */
export type BuildingPayload = {
  __typename?: 'BuildingPayload';
  /** The building, when the change was made. */
  building: Maybe<Building>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** An item of the rental-house safety checklist (出租屋"八查"). */
export type ChecklistItem = {
  __typename?: 'ChecklistItem';
  /** Whether inspections still check it. */
  active: Scalars['Boolean']['output'];
  /** A stable code, e.g. FIRE_SAFETY. */
  code: Scalars['String']['output'];
  /** Position in the checklist. */
  position: Scalars['Int']['output'];
  /** What is checked. */
  title: Scalars['String']['output'];
};

/** A page of checklist items. */
export type ChecklistItemConnection = {
  __typename?: 'ChecklistItemConnection';
  /** The items of this page. */
  edges: Array<ChecklistItemEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All items matching, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A checklist item and its cursor. */
export type ChecklistItemEdge = {
  __typename?: 'ChecklistItemEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The checklist item. */
  node: ChecklistItem;
};

/** Result of a checklist mutation. */
export type ChecklistItemPayload = {
  __typename?: 'ChecklistItemPayload';
  /** The checklist item, when the change was made. */
  checklistItem: Maybe<ChecklistItem>;
  /**
   * The item, when the change was made.
   * @deprecated use checklistItem
   */
  item: Maybe<ChecklistItem>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A new area. */
export type CreateAreaInput = {
  /** The new area's code; its level is told by its length. */
  code: Scalars['ID']['input'];
  /** The level, if the caller states it: must match the code's length. */
  level?: InputMaybe<AreaLevel>;
  /** The area's name. */
  name: Scalars['String']['input'];
  /** The parent's code, if the caller states it: must be the code's own prefix one level up. */
  parentCode?: InputMaybe<Scalars['ID']['input']>;
};

/** A new estate. */
export type CreateEstateInput = {
  /** The community the estate lies in (12 digits). */
  communityCode: Scalars['ID']['input'];
  /** The estate's name, unique in its community. */
  name: Scalars['String']['input'];
  /** The property company, or 自管. */
  propertyCompany: Scalars['String']['input'];
};

/** An estate (小区): a managed residential compound in a community, run by a property company. */
export type Estate = {
  __typename?: 'Estate';
  /** The community the estate lies in. */
  communityCode: Scalars['ID']['output'];
  /** The most recent star rating, if any. */
  currentRating: Maybe<EstateRating>;
  /** Estate id. */
  id: Scalars['ID']['output'];
  /** The estate's name. */
  name: Scalars['String']['output'];
  /** The property company (物业公司) managing it, or 自管 for owners' self-management. */
  propertyCompany: Scalars['String']['output'];
  /** Every star rating, newest year first; a year's rating is never overwritten. */
  ratings: Array<EstateRating>;
};

/** A page of estates. */
export type EstateConnection = {
  __typename?: 'EstateConnection';
  /** The estates of this page. */
  edges: Array<EstateEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All estates matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An estate and its cursor. */
export type EstateEdge = {
  __typename?: 'EstateEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The estate. */
  node: Estate;
};

/** Filters for estates; all given filters apply together. */
export type EstateFilter = {
  /** Only estates within this area (prefix of the community code). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of an estate mutation. */
export type EstatePayload = {
  __typename?: 'EstatePayload';
  /** The estate, when the change was made. */
  estate: Maybe<Estate>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A yearly safety star rating of an estate (物业小区安全管理星级评定). */
export type EstateRating = {
  __typename?: 'EstateRating';
  /** A remark by the assessor. */
  note: Maybe<Scalars['String']['output']>;
  /** The day the rating was given. */
  ratedOn: Scalars['Date']['output'];
  /** 1 to 5 stars. */
  stars: Scalars['Int']['output'];
  /** The year rated. */
  year: Scalars['Int']['output'];
};

/** Result of rating an estate. */
export type EstateRatingPayload = {
  __typename?: 'EstateRatingPayload';
  /** The estate rated. */
  estate: Maybe<Estate>;
  /** The rating recorded. */
  rating: Maybe<EstateRating>;
  /** Why the rating was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** How many estates hold a star rating. */
export type EstateStarStatistics = {
  __typename?: 'EstateStarStatistics';
  /** Estates with that rating. */
  estates: Scalars['Int']['output'];
  /** The rating, 1 to 5 stars. */
  stars: Scalars['Int']['output'];
};

/** A safety hazard (安全隐患) found by an inspection, to be rectified by a deadline. */
export type Hazard = {
  __typename?: 'Hazard';
  /** The day by which it must be rectified. */
  deadline: Scalars['Date']['output'];
  /** What is wrong. */
  description: Scalars['String']['output'];
  /** The house it was found in. */
  house: House;
  /** Hazard id. */
  id: Scalars['ID']['output'];
  /** The inspection that found it. */
  inspection: Inspection;
  /** The checklist item that failed. */
  itemCode: Scalars['String']['output'];
  /** How it was rectified. */
  rectificationNote: Maybe<Scalars['String']['output']>;
  /** The day it was rectified, if it was. */
  rectifiedOn: Maybe<Scalars['Date']['output']>;
  /** Whether it was rectified by its deadline (null while unrectified). */
  rectifiedOnTime: Maybe<Scalars['Boolean']['output']>;
  /** The day it was reported (the inspection's day). */
  reportedOn: Scalars['Date']['output'];
  /** How serious it is. */
  severity: HazardSeverity;
  /** Open, overdue or rectified (by today's date in China Standard Time). */
  status: HazardStatus;
};

/** A page of hazards. */
export type HazardConnection = {
  __typename?: 'HazardConnection';
  /** The hazards of this page. */
  edges: Array<HazardEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All hazards matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A hazard and its cursor. */
export type HazardEdge = {
  __typename?: 'HazardEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The hazard. */
  node: Hazard;
};

/** Filters for hazards; all given filters apply together. */
export type HazardFilter = {
  /** Only hazards within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only hazards of this house. */
  houseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only hazards in these states (all when omitted). */
  status?: InputMaybe<Array<HazardStatus>>;
};

/** A hazard raised by a failed checklist item. */
export type HazardInput = {
  /** The day by which it must be rectified; not before the inspection. */
  deadline: Scalars['Date']['input'];
  /** What is wrong. */
  description: Scalars['String']['input'];
  /** How serious it is. */
  severity: HazardSeverity;
};

/** Result of rectifying a hazard. */
export type HazardPayload = {
  __typename?: 'HazardPayload';
  /** The hazard, when the change was made. */
  hazard: Maybe<Hazard>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** How serious a hazard is. */
export type HazardSeverity =
  /** 重大隐患: a danger to life; fix at once. */
  | 'HIGH'
  /** 一般隐患: to fix in the ordinary course. */
  | 'LOW'
  /** 较大隐患: to fix soon. */
  | 'MEDIUM';

/** Where a hazard stands. */
export type HazardStatus =
  /** Not rectified, deadline not yet passed. */
  | 'OPEN'
  /** Not rectified, deadline passed. */
  | 'OVERDUE'
  /** Rectified. */
  | 'RECTIFIED';

/** A house (unit, 户) in a building. */
export type House = {
  __typename?: 'House';
  /** The grid the house lies in. */
  areaCode: Scalars['ID']['output'];
  /** The building the house is in. */
  building: Building;
  /** Floor area in square metres. */
  floorArea: Maybe<Scalars['Float']['output']>;
  /** Whether occupants exceed rooms times GROUP_RENTAL_RATIO: a group-rental (群租) risk. */
  groupRentalRisk: Scalars['Boolean']['output'];
  /** House id. */
  id: Scalars['ID']['output'];
  /**
   * Inspections of this house, newest first.
   * @deprecated use inspectionsPage (paginated)
   */
  inspections: Array<Inspection>;
  /** Inspections of this house, newest first, a page at a time. */
  inspectionsPage: InspectionConnection;
  /** The landlord (owner), a person in the population service; null when the landlord belongs outside the caller's areas. */
  landlord: Maybe<Person>;
  /** The day of the latest inspection, if any. */
  lastInspectedOn: Maybe<Scalars['Date']['output']>;
  /** Unit number, unique in its building, e.g. 1-302. */
  number: Scalars['String']['output'];
  /** People currently registered as living here, kept from population's residence events. */
  occupancy: Scalars['Int']['output'];
  /** Whether the house is let (出租屋). */
  rental: Scalars['Boolean']['output'];
  /** Rooms in the house. */
  rooms: Scalars['Int']['output'];
};


/** A house (unit, 户) in a building. */
export type HouseInspectionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of houses. */
export type HouseConnection = {
  __typename?: 'HouseConnection';
  /** The houses of this page. */
  edges: Array<HouseEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All houses matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** A house and its cursor. */
export type HouseEdge = {
  __typename?: 'HouseEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The house. */
  node: House;
};

/** Filters for houses; all given filters apply together. */
export type HouseFilter = {
  /** Only houses within this area (prefix of the code). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only houses of this building. */
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** Only rental houses (true) or owner-occupied (false). */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of a house mutation. */
export type HousePayload = {
  __typename?: 'HousePayload';
  /** The house, when the change was made. */
  house: Maybe<House>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Housing's flows in one period of a series, under the names Area.housing gives them. */
export type HousingPeriodStatistics = {
  __typename?: 'HousingPeriodStatistics';
  /** The period's first day (clipped to the range). */
  from: Scalars['Date']['output'];
  /** Hazards not rectified and not past their deadline at the period's end (or today, if earlier). */
  hazardsOpen: Scalars['Int']['output'];
  /** Hazards not rectified and past their deadline at the period's end (or today, if earlier). */
  hazardsOverdue: Scalars['Int']['output'];
  /** Hazards rectified in the period. */
  hazardsRectified: Scalars['Int']['output'];
  /** Hazards reported in the period. */
  hazardsReported: Scalars['Int']['output'];
  /** Inspections done in the period. */
  inspections: Scalars['Int']['output'];
  /** The period: 2026-07, 2026Q3 or 2026. */
  label: Scalars['String']['output'];
  /** Of the hazards rectified in the period, the share rectified by their deadline (0–1); null when none. */
  onTimeRectificationRate: Maybe<Scalars['Float']['output']>;
  /** The period's last day (clipped to the range). */
  to: Scalars['Date']['output'];
};

/**
 * Housing figures for an area and everything beneath it, limited to the caller's areas.
 * Registry figures (buildings, houses, occupancy) are as they stand now; access control counts
 * buildings equipped by the period's last day; inspections and rectifications count within the
 * period; open and overdue hazards are as of the period's last day (or today, if earlier).
 */
export type HousingStatistics = {
  __typename?: 'HousingStatistics';
  /** rentalBuildingsWithAccessControl / rentalBuildings, 0–1; null when there are no rental buildings. */
  accessControlCoverage: Maybe<Scalars['Float']['output']>;
  /** Buildings registered. */
  buildings: Scalars['Int']['output'];
  /** Estates (小区) by their safety star rating for the year of the period's last day, 1 to 5 stars. */
  estatesByStars: Array<EstateStarStatistics>;
  /** Estates with no rating for that year. */
  estatesUnrated: Scalars['Int']['output'];
  /** Houses whose occupants exceed their rooms times GROUP_RENTAL_RATIO (群租 risk). */
  groupRentalRiskHouses: Scalars['Int']['output'];
  /** Hazards not rectified and not past their deadline. */
  hazardsOpen: Scalars['Int']['output'];
  /** Hazards not rectified and past their deadline. */
  hazardsOverdue: Scalars['Int']['output'];
  /** Hazards rectified in the period. */
  hazardsRectified: Scalars['Int']['output'];
  /** Hazards reported in the period. */
  hazardsReported: Scalars['Int']['output'];
  /** Houses (units) registered. */
  houses: Scalars['Int']['output'];
  /** Inspections done in the period. */
  inspections: Scalars['Int']['output'];
  /** Houses with at least one current resident. */
  occupiedHouses: Scalars['Int']['output'];
  /** Of the hazards rectified in the period, the share rectified by their deadline (0–1); null when none. */
  onTimeRectificationRate: Maybe<Scalars['Float']['output']>;
  /** Buildings let to tenants (出租楼). */
  rentalBuildings: Scalars['Int']['output'];
  /** Rental buildings with access control (门禁) installed by the period's last day. */
  rentalBuildingsWithAccessControl: Scalars['Int']['output'];
  /** Houses let to tenants (出租屋). */
  rentalHouses: Scalars['Int']['output'];
};

/** A safety inspection of a house on a day, by an inspector, against the checklist. */
export type Inspection = {
  __typename?: 'Inspection';
  /** Hazards raised by this inspection. */
  hazards: Array<Hazard>;
  /** The house inspected. */
  house: House;
  /** Inspection id. */
  id: Scalars['ID']['output'];
  /** The day of the inspection. */
  inspectedOn: Scalars['Date']['output'];
  /** The inspector's user id. */
  inspectorId: Scalars['ID']['output'];
  /** The inspector's name. */
  inspectorName: Scalars['String']['output'];
  /** A remark. */
  note: Maybe<Scalars['String']['output']>;
  /** Whether every item passed. */
  passed: Scalars['Boolean']['output'];
  /** The result of each checklist item, in checklist order. */
  results: Array<InspectionResult>;
};

/** A page of inspections. */
export type InspectionConnection = {
  __typename?: 'InspectionConnection';
  /** The inspections of this page. */
  edges: Array<InspectionEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All inspections matching that the caller may see, across pages. */
  totalCount: Scalars['Int']['output'];
};

/** An inspection and its cursor. */
export type InspectionEdge = {
  __typename?: 'InspectionEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The inspection. */
  node: Inspection;
};

/** Filters for inspections; all given filters apply together. */
export type InspectionFilter = {
  /** Only inspections within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only inspections of this house. */
  houseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only inspections in this period. */
  period?: InputMaybe<PeriodInput>;
};

/** Result of recording an inspection. */
export type InspectionPayload = {
  __typename?: 'InspectionPayload';
  /** The inspection, when recorded. */
  inspection: Maybe<Inspection>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of one checklist item in an inspection. */
export type InspectionResult = {
  __typename?: 'InspectionResult';
  /** The checklist item's code. */
  itemCode: Scalars['String']['output'];
  /** What the inspector saw. */
  note: Maybe<Scalars['String']['output']>;
  /** Whether the item passed. */
  passed: Scalars['Boolean']['output'];
  /** The item's title. */
  title: Scalars['String']['output'];
};

/** The result of one checklist item. */
export type InspectionResultInput = {
  /** The hazard a failed item raises, if any (only for a failed item). */
  hazard?: InputMaybe<HazardInput>;
  /** The checklist item's code. */
  itemCode: Scalars['String']['input'];
  /** What the inspector saw. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether it passed. */
  passed: Scalars['Boolean']['input'];
};

/** How a place is managed: the five modes of "五管齐下", one for each kind of place. */
export type ManagementMode =
  /** 企业管理、部门监管: the enterprise manages, departments supervise (worksites, dormitories). */
  | 'ENTERPRISE'
  /** 房东自管、公安监管: the landlord self-manages, the police supervise (large rental buildings). */
  | 'LANDLORD'
  /** 物业管理、业主自治: the property company manages and owners self-manage (estates, 物业小区). */
  | 'PROPERTY_COMPANY'
  /** 来穗人员服务中心管理: the migrant-service center manages (scattered rentals). */
  | 'SERVICE_CENTER'
  /** The former spelling of SERVICE_CENTER, still accepted; answers say SERVICE_CENTER. */
  | 'SERVICE_CENTRE'
  /** 村委管理、村民自治: village committees manage and villagers self-manage (urban villages, 城中村). */
  | 'VILLAGE_COMMITTEE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an item to the inspection checklist (district admins). */
  addChecklistItem: ChecklistItemPayload;
  /** Creates an area (district admins). Its code must extend its parent's code by the right number of digits. */
  createArea: AreaPayload;
  /** Registers an estate (小区) in a community. */
  createEstate: EstatePayload;
  /** Records an estate's safety star rating for a year (street and district admins); one rating per estate per year. */
  rateEstate: EstateRatingPayload;
  /** Records a safety inspection (八查) of a house against every active checklist item; failed items may raise hazards. */
  recordInspection: InspectionPayload;
  /** Records that a hazard was rectified; a hazard is rectified once. */
  rectifyHazard: HazardPayload;
  /** Registers a building in an active grid. */
  registerBuilding: BuildingPayload;
  /** Registers a house (unit) in a building; its number is unique in the building. */
  registerHouse: HousePayload;
  /** Renames an area (district admins); its code keeps its meaning. */
  renameArea: AreaPayload;
  /** Retires an area (district admins): it keeps its history, nothing new may be placed in it, its code is never reused. */
  retireArea: AreaPayload;
  /** Retires a checklist item (district admins): later inspections no longer check it; past results keep it. */
  retireChecklistItem: ChecklistItemPayload;
  /** Changes a building's details, or moves it to another grid (its houses, inspections and hazards move along); only the fields given change. */
  updateBuilding: BuildingPayload;
  /** Changes an estate's name or property company. */
  updateEstate: EstatePayload;
  /** Changes a house's details; only the fields given change. */
  updateHouse: HousePayload;
};


export type MutationAddChecklistItemArgs = {
  input: AddChecklistItemInput;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationCreateEstateArgs = {
  input: CreateEstateInput;
};


export type MutationRateEstateArgs = {
  input: RateEstateInput;
};


export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


export type MutationRectifyHazardArgs = {
  input: RectifyHazardInput;
};


export type MutationRegisterBuildingArgs = {
  input: RegisterBuildingInput;
};


export type MutationRegisterHouseArgs = {
  input: RegisterHouseInput;
};


export type MutationRenameAreaArgs = {
  input: RenameAreaInput;
};


export type MutationRetireAreaArgs = {
  input: RetireAreaInput;
};


export type MutationRetireChecklistItemArgs = {
  input: RetireChecklistItemInput;
};


export type MutationUpdateBuildingArgs = {
  input: UpdateBuildingInput;
};


export type MutationUpdateEstateArgs = {
  input: UpdateEstateInput;
};


export type MutationUpdateHouseArgs = {
  input: UpdateHouseInput;
};

/** Where a page starts and ends (Relay's PageInfo). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as after for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether pages come before this one: true when the page was asked for with after. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A reporting period, both days included. */
export type PeriodInput = {
  /** First day. */
  from: Scalars['Date']['input'];
  /** Last day. */
  to: Scalars['Date']['input'];
};

/** A person, owned by the population service; housing adds the houses they own. */
export type Person = {
  __typename?: 'Person';
  /**
   * Houses whose landlord the person is, within the caller's areas, by building and number.
   * @deprecated use housesOwnedPage (paginated)
   */
  housesOwned: Array<House>;
  /** Houses whose landlord the person is, within the caller's areas, by building and number, a page at a time. */
  housesOwnedPage: HouseConnection;
  /** Person id. */
  id: Scalars['ID']['output'];
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonHousesOwnedPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One area by its code, if it lies within the caller's areas. */
  area: Maybe<Area>;
  /** Areas within an area (prefix of the code), optionally of one level, ordered by code. */
  areas: AreaConnection;
  /** One building, if it lies within the caller's areas. */
  building: Maybe<Building>;
  /** Buildings within the caller's areas, filtered; ordered by grid and address. */
  buildings: BuildingConnection;
  /**
   * The inspection checklist (八查), in checklist order. Retired items only when asked.
   * @deprecated use checklistItems (paginated)
   */
  checklist: Array<ChecklistItem>;
  /** The inspection checklist (八查), in checklist order, a page at a time. Retired items only when asked. */
  checklistItems: ChecklistItemConnection;
  /** One estate (小区), if its community lies within the caller's areas or holds one of them. */
  estate: Maybe<Estate>;
  /** Estates within the caller's areas, filtered; ordered by community and name. */
  estates: EstateConnection;
  /** One hazard, if its house lies within the caller's areas. */
  hazard: Maybe<Hazard>;
  /** Hazards within the caller's areas, filtered (e.g. open and overdue in a grid); ordered by deadline. */
  hazards: HazardConnection;
  /** One house (unit), if it lies within the caller's areas. */
  house: Maybe<House>;
  /** Houses within the caller's areas, filtered; ordered by building and number. */
  houses: HouseConnection;
  /**
   * Rental houses due for a safety inspection (八查) within an area: never inspected, or last
   * inspected more than INSPECTION_INTERVAL_DAYS days ago (90 unless configured).
   * Ordered by the last inspection (lastInspectedOn), never-inspected first.
   */
  housesDueForInspection: HouseConnection;
  /** One inspection, if its house lies within the caller's areas. */
  inspection: Maybe<Inspection>;
  /** Inspections within the caller's areas, newest first. */
  inspections: InspectionConnection;
};


export type QueryAreaArgs = {
  code: Scalars['ID']['input'];
};


export type QueryAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<AreaLevel>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BuildingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChecklistArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryChecklistItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EstateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHazardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHazardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HazardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHousesDueForInspectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A yearly star rating. */
export type RateEstateInput = {
  /** The estate. */
  estateId: Scalars['ID']['input'];
  /** A remark. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day the rating was given (today when omitted); not in the future. */
  ratedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Whole stars from 1 to 5 (else OUT_OF_RANGE). */
  stars: Scalars['Int']['input'];
  /** The year rated: 2000 up to this year (else OUT_OF_RANGE). */
  year: Scalars['Int']['input'];
};

/** An inspection to record. */
export type RecordInspectionInput = {
  /** The house inspected. */
  houseId: Scalars['ID']['input'];
  /** The day of the inspection (not in the future). */
  inspectedOn: Scalars['Date']['input'];
  /** A remark. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** One result for each active checklist item. */
  results: Array<InspectionResultInput>;
};

/** A rectification. */
export type RectifyHazardInput = {
  /** The hazard. */
  hazardId: Scalars['ID']['input'];
  /** How it was rectified. */
  note: Scalars['String']['input'];
  /** The day it was rectified: not before it was reported, not in the future. */
  rectifiedOn: Scalars['Date']['input'];
};

/** A new building. */
export type RegisterBuildingInput = {
  /** Whether access control is installed. */
  accessControl?: InputMaybe<Scalars['Boolean']['input']>;
  /** Since when access control is installed; only with accessControl, not in the future. */
  accessControlSince?: InputMaybe<Scalars['Date']['input']>;
  /** Street address. */
  address: Scalars['String']['input'];
  /** The estate it belongs to; must lie in the grid's community. */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** Floors above ground: a whole number from 1 to 200 (else OUT_OF_RANGE). */
  floors: Scalars['Int']['input'];
  /** The grid the building stands in. */
  gridCode: Scalars['ID']['input'];
  /** What the building is used as. */
  kind?: InputMaybe<BuildingKind>;
  /** How it is managed. */
  managementMode?: InputMaybe<ManagementMode>;
  /** Whether the building is let to tenants. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new house. */
export type RegisterHouseInput = {
  /** The building the house is in. */
  buildingId: Scalars['ID']['input'];
  /** Floor area in square metres: more than 0, at most 10,000 (else OUT_OF_RANGE). */
  floorArea?: InputMaybe<Scalars['Float']['input']>;
  /** The landlord's person id: a person registered within the caller's areas (else PERSON_UNKNOWN). */
  landlordId?: InputMaybe<Scalars['ID']['input']>;
  /** Unit number, unique in the building. */
  number: Scalars['String']['input'];
  /** Whether the house is let. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rooms: a whole number from 0 to 100 (else OUT_OF_RANGE). */
  rooms: Scalars['Int']['input'];
};

/** A new name for an area. */
export type RenameAreaInput = {
  /** The area's code. */
  code: Scalars['ID']['input'];
  /** The new name. */
  name: Scalars['String']['input'];
};

/** An area to retire. */
export type RetireAreaInput = {
  /** The area's code; its active children must be retired first. */
  code: Scalars['ID']['input'];
};

/** A checklist item to retire. */
export type RetireChecklistItemInput = {
  /** The item's code. */
  code: Scalars['String']['input'];
};

/** How long each period of a statistics series is. */
export type SeriesInterval =
  /** A calendar month */
  | 'MONTH'
  /** A calendar quarter */
  | 'QUARTER'
  /** A calendar year */
  | 'YEAR';

/** Changes to a building; omitted fields stay. */
export type UpdateBuildingInput = {
  /** Whether access control is installed; setting false clears accessControlSince. */
  accessControl?: InputMaybe<Scalars['Boolean']['input']>;
  /** Since when access control is installed; not in the future. */
  accessControlSince?: InputMaybe<Scalars['Date']['input']>;
  /** A new address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Set true to take the building out of its estate. */
  clearEstate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The estate; must lie in the grid's community. */
  estateId?: InputMaybe<Scalars['ID']['input']>;
  /** Floors above ground: a whole number from 1 to 200 (else OUT_OF_RANGE). */
  floors?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Moves the building to another active grid within the caller's areas and in the same
   * community when it belongs to an estate; its houses, their inspections and hazards move along.
   */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** The building. */
  id: Scalars['ID']['input'];
  /** What the building is used as. */
  kind?: InputMaybe<BuildingKind>;
  /** How it is managed. */
  managementMode?: InputMaybe<ManagementMode>;
  /** Whether the building is let to tenants. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to an estate; omitted fields stay. */
export type UpdateEstateInput = {
  /** The estate. */
  id: Scalars['ID']['input'];
  /** A new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new property company. */
  propertyCompany?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a house; omitted fields stay. */
export type UpdateHouseInput = {
  /** Set true to record that the house has no known landlord. */
  clearLandlord?: InputMaybe<Scalars['Boolean']['input']>;
  /** Floor area in square metres: more than 0, at most 10,000 (else OUT_OF_RANGE). */
  floorArea?: InputMaybe<Scalars['Float']['input']>;
  /** The house. */
  id: Scalars['ID']['input'];
  /** A new landlord's person id: a person registered within the caller's areas (else PERSON_UNKNOWN). */
  landlordId?: InputMaybe<Scalars['ID']['input']>;
  /** A new unit number, unique in the building. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Whether the house is let. */
  rental?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rooms: a whole number from 0 to 100 (else OUT_OF_RANGE). */
  rooms?: InputMaybe<Scalars['Int']['input']>;
};

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. AREA_CODE_INVALID. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault, e.g. ["input", "code"]. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in a sentence. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = {}, TContext = {}, TArgs = {}> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = {}, TContext = {}, TArgs = {}> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = {}, TContext = {}> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = {}, TContext = {}> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = {}, TParent = {}, TContext = {}, TArgs = {}> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddChecklistItemInput: AddChecklistItemInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Area: ResolverTypeWrapper<AreaRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AreaConnection: ResolverTypeWrapper<Omit<AreaConnection, 'edges'> & { edges: Array<ResolversTypes['AreaEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AreaEdge: ResolverTypeWrapper<Omit<AreaEdge, 'node'> & { node: ResolversTypes['Area'] }>;
  AreaLevel: AreaLevel;
  AreaPayload: ResolverTypeWrapper<Omit<AreaPayload, 'area'> & { area?: Maybe<ResolversTypes['Area']> }>;
  AreaStatus: AreaStatus;
  Building: ResolverTypeWrapper<BuildingRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BuildingConnection: ResolverTypeWrapper<Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversTypes['BuildingEdge']> }>;
  BuildingEdge: ResolverTypeWrapper<Omit<BuildingEdge, 'node'> & { node: ResolversTypes['Building'] }>;
  BuildingFilter: BuildingFilter;
  BuildingKind: BuildingKind;
  BuildingPayload: ResolverTypeWrapper<Omit<BuildingPayload, 'building'> & { building?: Maybe<ResolversTypes['Building']> }>;
  ChecklistItem: ResolverTypeWrapper<ChecklistItemRow>;
  ChecklistItemConnection: ResolverTypeWrapper<Omit<ChecklistItemConnection, 'edges'> & { edges: Array<ResolversTypes['ChecklistItemEdge']> }>;
  ChecklistItemEdge: ResolverTypeWrapper<Omit<ChecklistItemEdge, 'node'> & { node: ResolversTypes['ChecklistItem'] }>;
  ChecklistItemPayload: ResolverTypeWrapper<Omit<ChecklistItemPayload, 'checklistItem' | 'item'> & { checklistItem?: Maybe<ResolversTypes['ChecklistItem']>, item?: Maybe<ResolversTypes['ChecklistItem']> }>;
  CreateAreaInput: CreateAreaInput;
  CreateEstateInput: CreateEstateInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Estate: ResolverTypeWrapper<EstateRow>;
  EstateConnection: ResolverTypeWrapper<Omit<EstateConnection, 'edges'> & { edges: Array<ResolversTypes['EstateEdge']> }>;
  EstateEdge: ResolverTypeWrapper<Omit<EstateEdge, 'node'> & { node: ResolversTypes['Estate'] }>;
  EstateFilter: EstateFilter;
  EstatePayload: ResolverTypeWrapper<Omit<EstatePayload, 'estate'> & { estate?: Maybe<ResolversTypes['Estate']> }>;
  EstateRating: ResolverTypeWrapper<EstateRatingRow>;
  EstateRatingPayload: ResolverTypeWrapper<Omit<EstateRatingPayload, 'estate' | 'rating'> & { estate?: Maybe<ResolversTypes['Estate']>, rating?: Maybe<ResolversTypes['EstateRating']> }>;
  EstateStarStatistics: ResolverTypeWrapper<EstateStarStatistics>;
  Hazard: ResolverTypeWrapper<HazardRow>;
  HazardConnection: ResolverTypeWrapper<Omit<HazardConnection, 'edges'> & { edges: Array<ResolversTypes['HazardEdge']> }>;
  HazardEdge: ResolverTypeWrapper<Omit<HazardEdge, 'node'> & { node: ResolversTypes['Hazard'] }>;
  HazardFilter: HazardFilter;
  HazardInput: HazardInput;
  HazardPayload: ResolverTypeWrapper<Omit<HazardPayload, 'hazard'> & { hazard?: Maybe<ResolversTypes['Hazard']> }>;
  HazardSeverity: HazardSeverity;
  HazardStatus: HazardStatus;
  House: ResolverTypeWrapper<HouseRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  HouseConnection: ResolverTypeWrapper<Omit<HouseConnection, 'edges'> & { edges: Array<ResolversTypes['HouseEdge']> }>;
  HouseEdge: ResolverTypeWrapper<Omit<HouseEdge, 'node'> & { node: ResolversTypes['House'] }>;
  HouseFilter: HouseFilter;
  HousePayload: ResolverTypeWrapper<Omit<HousePayload, 'house'> & { house?: Maybe<ResolversTypes['House']> }>;
  HousingPeriodStatistics: ResolverTypeWrapper<HousingPeriodFigures>;
  HousingStatistics: ResolverTypeWrapper<HousingFigures>;
  Inspection: ResolverTypeWrapper<InspectionRow>;
  InspectionConnection: ResolverTypeWrapper<Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversTypes['InspectionEdge']> }>;
  InspectionEdge: ResolverTypeWrapper<Omit<InspectionEdge, 'node'> & { node: ResolversTypes['Inspection'] }>;
  InspectionFilter: InspectionFilter;
  InspectionPayload: ResolverTypeWrapper<Omit<InspectionPayload, 'inspection'> & { inspection?: Maybe<ResolversTypes['Inspection']> }>;
  InspectionResult: ResolverTypeWrapper<InspectionResultRow>;
  InspectionResultInput: InspectionResultInput;
  ManagementMode: ManagementMode;
  Mutation: ResolverTypeWrapper<{}>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<{}>;
  RateEstateInput: RateEstateInput;
  RecordInspectionInput: RecordInspectionInput;
  RectifyHazardInput: RectifyHazardInput;
  RegisterBuildingInput: RegisterBuildingInput;
  RegisterHouseInput: RegisterHouseInput;
  RenameAreaInput: RenameAreaInput;
  RetireAreaInput: RetireAreaInput;
  RetireChecklistItemInput: RetireChecklistItemInput;
  SeriesInterval: SeriesInterval;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateEstateInput: UpdateEstateInput;
  UpdateHouseInput: UpdateHouseInput;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddChecklistItemInput: AddChecklistItemInput;
  String: Scalars['String']['output'];
  Area: AreaRow;
  ID: Scalars['ID']['output'];
  AreaConnection: Omit<AreaConnection, 'edges'> & { edges: Array<ResolversParentTypes['AreaEdge']> };
  Int: Scalars['Int']['output'];
  AreaEdge: Omit<AreaEdge, 'node'> & { node: ResolversParentTypes['Area'] };
  AreaPayload: Omit<AreaPayload, 'area'> & { area?: Maybe<ResolversParentTypes['Area']> };
  Building: BuildingRow;
  Boolean: Scalars['Boolean']['output'];
  BuildingConnection: Omit<BuildingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BuildingEdge']> };
  BuildingEdge: Omit<BuildingEdge, 'node'> & { node: ResolversParentTypes['Building'] };
  BuildingFilter: BuildingFilter;
  BuildingPayload: Omit<BuildingPayload, 'building'> & { building?: Maybe<ResolversParentTypes['Building']> };
  ChecklistItem: ChecklistItemRow;
  ChecklistItemConnection: Omit<ChecklistItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChecklistItemEdge']> };
  ChecklistItemEdge: Omit<ChecklistItemEdge, 'node'> & { node: ResolversParentTypes['ChecklistItem'] };
  ChecklistItemPayload: Omit<ChecklistItemPayload, 'checklistItem' | 'item'> & { checklistItem?: Maybe<ResolversParentTypes['ChecklistItem']>, item?: Maybe<ResolversParentTypes['ChecklistItem']> };
  CreateAreaInput: CreateAreaInput;
  CreateEstateInput: CreateEstateInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Estate: EstateRow;
  EstateConnection: Omit<EstateConnection, 'edges'> & { edges: Array<ResolversParentTypes['EstateEdge']> };
  EstateEdge: Omit<EstateEdge, 'node'> & { node: ResolversParentTypes['Estate'] };
  EstateFilter: EstateFilter;
  EstatePayload: Omit<EstatePayload, 'estate'> & { estate?: Maybe<ResolversParentTypes['Estate']> };
  EstateRating: EstateRatingRow;
  EstateRatingPayload: Omit<EstateRatingPayload, 'estate' | 'rating'> & { estate?: Maybe<ResolversParentTypes['Estate']>, rating?: Maybe<ResolversParentTypes['EstateRating']> };
  EstateStarStatistics: EstateStarStatistics;
  Hazard: HazardRow;
  HazardConnection: Omit<HazardConnection, 'edges'> & { edges: Array<ResolversParentTypes['HazardEdge']> };
  HazardEdge: Omit<HazardEdge, 'node'> & { node: ResolversParentTypes['Hazard'] };
  HazardFilter: HazardFilter;
  HazardInput: HazardInput;
  HazardPayload: Omit<HazardPayload, 'hazard'> & { hazard?: Maybe<ResolversParentTypes['Hazard']> };
  House: HouseRow;
  Float: Scalars['Float']['output'];
  HouseConnection: Omit<HouseConnection, 'edges'> & { edges: Array<ResolversParentTypes['HouseEdge']> };
  HouseEdge: Omit<HouseEdge, 'node'> & { node: ResolversParentTypes['House'] };
  HouseFilter: HouseFilter;
  HousePayload: Omit<HousePayload, 'house'> & { house?: Maybe<ResolversParentTypes['House']> };
  HousingPeriodStatistics: HousingPeriodFigures;
  HousingStatistics: HousingFigures;
  Inspection: InspectionRow;
  InspectionConnection: Omit<InspectionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InspectionEdge']> };
  InspectionEdge: Omit<InspectionEdge, 'node'> & { node: ResolversParentTypes['Inspection'] };
  InspectionFilter: InspectionFilter;
  InspectionPayload: Omit<InspectionPayload, 'inspection'> & { inspection?: Maybe<ResolversParentTypes['Inspection']> };
  InspectionResult: InspectionResultRow;
  InspectionResultInput: InspectionResultInput;
  Mutation: {};
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRef;
  Query: {};
  RateEstateInput: RateEstateInput;
  RecordInspectionInput: RecordInspectionInput;
  RectifyHazardInput: RectifyHazardInput;
  RegisterBuildingInput: RegisterBuildingInput;
  RegisterHouseInput: RegisterHouseInput;
  RenameAreaInput: RenameAreaInput;
  RetireAreaInput: RetireAreaInput;
  RetireChecklistItemInput: RetireChecklistItemInput;
  UpdateBuildingInput: UpdateBuildingInput;
  UpdateEstateInput: UpdateEstateInput;
  UpdateHouseInput: UpdateHouseInput;
  UserError: UserError;
}>;

export type AreaResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  housing?: Resolver<Maybe<ResolversTypes['HousingStatistics']>, ParentType, ContextType, Partial<AreaHousingArgs>>;
  housingSeries?: Resolver<Maybe<Array<ResolversTypes['HousingPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaHousingSeriesArgs, 'every' | 'period'>>;
  level?: Resolver<ResolversTypes['AreaLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AreaStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaConnection'] = ResolversParentTypes['AreaConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AreaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaEdge'] = ResolversParentTypes['AreaEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AreaPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['AreaPayload'] = ResolversParentTypes['AreaPayload']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Building']>, { __typename: 'Building' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  accessControl?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  accessControlSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType>;
  floors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  gridCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  houses?: Resolver<Array<ResolversTypes['House']>, ParentType, ContextType>;
  housesPage?: Resolver<ResolversTypes['HouseConnection'], ParentType, ContextType, RequireFields<BuildingHousesPageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BuildingKind'], ParentType, ContextType>;
  managementMode?: Resolver<ResolversTypes['ManagementMode'], ParentType, ContextType>;
  rental?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['BuildingConnection'] = ResolversParentTypes['BuildingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BuildingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['BuildingEdge'] = ResolversParentTypes['BuildingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['BuildingPayload'] = ResolversParentTypes['BuildingPayload']> = ResolversObject<{
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChecklistItemResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['ChecklistItem'] = ResolversParentTypes['ChecklistItem']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChecklistItemConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['ChecklistItemConnection'] = ResolversParentTypes['ChecklistItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChecklistItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChecklistItemEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['ChecklistItemEdge'] = ResolversParentTypes['ChecklistItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChecklistItem'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChecklistItemPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['ChecklistItemPayload'] = ResolversParentTypes['ChecklistItemPayload']> = ResolversObject<{
  checklistItem?: Resolver<Maybe<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ChecklistItem']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EstateResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Estate'] = ResolversParentTypes['Estate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Estate']>, { __typename: 'Estate' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  communityCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currentRating?: Resolver<Maybe<ResolversTypes['EstateRating']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  propertyCompany?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['EstateRating']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstateConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstateConnection'] = ResolversParentTypes['EstateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EstateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstateEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstateEdge'] = ResolversParentTypes['EstateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Estate'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstatePayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstatePayload'] = ResolversParentTypes['EstatePayload']> = ResolversObject<{
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstateRatingResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstateRating'] = ResolversParentTypes['EstateRating']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstateRatingPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstateRatingPayload'] = ResolversParentTypes['EstateRatingPayload']> = ResolversObject<{
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['EstateRating']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EstateStarStatisticsResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['EstateStarStatistics'] = ResolversParentTypes['EstateStarStatistics']> = ResolversObject<{
  estates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HazardResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Hazard'] = ResolversParentTypes['Hazard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Hazard']>, { __typename: 'Hazard' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  house?: Resolver<ResolversTypes['House'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspection?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  itemCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rectifiedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  rectifiedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['HazardSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HazardStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HazardConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HazardConnection'] = ResolversParentTypes['HazardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HazardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HazardEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HazardEdge'] = ResolversParentTypes['HazardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Hazard'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HazardPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HazardPayload'] = ResolversParentTypes['HazardPayload']> = ResolversObject<{
  hazard?: Resolver<Maybe<ResolversTypes['Hazard']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['House'] = ResolversParentTypes['House']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['House']>, { __typename: 'House' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  floorArea?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  groupRentalRisk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspections?: Resolver<Array<ResolversTypes['Inspection']>, ParentType, ContextType>;
  inspectionsPage?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<HouseInspectionsPageArgs, 'first'>>;
  landlord?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  lastInspectedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rental?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HouseConnection'] = ResolversParentTypes['HouseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HouseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HouseEdge'] = ResolversParentTypes['HouseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['House'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HousePayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HousePayload'] = ResolversParentTypes['HousePayload']> = ResolversObject<{
  house?: Resolver<Maybe<ResolversTypes['House']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HousingPeriodStatisticsResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HousingPeriodStatistics'] = ResolversParentTypes['HousingPeriodStatistics']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hazardsOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsRectified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTimeRectificationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HousingStatisticsResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['HousingStatistics'] = ResolversParentTypes['HousingStatistics']> = ResolversObject<{
  accessControlCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  buildings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  estatesByStars?: Resolver<Array<ResolversTypes['EstateStarStatistics']>, ParentType, ContextType>;
  estatesUnrated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groupRentalRiskHouses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsRectified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hazardsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  houses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupiedHouses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRectificationRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rentalBuildings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rentalBuildingsWithAccessControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rentalHouses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Inspection'] = ResolversParentTypes['Inspection']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Inspection']>, { __typename: 'Inspection' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  hazards?: Resolver<Array<ResolversTypes['Hazard']>, ParentType, ContextType>;
  house?: Resolver<ResolversTypes['House'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inspectorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['InspectionResult']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionConnectionResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['InspectionConnection'] = ResolversParentTypes['InspectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InspectionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionEdgeResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['InspectionEdge'] = ResolversParentTypes['InspectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Inspection'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionPayloadResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['InspectionPayload'] = ResolversParentTypes['InspectionPayload']> = ResolversObject<{
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InspectionResultResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['InspectionResult'] = ResolversParentTypes['InspectionResult']> = ResolversObject<{
  itemCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addChecklistItem?: Resolver<ResolversTypes['ChecklistItemPayload'], ParentType, ContextType, RequireFields<MutationAddChecklistItemArgs, 'input'>>;
  createArea?: Resolver<ResolversTypes['AreaPayload'], ParentType, ContextType, RequireFields<MutationCreateAreaArgs, 'input'>>;
  createEstate?: Resolver<ResolversTypes['EstatePayload'], ParentType, ContextType, RequireFields<MutationCreateEstateArgs, 'input'>>;
  rateEstate?: Resolver<ResolversTypes['EstateRatingPayload'], ParentType, ContextType, RequireFields<MutationRateEstateArgs, 'input'>>;
  recordInspection?: Resolver<ResolversTypes['InspectionPayload'], ParentType, ContextType, RequireFields<MutationRecordInspectionArgs, 'input'>>;
  rectifyHazard?: Resolver<ResolversTypes['HazardPayload'], ParentType, ContextType, RequireFields<MutationRectifyHazardArgs, 'input'>>;
  registerBuilding?: Resolver<ResolversTypes['BuildingPayload'], ParentType, ContextType, RequireFields<MutationRegisterBuildingArgs, 'input'>>;
  registerHouse?: Resolver<ResolversTypes['HousePayload'], ParentType, ContextType, RequireFields<MutationRegisterHouseArgs, 'input'>>;
  renameArea?: Resolver<ResolversTypes['AreaPayload'], ParentType, ContextType, RequireFields<MutationRenameAreaArgs, 'input'>>;
  retireArea?: Resolver<ResolversTypes['AreaPayload'], ParentType, ContextType, RequireFields<MutationRetireAreaArgs, 'input'>>;
  retireChecklistItem?: Resolver<ResolversTypes['ChecklistItemPayload'], ParentType, ContextType, RequireFields<MutationRetireChecklistItemArgs, 'input'>>;
  updateBuilding?: Resolver<ResolversTypes['BuildingPayload'], ParentType, ContextType, RequireFields<MutationUpdateBuildingArgs, 'input'>>;
  updateEstate?: Resolver<ResolversTypes['EstatePayload'], ParentType, ContextType, RequireFields<MutationUpdateEstateArgs, 'input'>>;
  updateHouse?: Resolver<ResolversTypes['HousePayload'], ParentType, ContextType, RequireFields<MutationUpdateHouseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  housesOwned?: Resolver<Array<ResolversTypes['House']>, ParentType, ContextType>;
  housesOwnedPage?: Resolver<ResolversTypes['HouseConnection'], ParentType, ContextType, RequireFields<PersonHousesOwnedPageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType, RequireFields<QueryAreaArgs, 'code'>>;
  areas?: Resolver<ResolversTypes['AreaConnection'], ParentType, ContextType, RequireFields<QueryAreasArgs, 'first'>>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  buildings?: Resolver<ResolversTypes['BuildingConnection'], ParentType, ContextType, RequireFields<QueryBuildingsArgs, 'first'>>;
  checklist?: Resolver<Array<ResolversTypes['ChecklistItem']>, ParentType, ContextType, RequireFields<QueryChecklistArgs, 'includeRetired'>>;
  checklistItems?: Resolver<ResolversTypes['ChecklistItemConnection'], ParentType, ContextType, RequireFields<QueryChecklistItemsArgs, 'first' | 'includeRetired'>>;
  estate?: Resolver<Maybe<ResolversTypes['Estate']>, ParentType, ContextType, RequireFields<QueryEstateArgs, 'id'>>;
  estates?: Resolver<ResolversTypes['EstateConnection'], ParentType, ContextType, RequireFields<QueryEstatesArgs, 'first'>>;
  hazard?: Resolver<Maybe<ResolversTypes['Hazard']>, ParentType, ContextType, RequireFields<QueryHazardArgs, 'id'>>;
  hazards?: Resolver<ResolversTypes['HazardConnection'], ParentType, ContextType, RequireFields<QueryHazardsArgs, 'first'>>;
  house?: Resolver<Maybe<ResolversTypes['House']>, ParentType, ContextType, RequireFields<QueryHouseArgs, 'id'>>;
  houses?: Resolver<ResolversTypes['HouseConnection'], ParentType, ContextType, RequireFields<QueryHousesArgs, 'first'>>;
  housesDueForInspection?: Resolver<ResolversTypes['HouseConnection'], ParentType, ContextType, RequireFields<QueryHousesDueForInspectionArgs, 'first'>>;
  inspection?: Resolver<Maybe<ResolversTypes['Inspection']>, ParentType, ContextType, RequireFields<QueryInspectionArgs, 'id'>>;
  inspections?: Resolver<ResolversTypes['InspectionConnection'], ParentType, ContextType, RequireFields<QueryInspectionsArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = HousingContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = HousingContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  AreaConnection?: AreaConnectionResolvers<ContextType>;
  AreaEdge?: AreaEdgeResolvers<ContextType>;
  AreaPayload?: AreaPayloadResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingConnection?: BuildingConnectionResolvers<ContextType>;
  BuildingEdge?: BuildingEdgeResolvers<ContextType>;
  BuildingPayload?: BuildingPayloadResolvers<ContextType>;
  ChecklistItem?: ChecklistItemResolvers<ContextType>;
  ChecklistItemConnection?: ChecklistItemConnectionResolvers<ContextType>;
  ChecklistItemEdge?: ChecklistItemEdgeResolvers<ContextType>;
  ChecklistItemPayload?: ChecklistItemPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Estate?: EstateResolvers<ContextType>;
  EstateConnection?: EstateConnectionResolvers<ContextType>;
  EstateEdge?: EstateEdgeResolvers<ContextType>;
  EstatePayload?: EstatePayloadResolvers<ContextType>;
  EstateRating?: EstateRatingResolvers<ContextType>;
  EstateRatingPayload?: EstateRatingPayloadResolvers<ContextType>;
  EstateStarStatistics?: EstateStarStatisticsResolvers<ContextType>;
  Hazard?: HazardResolvers<ContextType>;
  HazardConnection?: HazardConnectionResolvers<ContextType>;
  HazardEdge?: HazardEdgeResolvers<ContextType>;
  HazardPayload?: HazardPayloadResolvers<ContextType>;
  House?: HouseResolvers<ContextType>;
  HouseConnection?: HouseConnectionResolvers<ContextType>;
  HouseEdge?: HouseEdgeResolvers<ContextType>;
  HousePayload?: HousePayloadResolvers<ContextType>;
  HousingPeriodStatistics?: HousingPeriodStatisticsResolvers<ContextType>;
  HousingStatistics?: HousingStatisticsResolvers<ContextType>;
  Inspection?: InspectionResolvers<ContextType>;
  InspectionConnection?: InspectionConnectionResolvers<ContextType>;
  InspectionEdge?: InspectionEdgeResolvers<ContextType>;
  InspectionPayload?: InspectionPayloadResolvers<ContextType>;
  InspectionResult?: InspectionResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

