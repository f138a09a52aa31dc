import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { PersonRow } from '../repositories/person-repository';
import { ResidenceRow } from '../repositories/residence-repository';
import { HouseRef } from '../repositories/house-repository';
import { AreaRef, PopulationFigures } from '../repositories/statistics-repository';
import { KeyGroupFigure } from '../resolvers/area';
import { PermitRow } from '../repositories/permit-repository';
import { KeyGroupRow } from '../repositories/key-group-repository';
import { VisitRow, OverdueRow, VisitRuleRow } from '../repositories/visit-repository';
import { PointsAccountRef, PointsEntryRow } from '../repositories/points-repository';
import { AuditRow } from '../repositories/audit-repository';
import { RevealPayload } from '../domain/personal-data-service';
import { PopulationContext } from '../context';
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

/** A place in the district; population adds its figures. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
  code: Scalars['ID']['output'];
  /** Population figures for this area and everything beneath it; the period (default: this year to date) bounds the flows. */
  population: Maybe<PopulationStatistics>;
  /**
   * Population's flows (visits done, arrivals, departures) in every period of a series over a range,
   * e.g. the 12 months of a year: one entry per period, oldest first, the first and last clipped to
   * the range. Person figures (residents, key groups…) are as of today and have no series. The
   * range covers at most 10 years. FORBIDDEN to a caller limited to their own record.
   */
  populationSeries: Maybe<Array<PopulationPeriodStatistics>>;
};


/** A place in the district; population adds its figures. */
export type AreaPopulationArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district; population adds its figures. */
export type AreaPopulationSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};

/** One reveal of personal data, kept for ever (append-only). */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** Which field. */
  field: PersonalDataField;
  /** Record id. */
  id: Scalars['ID']['output'];
  /** Whose data; null when that person is no longer within the caller's areas. */
  personId: Maybe<Scalars['ID']['output']>;
  /** The reason given. */
  reason: Scalars['String']['output'];
  /** The request that read it. */
  requestId: Scalars['String']['output'];
  /** When. */
  revealedAt: Scalars['DateTime']['output'];
  /** The role under which it was read. */
  role: Scalars['String']['output'];
  /** Who read it (user id). */
  viewerId: Scalars['String']['output'];
  /** Who read it (name). */
  viewerName: Scalars['String']['output'];
};

/** A page of audit records. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The records of this page. */
  edges: Array<AuditRecordEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching records the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An audit record and its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: AuditRecord;
};

/** Identity document kinds. */
export type DocumentType =
  /** 居民身份证: mainland ID card, 18 characters with a GB 11643 check digit */
  | 'ID_CARD'
  /** Any other document */
  | 'OTHER'
  /** 护照 */
  | 'PASSPORT';

/** The end of a person's current residence. */
export type EndResidenceInput = {
  /** Whose current residence ends. */
  personId: Scalars['ID']['input'];
  /** The day it ends; not before it began. */
  to: Scalars['Date']['input'];
};

/** A home visit (入户走访). */
export type HomeVisit = {
  __typename?: 'HomeVisit';
  /** What the visitor found. */
  findings: Scalars['String']['output'];
  /** Whether the visit calls for follow-up. */
  followUpNeeded: Scalars['Boolean']['output'];
  /** Visit id. */
  id: Scalars['ID']['output'];
  /** The person visited; null when the caller may not read them. */
  person: Maybe<Person>;
  /** Day of the visit. */
  visitedOn: Scalars['Date']['output'];
  /** Who visited (user id). */
  visitorId: Scalars['String']['output'];
  /** Who visited (name). */
  visitorName: Scalars['String']['output'];
};

/** A page of home visits. */
export type HomeVisitConnection = {
  __typename?: 'HomeVisitConnection';
  /** The visits of this page. */
  edges: Array<HomeVisitEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All visits of the person the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A home visit and its cursor. */
export type HomeVisitEdge = {
  __typename?: 'HomeVisitEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The visit. */
  node: HomeVisit;
};

/** A house, as population knows it from housing's events. */
export type House = {
  __typename?: 'House';
  /** Residences at this house now (within the caller's areas), earliest arrival first, a page at a time; each names its person. */
  currentResidences: ResidenceConnection;
  /**
   * People registered as living here now.
   * @deprecated use currentResidences, paginated
   */
  currentResidents: Array<Person>;
  /** House id. */
  id: Scalars['ID']['output'];
};


/** A house, as population knows it from housing's events. */
export type HouseCurrentResidencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Household registration type. */
export type HouseholdType =
  /** 本地户籍: registered locally */
  | 'LOCAL'
  /** 来穗人员: a migrant resident */
  | 'MIGRANT';

/** A residence permit to issue. */
export type IssueResidencePermitInput = {
  /** Last day of validity; after the issue day. */
  expiresOn: Scalars['Date']['input'];
  /** Day issued; not in the future. */
  issuedOn: Scalars['Date']['input'];
  /** Permit number: the issuing city’s 2 to 4 letters and 8 to 14 digits (e.g. GZ4401180001), unique; an ID card number is refused. Stored encrypted, shown masked. */
  number: Scalars['String']['input'];
  /** The holder: a migrant with a current residence. */
  personId: Scalars['ID']['input'];
};

/** Kinds of key group (重点人群). */
export type KeyGroupKind =
  /** 社区矫正对象: under community correction */
  | 'COMMUNITY_CORRECTION'
  /** 残疾人: disabled */
  | 'DISABLED'
  /** 空巢/孤寡老人: elderly living alone */
  | 'ELDERLY_ALONE'
  /** 留守儿童: left-behind child */
  | 'LEFT_BEHIND_CHILD'
  /** 低保: low income */
  | 'LOW_INCOME'
  /** Any other group the community follows */
  | 'OTHER';

/** A person's membership of a key group, from a date to a date. */
export type KeyGroupMembership = {
  __typename?: 'KeyGroupMembership';
  /** First day. */
  from: Scalars['Date']['output'];
  /** Membership id. */
  id: Scalars['ID']['output'];
  /** The group. */
  kind: KeyGroupKind;
  /** Why the person was tagged, if noted. */
  note: Maybe<Scalars['String']['output']>;
  /** Last day, or null while current. */
  to: Maybe<Scalars['Date']['output']>;
};

/** Result of a key-group mutation. */
export type KeyGroupPayload = {
  __typename?: 'KeyGroupPayload';
  /** The membership tagged or ended. */
  membership: Maybe<KeyGroupMembership>;
  /** The person. */
  person: Maybe<Person>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Current members of one kind of key group. */
export type KeyGroupStatistics = {
  __typename?: 'KeyGroupStatistics';
  /** How many, or suppressed. */
  count: SuppressibleCount;
  /** The kind. */
  kind: KeyGroupKind;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ends a person's current residence on a date (moved away). */
  endResidence: ResidencePayload;
  /** Issues a residence permit (居住证) to a migrant with a current residence. */
  issueResidencePermit: ResidencePermitPayload;
  /** Records a home visit (入户走访) by the caller; the person's next visit is then due by the 3456 rule. */
  recordVisit: VisitPayload;
  /**
   * Registers a person. The ID number must be valid, and the number must not be registered already under
   * any document type: in the caller's areas that answers PERSON_ALREADY_REGISTERED (find them by the
   * number), elsewhere DOCUMENT_NOT_ACCEPTED, which says neither who nor where (a person who moved in is
   * transferred with transferPerson).
   */
  registerPerson: PersonPayload;
  /** Registers where a person lives from a date (居住登记); any current residence ends on that date. */
  registerResidence: ResidencePayload;
  /** Renews a residence permit: a later expiry, the holder still residing in the district. */
  renewResidencePermit: ResidencePermitPayload;
  /** Reveals a person's full ID number or phone, for a stated reason; the reveal is written to the audit. */
  revealPersonalData: RevealPersonalDataPayload;
  /** Changes the interval of one category of the 3456 rule; every person's next due date follows. District admins only. */
  setVisitRule: VisitRulePayload;
  /** Tags a person as belonging to a key group (重点人群) from a date. */
  tagKeyGroup: KeyGroupPayload;
  /**
   * Moves a person registered elsewhere into a house of the caller's areas (a transfer between
   * communities), found by the document number and name on the ID card they show: their current
   * residence ends on the day they move in, and their record follows them. An unknown number and a
   * wrong name answer the same (TRANSFER_NOT_MATCHED). Community workers, street and district admins.
   */
  transferPerson: TransferPersonPayload;
  /** Ends a person's current membership of a key group on a date. */
  untagKeyGroup: KeyGroupPayload;
  /** Changes a person's details; only the fields given change. The document number cannot change. */
  updatePerson: PersonPayload;
};


export type MutationEndResidenceArgs = {
  input: EndResidenceInput;
};


export type MutationIssueResidencePermitArgs = {
  input: IssueResidencePermitInput;
};


export type MutationRecordVisitArgs = {
  input: RecordVisitInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRegisterResidenceArgs = {
  input: RegisterResidenceInput;
};


export type MutationRenewResidencePermitArgs = {
  input: RenewResidencePermitInput;
};


export type MutationRevealPersonalDataArgs = {
  input: RevealPersonalDataInput;
};


export type MutationSetVisitRuleArgs = {
  input: SetVisitRuleInput;
};


export type MutationTagKeyGroupArgs = {
  input: TagKeyGroupInput;
};


export type MutationTransferPersonArgs = {
  input: TransferPersonInput;
};


export type MutationUntagKeyGroupArgs = {
  input: UntagKeyGroupInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};

/** A person overdue for a home visit. */
export type OverdueVisit = {
  __typename?: 'OverdueVisit';
  /** Whole days since it was due. */
  daysOverdue: Scalars['Int']['output'];
  /** The day the visit was due. */
  dueOn: Scalars['Date']['output'];
  /** The last visit, if any. */
  lastVisitedOn: Maybe<Scalars['Date']['output']>;
  /** The person; null when the caller may not read them. */
  person: Maybe<Person>;
  /** The rule that set the interval. */
  rule: VisitCategory;
};

/** A page of overdue visits. */
export type OverdueVisitConnection = {
  __typename?: 'OverdueVisitConnection';
  /** The overdue persons of this page. */
  edges: Array<OverdueVisitEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All overdue persons in the area that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An overdue visit and its cursor. */
export type OverdueVisitEdge = {
  __typename?: 'OverdueVisitEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The overdue visit. */
  node: OverdueVisit;
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

/** A resident or migrant resident of the district. */
export type Person = {
  __typename?: 'Person';
  /** Age in whole years today. */
  age: Scalars['Int']['output'];
  /** The area the person belongs to: the grid of the current residence, else where they were registered. */
  areaCode: Scalars['ID']['output'];
  /** Date of birth, for roles that may reveal personal data; null for the others (beside the masked ID number it would give the hidden digits back): use birthYear or age. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** Year of birth. */
  birthYear: Scalars['Int']['output'];
  /** Where the person lives now, if registered anywhere. */
  currentResidence: Maybe<Residence>;
  /** Document number, masked: an ID card number as its first 6 and last 4 characters (its 8 birth-date digits hidden), any other number as its first 2 and last 2. The full number only through revealPersonalData. */
  documentNumber: Scalars['String']['output'];
  /** Document kind. */
  documentType: DocumentType;
  /** Home visits, newest first, a page at a time; null (with a FORBIDDEN error) for roles outside residents' care, the person still arriving. */
  homeVisits: Maybe<HomeVisitConnection>;
  /** Local or migrant. */
  householdType: HouseholdType;
  /** Person id (UUID). */
  id: Scalars['ID']['output'];
  /** Key-group memberships, current and ended, newest first; null for roles outside residents' care (mediators, organization staff), who may see the person's address but not whether they are in a key group. */
  keyGroups: Maybe<Array<KeyGroupMembership>>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** When the next home visit is due by the 3456 rule; null while the person has no current residence, and for roles outside residents' care. */
  nextVisitDue: Maybe<Scalars['Date']['output']>;
  /** Occupation. */
  occupation: Maybe<Scalars['String']['output']>;
  /** Native place (籍贯). */
  origin: Maybe<Scalars['String']['output']>;
  /** Whether the person is a member of the Communist Party of China. */
  partyMember: Scalars['Boolean']['output'];
  /** Phone number, masked (first 3 and last 4 digits). */
  phone: Maybe<Scalars['String']['output']>;
  /** The points account (积分) of a migrant; null for locals. */
  pointsAccount: Maybe<PointsAccount>;
  /** Residences within the caller's areas, newest first, a page at a time. */
  residenceHistory: ResidenceConnection;
  /** The residence permit most recently issued, valid or not. */
  residencePermit: Maybe<ResidencePermit>;
  /**
   * Every residence within the caller's areas, newest first.
   * @deprecated use residenceHistory, paginated
   */
  residences: Array<Residence>;
  /** Sex. */
  sex: Sex;
  /** Which category of the 3456 rule sets the interval (the strictest that applies); null for roles outside residents' care (it would tell a key-group member). */
  visitRule: Maybe<VisitCategory>;
  /**
   * Home visits, newest first.
   * @deprecated use homeVisits, paginated
   */
  visits: Maybe<Array<HomeVisit>>;
};


/** A resident or migrant resident of the district. */
export type PersonHomeVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A resident or migrant resident of the district. */
export type PersonResidenceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A resident or migrant resident of the district. */
export type PersonVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of persons. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons of this page. */
  edges: Array<PersonEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All persons matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Filters for persons; all given filters apply together. */
export type PersonFilter = {
  /** Only persons within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Exact document number (found through its keyed hash, never by plain text). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Only locals or migrants. */
  householdType?: InputMaybe<HouseholdType>;
  /** Only persons in this current key group (FORBIDDEN to roles outside residents' care). */
  keyGroup?: InputMaybe<KeyGroupKind>;
  /** Only persons at most this old (whole years). */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Only persons at least this old (whole years). */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Name contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Exact phone number (found through its keyed hash). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Result of a person mutation. */
export type PersonPayload = {
  __typename?: 'PersonPayload';
  /** The person, when the change was made. */
  person: Maybe<Person>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Personal data that can be revealed in full. */
export type PersonalDataField =
  /** 居民身份证号 or other document number */
  | 'ID_NUMBER'
  /** 居住证号: the number of the person's latest residence permit */
  | 'PERMIT_NUMBER'
  /** Phone number */
  | 'PHONE';

/** A migrant's points account (积分). */
export type PointsAccount = {
  __typename?: 'PointsAccount';
  /** Sum per rule (rules with no entry are left out). */
  byRule: Array<PointsRuleTotal>;
  /** Entries, newest first. */
  entries: PointsEntryConnection;
  /** The holder; null when the caller may not read them. */
  person: Maybe<Person>;
  /** Sum of all entries. */
  total: Scalars['Int']['output'];
};


/** A migrant's points account (积分). */
export type PointsAccountEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A line of a points account; a revoked source appears as a negative entry that reverses it. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Day awarded. */
  awardedOn: Scalars['Date']['output'];
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** Points, negative for a reversal. */
  points: Scalars['Int']['output'];
  /** The source record, e.g. an attendance id. */
  reference: Scalars['String']['output'];
  /** Whether a later entry reversed this one. */
  reversed: Scalars['Boolean']['output'];
  /** The rule. */
  rule: PointsRule;
  /** Where the points came from, e.g. volunteering.hours.approved. */
  source: Scalars['String']['output'];
};

/** A page of points entries. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** The entries of this page. */
  edges: Array<PointsEntryEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All entries of the account. */
  totalCount: Scalars['Int']['output'];
};

/** An entry and its cursor. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PointsEntry;
};

/** Rules that award points. */
export type PointsRule =
  /** Months of continuous residence in the district: 1 point per full month */
  | 'RESIDENCE_MONTHS'
  /** Approved volunteer service: 1 point per full half hour */
  | 'VOLUNTEER_HOURS';

/** The points one rule contributed. */
export type PointsRuleTotal = {
  __typename?: 'PointsRuleTotal';
  /** Its points. */
  points: Scalars['Int']['output'];
  /** The rule. */
  rule: PointsRule;
};

/** Population's flows in one period of a series. */
export type PopulationPeriodStatistics = {
  __typename?: 'PopulationPeriodStatistics';
  /** Residences that ended in the period (departures, including moves within the district). */
  departures: Scalars['Int']['output'];
  /** First day of the period (within the range asked). */
  from: Scalars['Date']['output'];
  /** The period's name: 2026-07 for a month, 2026Q3 for a quarter, 2026 for a year. */
  label: Scalars['String']['output'];
  /** Residences that began in the period (arrivals, including moves within the district). */
  newRegistrations: Scalars['Int']['output'];
  /** Last day of the period (within the range asked). */
  to: Scalars['Date']['output'];
  /** Home visits made in the period, in the area of the person visited at the time. */
  visitsDone: Scalars['Int']['output'];
};

/**
 * Population figures for an area and everything beneath it. Figures about persons (residents,
 * migrants, locals, key groups, overdue visits, valid permits) count residents as of today;
 * visits, arrivals and departures count what happened in the period, in the area where it happened.
 */
export type PopulationStatistics = {
  __typename?: 'PopulationStatistics';
  /** Residences that ended in the period (departures, including moves within the district). */
  departures: Scalars['Int']['output'];
  /** Residents in at least one current key group (suppressed below 5 for statistics-only callers). */
  keyGroupMembers: SuppressibleCount;
  /** Residents in a current key group, by kind (each suppressed below 5 for statistics-only callers). */
  keyGroups: Array<KeyGroupStatistics>;
  /** Of the residents, locally registered (户籍). */
  locals: Scalars['Int']['output'];
  /** Of the residents, migrants (来穗人员). */
  migrants: Scalars['Int']['output'];
  /** Residences that began in the period (arrivals, including moves within the district). */
  newRegistrations: Scalars['Int']['output'];
  /** Of the valid permits, those expiring within 30 days. */
  permitsExpiring: Scalars['Int']['output'];
  /** Residence permits of residents, valid today. */
  permitsValid: Scalars['Int']['output'];
  /** Residents: persons living in the area now, that is with a current residence (居住登记) at a house there, or registered there with no residence history yet. A person whose residence ended without a new one (moved away) is not a resident anywhere; one who moved within the district is counted once, in the new area. */
  residents: Scalars['Int']['output'];
  /** Home visits made in the period, in the area of the person visited at the time. */
  visitsDone: Scalars['Int']['output'];
  /** Residents overdue for a home visit today. */
  visitsOverdue: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Reveals of personal data (who read which ID number or phone, and why), newest first. District admins only. */
  auditRecords: AuditRecordConnection;
  /** Residence permits (居住证) expiring within a number of days in an area, soonest first. For the roles that care for residents, as overdueVisits. */
  expiringResidencePermits: ResidencePermitConnection;
  /** Persons overdue for a home visit (入户走访) within an area, most overdue first. For the roles that care for residents (admins, community and grid workers; a volunteer sees only themselves); FORBIDDEN to mediators and organization staff. */
  overdueVisits: OverdueVisitConnection;
  /** One person, if they live (or were registered) within the caller's areas (a volunteer: only themselves). */
  person: Maybe<Person>;
  /** Persons within the caller's areas, filtered; ordered by name. */
  persons: PersonConnection;
  /** The home-visit intervals of the 3456 rule, as currently configured. */
  visitRules: Array<VisitRule>;
};


export type QueryAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExpiringResidencePermitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays: Scalars['Int']['input'];
};


export type QueryOverdueVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A home visit made by the caller. */
export type RecordVisitInput = {
  /** What was found, up to 2,000 characters. */
  findings: Scalars['String']['input'];
  /** Whether follow-up is needed. */
  followUpNeeded: Scalars['Boolean']['input'];
  /** The person visited. */
  personId: Scalars['ID']['input'];
  /** Day of the visit; not in the future. */
  visitedOn: Scalars['Date']['input'];
};

/** A person to register. */
export type RegisterPersonInput = {
  /** The area where the person is registered until a residence places them (within your areas). */
  areaCode: Scalars['ID']['input'];
  /** Date of birth; for an ID card, as the number encodes it. */
  birthDate: Scalars['Date']['input'];
  /** Document number (spaces and hyphens ignored); for an ID card, checked against its check digit, birth date and sex. Unique across document types. */
  documentNumber: Scalars['String']['input'];
  /** Document kind. */
  documentType: DocumentType;
  /** Local or migrant. */
  householdType: HouseholdType;
  /** Full name. */
  name: Scalars['String']['input'];
  /** Occupation. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Native place (籍贯). */
  origin?: InputMaybe<Scalars['String']['input']>;
  /** Party member; false when not given. */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mobile phone, 11 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Sex. */
  sex: Sex;
};

/** A residence to register (居住登记). */
export type RegisterResidenceInput = {
  /** First day of residence; not in the future. */
  from: Scalars['Date']['input'];
  /** The house (known to population from housing's events). */
  houseId: Scalars['ID']['input'];
  /** Who. */
  personId: Scalars['ID']['input'];
  /** Why. */
  reason: ResidenceReason;
};

/** A renewal. */
export type RenewResidencePermitInput = {
  /** The new last day of validity; after the current one and after the renewal day. */
  expiresOn: Scalars['Date']['input'];
  /** The permit. */
  permitId: Scalars['ID']['input'];
  /** Day renewed; not in the future. */
  renewedOn: Scalars['Date']['input'];
};

/** A residence registration (居住登记): a person lives at a house from a date, to a date. */
export type Residence = {
  __typename?: 'Residence';
  /** First day of residence. */
  from: Scalars['Date']['output'];
  /** The house (housing's); null when it cannot be read. */
  house: Maybe<House>;
  /** Residence id. */
  id: Scalars['ID']['output'];
  /** Who lives there; null when the caller may not read them (e.g. a past residence of someone who moved away). */
  person: Maybe<Person>;
  /** Why the person lives there. */
  reason: ResidenceReason;
  /** Last day (exclusive end) or null while current. */
  to: Maybe<Scalars['Date']['output']>;
};

/** A page of residences. */
export type ResidenceConnection = {
  __typename?: 'ResidenceConnection';
  /** The residences of this page. */
  edges: Array<ResidenceEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching residences the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A residence and its cursor. */
export type ResidenceEdge = {
  __typename?: 'ResidenceEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The residence. */
  node: Residence;
};

/** Result of a residence mutation. */
export type ResidencePayload = {
  __typename?: 'ResidencePayload';
  /** The residence registered or ended. */
  residence: Maybe<Residence>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A residence permit (居住证). */
export type ResidencePermit = {
  __typename?: 'ResidencePermit';
  /** Last day of validity. */
  expiresOn: Scalars['Date']['output'];
  /** Permit id. */
  id: Scalars['ID']['output'];
  /** Day issued. */
  issuedOn: Scalars['Date']['output'];
  /** Permit number, masked (first 2 and last 4 characters). The full number only through revealPersonalData (PERMIT_NUMBER). */
  number: Scalars['String']['output'];
  /** The holder; null when the caller may not read them. */
  person: Maybe<Person>;
  /** How many times it was renewed. */
  renewals: Scalars['Int']['output'];
  /** Day of the latest renewal, if renewed. */
  renewedOn: Maybe<Scalars['Date']['output']>;
  /** Whether it is valid today. */
  valid: Scalars['Boolean']['output'];
};

/** A page of residence permits. */
export type ResidencePermitConnection = {
  __typename?: 'ResidencePermitConnection';
  /** The permits of this page. */
  edges: Array<ResidencePermitEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching permits the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A permit and its cursor. */
export type ResidencePermitEdge = {
  __typename?: 'ResidencePermitEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The permit. */
  node: ResidencePermit;
};

/** Result of a permit mutation. */
export type ResidencePermitPayload = {
  __typename?: 'ResidencePermitPayload';
  /**
   * The permit issued or renewed.
   * @deprecated use residencePermit
   */
  permit: Maybe<ResidencePermit>;
  /** The permit issued or renewed. */
  residencePermit: Maybe<ResidencePermit>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Why a person lives at a house. */
export type ResidenceReason =
  /** Employer dormitory */
  | 'DORMITORY'
  /** Other */
  | 'OTHER'
  /** Owner-occupied */
  | 'OWN'
  /** Living with relatives */
  | 'RELATIVE'
  /** Renting */
  | 'RENT';

/** What to reveal and why. */
export type RevealPersonalDataInput = {
  /** Which field. */
  field: PersonalDataField;
  /** Whose data. */
  personId: Scalars['ID']['input'];
  /** Why the full value is needed; recorded in the audit (at least 4 visible characters, not counting blanks, zero-width or control characters; at most 500). */
  reason: Scalars['String']['input'];
};

/** Result of a reveal. */
export type RevealPersonalDataPayload = {
  __typename?: 'RevealPersonalDataPayload';
  /** The audit record written for this reveal. */
  auditRecord: Maybe<AuditRecord>;
  /** Why the reveal was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The full value; null when refused. */
  value: Maybe<Scalars['String']['output']>;
};

/** How long each period of a statistics series is. */
export type SeriesInterval =
  /** A calendar month */
  | 'MONTH'
  /** A calendar quarter */
  | 'QUARTER'
  /** A calendar year */
  | 'YEAR';

/** A new interval for one category of the 3456 rule. */
export type SetVisitRuleInput = {
  /** The category. */
  category: VisitCategory;
  /** Days between visits, 1 to 366. */
  intervalDays: Scalars['Int']['input'];
};

/** Sex as recorded on the identity document. */
export type Sex =
  /** 女 */
  | 'FEMALE'
  /** 男 */
  | 'MALE';

/** A count about a sensitive group. Statistics-only callers (integrators) get it withheld below 5 (value null, suppressed true), zero included, and otherwise rounded to the nearest 5, so no small group can be singled out by subtracting sibling areas. */
export type SuppressibleCount = {
  __typename?: 'SuppressibleCount';
  /** Whether the count was withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The count, or null when suppressed. */
  value: Maybe<Scalars['Int']['output']>;
};

/** A key-group tag. */
export type TagKeyGroupInput = {
  /** First day; not in the future. */
  from: Scalars['Date']['input'];
  /** Which group. */
  kind: KeyGroupKind;
  /** Why, briefly. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who. */
  personId: Scalars['ID']['input'];
};

/** A person moving in from elsewhere in the district: their document, name, new house and day. */
export type TransferPersonInput = {
  /** The document number on the ID card the person shows (spaces and hyphens ignored). */
  documentNumber: Scalars['String']['input'];
  /** First day at the new house; not in the future, not before their latest residence began. Their current residence ends on this day. */
  from: Scalars['Date']['input'];
  /** The new house, within the caller's areas. */
  houseId: Scalars['ID']['input'];
  /** The name on it, as registered. */
  name: Scalars['String']['input'];
  /** Why they live there. */
  reason: ResidenceReason;
};

/** Result of a transfer. */
export type TransferPersonPayload = {
  __typename?: 'TransferPersonPayload';
  /** The person, now within the caller's areas. */
  person: Maybe<Person>;
  /** The new residence. */
  residence: Maybe<Residence>;
  /** Why the transfer was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** The end of a key-group membership. */
export type UntagKeyGroupInput = {
  /** Which group. */
  kind: KeyGroupKind;
  /** Who. */
  personId: Scalars['ID']['input'];
  /** Last day; not before the membership began, not in the future. */
  to: Scalars['Date']['input'];
};

/** Changes to a person; fields left out stay as they are. */
export type UpdatePersonInput = {
  /** Local or migrant (e.g. after 积分入户). */
  householdType?: InputMaybe<HouseholdType>;
  /** Full name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Occupation; null removes it. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** Native place; null removes it. */
  origin?: InputMaybe<Scalars['String']['input']>;
  /** Party member. */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who. */
  personId: Scalars['ID']['input'];
  /** Mobile phone, 11 digits; null removes it. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. ID_NUMBER_INVALID. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in a sentence. */
  message: Scalars['String']['output'];
};

/** Which rule of the 3456 schedule applies to a person. */
export type VisitCategory =
  /** 重点人群: persons in a current key group (monthly by default) */
  | 'KEY_GROUP'
  /** 来穗人员: migrants (weekly by default) */
  | 'MIGRANT'
  /** Everyone else (every six months by default) */
  | 'OTHER';

/** Result of recording a visit. */
export type VisitPayload = {
  __typename?: 'VisitPayload';
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The visit. */
  visit: Maybe<HomeVisit>;
};

/** One line of the visit rule table. */
export type VisitRule = {
  __typename?: 'VisitRule';
  /** The category of person. */
  category: VisitCategory;
  /** Days between visits. */
  intervalDays: Scalars['Int']['output'];
};

/** Result of changing the visit rule. */
export type VisitRulePayload = {
  __typename?: 'VisitRulePayload';
  /**
   * The rule as changed.
   * @deprecated use visitRule
   */
  rule: Maybe<VisitRule>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The rule as changed. */
  visitRule: Maybe<VisitRule>;
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
  Area: ResolverTypeWrapper<AreaRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditRecord: ResolverTypeWrapper<AuditRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditRecordConnection: ResolverTypeWrapper<Omit<AuditRecordConnection, 'edges'> & { edges: Array<ResolversTypes['AuditRecordEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditRecordEdge: ResolverTypeWrapper<Omit<AuditRecordEdge, 'node'> & { node: ResolversTypes['AuditRecord'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentType: DocumentType;
  EndResidenceInput: EndResidenceInput;
  HomeVisit: ResolverTypeWrapper<VisitRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  HomeVisitConnection: ResolverTypeWrapper<Omit<HomeVisitConnection, 'edges'> & { edges: Array<ResolversTypes['HomeVisitEdge']> }>;
  HomeVisitEdge: ResolverTypeWrapper<Omit<HomeVisitEdge, 'node'> & { node: ResolversTypes['HomeVisit'] }>;
  House: ResolverTypeWrapper<HouseRef>;
  HouseholdType: HouseholdType;
  IssueResidencePermitInput: IssueResidencePermitInput;
  KeyGroupKind: KeyGroupKind;
  KeyGroupMembership: ResolverTypeWrapper<KeyGroupRow>;
  KeyGroupPayload: ResolverTypeWrapper<Omit<KeyGroupPayload, 'membership' | 'person'> & { membership?: Maybe<ResolversTypes['KeyGroupMembership']>, person?: Maybe<ResolversTypes['Person']> }>;
  KeyGroupStatistics: ResolverTypeWrapper<KeyGroupFigure>;
  Mutation: ResolverTypeWrapper<{}>;
  OverdueVisit: ResolverTypeWrapper<OverdueRow>;
  OverdueVisitConnection: ResolverTypeWrapper<Omit<OverdueVisitConnection, 'edges'> & { edges: Array<ResolversTypes['OverdueVisitEdge']> }>;
  OverdueVisitEdge: ResolverTypeWrapper<Omit<OverdueVisitEdge, 'node'> & { node: ResolversTypes['OverdueVisit'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonPayload: ResolverTypeWrapper<Omit<PersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  PersonalDataField: PersonalDataField;
  PointsAccount: ResolverTypeWrapper<PointsAccountRef>;
  PointsEntry: ResolverTypeWrapper<PointsEntryRow>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversTypes['PointsEntryEdge']> }>;
  PointsEntryEdge: ResolverTypeWrapper<Omit<PointsEntryEdge, 'node'> & { node: ResolversTypes['PointsEntry'] }>;
  PointsRule: PointsRule;
  PointsRuleTotal: ResolverTypeWrapper<PointsRuleTotal>;
  PopulationPeriodStatistics: ResolverTypeWrapper<PopulationPeriodStatistics>;
  PopulationStatistics: ResolverTypeWrapper<PopulationFigures>;
  Query: ResolverTypeWrapper<{}>;
  RecordVisitInput: RecordVisitInput;
  RegisterPersonInput: RegisterPersonInput;
  RegisterResidenceInput: RegisterResidenceInput;
  RenewResidencePermitInput: RenewResidencePermitInput;
  Residence: ResolverTypeWrapper<ResidenceRow>;
  ResidenceConnection: ResolverTypeWrapper<Omit<ResidenceConnection, 'edges'> & { edges: Array<ResolversTypes['ResidenceEdge']> }>;
  ResidenceEdge: ResolverTypeWrapper<Omit<ResidenceEdge, 'node'> & { node: ResolversTypes['Residence'] }>;
  ResidencePayload: ResolverTypeWrapper<Omit<ResidencePayload, 'residence'> & { residence?: Maybe<ResolversTypes['Residence']> }>;
  ResidencePermit: ResolverTypeWrapper<PermitRow>;
  ResidencePermitConnection: ResolverTypeWrapper<Omit<ResidencePermitConnection, 'edges'> & { edges: Array<ResolversTypes['ResidencePermitEdge']> }>;
  ResidencePermitEdge: ResolverTypeWrapper<Omit<ResidencePermitEdge, 'node'> & { node: ResolversTypes['ResidencePermit'] }>;
  ResidencePermitPayload: ResolverTypeWrapper<Omit<ResidencePermitPayload, 'permit' | 'residencePermit'> & { permit?: Maybe<ResolversTypes['ResidencePermit']>, residencePermit?: Maybe<ResolversTypes['ResidencePermit']> }>;
  ResidenceReason: ResidenceReason;
  RevealPersonalDataInput: RevealPersonalDataInput;
  RevealPersonalDataPayload: ResolverTypeWrapper<RevealPayload>;
  SeriesInterval: SeriesInterval;
  SetVisitRuleInput: SetVisitRuleInput;
  Sex: Sex;
  SuppressibleCount: ResolverTypeWrapper<SuppressibleCount>;
  TagKeyGroupInput: TagKeyGroupInput;
  TransferPersonInput: TransferPersonInput;
  TransferPersonPayload: ResolverTypeWrapper<Omit<TransferPersonPayload, 'person' | 'residence'> & { person?: Maybe<ResolversTypes['Person']>, residence?: Maybe<ResolversTypes['Residence']> }>;
  UntagKeyGroupInput: UntagKeyGroupInput;
  UpdatePersonInput: UpdatePersonInput;
  UserError: ResolverTypeWrapper<UserError>;
  VisitCategory: VisitCategory;
  VisitPayload: ResolverTypeWrapper<Omit<VisitPayload, 'visit'> & { visit?: Maybe<ResolversTypes['HomeVisit']> }>;
  VisitRule: ResolverTypeWrapper<VisitRuleRow>;
  VisitRulePayload: ResolverTypeWrapper<Omit<VisitRulePayload, 'rule' | 'visitRule'> & { rule?: Maybe<ResolversTypes['VisitRule']>, visitRule?: Maybe<ResolversTypes['VisitRule']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Area: AreaRef;
  ID: Scalars['ID']['output'];
  AuditRecord: AuditRow;
  String: Scalars['String']['output'];
  AuditRecordConnection: Omit<AuditRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditRecordEdge']> };
  Int: Scalars['Int']['output'];
  AuditRecordEdge: Omit<AuditRecordEdge, 'node'> & { node: ResolversParentTypes['AuditRecord'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndResidenceInput: EndResidenceInput;
  HomeVisit: VisitRow;
  Boolean: Scalars['Boolean']['output'];
  HomeVisitConnection: Omit<HomeVisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['HomeVisitEdge']> };
  HomeVisitEdge: Omit<HomeVisitEdge, 'node'> & { node: ResolversParentTypes['HomeVisit'] };
  House: HouseRef;
  IssueResidencePermitInput: IssueResidencePermitInput;
  KeyGroupMembership: KeyGroupRow;
  KeyGroupPayload: Omit<KeyGroupPayload, 'membership' | 'person'> & { membership?: Maybe<ResolversParentTypes['KeyGroupMembership']>, person?: Maybe<ResolversParentTypes['Person']> };
  KeyGroupStatistics: KeyGroupFigure;
  Mutation: {};
  OverdueVisit: OverdueRow;
  OverdueVisitConnection: Omit<OverdueVisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['OverdueVisitEdge']> };
  OverdueVisitEdge: Omit<OverdueVisitEdge, 'node'> & { node: ResolversParentTypes['OverdueVisit'] };
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRow;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonPayload: Omit<PersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  PointsAccount: PointsAccountRef;
  PointsEntry: PointsEntryRow;
  PointsEntryConnection: Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PointsEntryEdge']> };
  PointsEntryEdge: Omit<PointsEntryEdge, 'node'> & { node: ResolversParentTypes['PointsEntry'] };
  PointsRuleTotal: PointsRuleTotal;
  PopulationPeriodStatistics: PopulationPeriodStatistics;
  PopulationStatistics: PopulationFigures;
  Query: {};
  RecordVisitInput: RecordVisitInput;
  RegisterPersonInput: RegisterPersonInput;
  RegisterResidenceInput: RegisterResidenceInput;
  RenewResidencePermitInput: RenewResidencePermitInput;
  Residence: ResidenceRow;
  ResidenceConnection: Omit<ResidenceConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidenceEdge']> };
  ResidenceEdge: Omit<ResidenceEdge, 'node'> & { node: ResolversParentTypes['Residence'] };
  ResidencePayload: Omit<ResidencePayload, 'residence'> & { residence?: Maybe<ResolversParentTypes['Residence']> };
  ResidencePermit: PermitRow;
  ResidencePermitConnection: Omit<ResidencePermitConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidencePermitEdge']> };
  ResidencePermitEdge: Omit<ResidencePermitEdge, 'node'> & { node: ResolversParentTypes['ResidencePermit'] };
  ResidencePermitPayload: Omit<ResidencePermitPayload, 'permit' | 'residencePermit'> & { permit?: Maybe<ResolversParentTypes['ResidencePermit']>, residencePermit?: Maybe<ResolversParentTypes['ResidencePermit']> };
  RevealPersonalDataInput: RevealPersonalDataInput;
  RevealPersonalDataPayload: RevealPayload;
  SetVisitRuleInput: SetVisitRuleInput;
  SuppressibleCount: SuppressibleCount;
  TagKeyGroupInput: TagKeyGroupInput;
  TransferPersonInput: TransferPersonInput;
  TransferPersonPayload: Omit<TransferPersonPayload, 'person' | 'residence'> & { person?: Maybe<ResolversParentTypes['Person']>, residence?: Maybe<ResolversParentTypes['Residence']> };
  UntagKeyGroupInput: UntagKeyGroupInput;
  UpdatePersonInput: UpdatePersonInput;
  UserError: UserError;
  VisitPayload: Omit<VisitPayload, 'visit'> & { visit?: Maybe<ResolversParentTypes['HomeVisit']> };
  VisitRule: VisitRuleRow;
  VisitRulePayload: Omit<VisitRulePayload, 'rule' | 'visitRule'> & { rule?: Maybe<ResolversParentTypes['VisitRule']>, visitRule?: Maybe<ResolversParentTypes['VisitRule']> };
}>;

export type AreaResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['PopulationStatistics']>, ParentType, ContextType, Partial<AreaPopulationArgs>>;
  populationSeries?: Resolver<Maybe<Array<ResolversTypes['PopulationPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaPopulationSeriesArgs, 'every' | 'period'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditRecordResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['AuditRecord'] = ResolversParentTypes['AuditRecord']> = ResolversObject<{
  field?: Resolver<ResolversTypes['PersonalDataField'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revealedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditRecordConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['AuditRecordConnection'] = ResolversParentTypes['AuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditRecordEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['AuditRecordEdge'] = ResolversParentTypes['AuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditRecord'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HomeVisitResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['HomeVisit'] = ResolversParentTypes['HomeVisit']> = ResolversObject<{
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUpNeeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  visitedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HomeVisitConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['HomeVisitConnection'] = ResolversParentTypes['HomeVisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HomeVisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HomeVisitEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['HomeVisitEdge'] = ResolversParentTypes['HomeVisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HomeVisit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type HouseResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['House'] = ResolversParentTypes['House']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['House']>, { __typename: 'House' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  currentResidences?: Resolver<ResolversTypes['ResidenceConnection'], ParentType, ContextType, RequireFields<HouseCurrentResidencesArgs, 'first'>>;
  currentResidents?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KeyGroupMembershipResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['KeyGroupMembership'] = ResolversParentTypes['KeyGroupMembership']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KeyGroupKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KeyGroupPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['KeyGroupPayload'] = ResolversParentTypes['KeyGroupPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['KeyGroupMembership']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KeyGroupStatisticsResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['KeyGroupStatistics'] = ResolversParentTypes['KeyGroupStatistics']> = ResolversObject<{
  count?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KeyGroupKind'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  endResidence?: Resolver<ResolversTypes['ResidencePayload'], ParentType, ContextType, RequireFields<MutationEndResidenceArgs, 'input'>>;
  issueResidencePermit?: Resolver<ResolversTypes['ResidencePermitPayload'], ParentType, ContextType, RequireFields<MutationIssueResidencePermitArgs, 'input'>>;
  recordVisit?: Resolver<ResolversTypes['VisitPayload'], ParentType, ContextType, RequireFields<MutationRecordVisitArgs, 'input'>>;
  registerPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  registerResidence?: Resolver<ResolversTypes['ResidencePayload'], ParentType, ContextType, RequireFields<MutationRegisterResidenceArgs, 'input'>>;
  renewResidencePermit?: Resolver<ResolversTypes['ResidencePermitPayload'], ParentType, ContextType, RequireFields<MutationRenewResidencePermitArgs, 'input'>>;
  revealPersonalData?: Resolver<ResolversTypes['RevealPersonalDataPayload'], ParentType, ContextType, RequireFields<MutationRevealPersonalDataArgs, 'input'>>;
  setVisitRule?: Resolver<ResolversTypes['VisitRulePayload'], ParentType, ContextType, RequireFields<MutationSetVisitRuleArgs, 'input'>>;
  tagKeyGroup?: Resolver<ResolversTypes['KeyGroupPayload'], ParentType, ContextType, RequireFields<MutationTagKeyGroupArgs, 'input'>>;
  transferPerson?: Resolver<ResolversTypes['TransferPersonPayload'], ParentType, ContextType, RequireFields<MutationTransferPersonArgs, 'input'>>;
  untagKeyGroup?: Resolver<ResolversTypes['KeyGroupPayload'], ParentType, ContextType, RequireFields<MutationUntagKeyGroupArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
}>;

export type OverdueVisitResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['OverdueVisit'] = ResolversParentTypes['OverdueVisit']> = ResolversObject<{
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastVisitedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['VisitCategory'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverdueVisitConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['OverdueVisitConnection'] = ResolversParentTypes['OverdueVisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OverdueVisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OverdueVisitEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['OverdueVisitEdge'] = ResolversParentTypes['OverdueVisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OverdueVisit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  birthYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currentResidence?: Resolver<Maybe<ResolversTypes['Residence']>, ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentType?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  homeVisits?: Resolver<Maybe<ResolversTypes['HomeVisitConnection']>, ParentType, ContextType, RequireFields<PersonHomeVisitsArgs, 'first'>>;
  householdType?: Resolver<ResolversTypes['HouseholdType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyGroups?: Resolver<Maybe<Array<ResolversTypes['KeyGroupMembership']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextVisitDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pointsAccount?: Resolver<Maybe<ResolversTypes['PointsAccount']>, ParentType, ContextType>;
  residenceHistory?: Resolver<ResolversTypes['ResidenceConnection'], ParentType, ContextType, RequireFields<PersonResidenceHistoryArgs, 'first'>>;
  residencePermit?: Resolver<Maybe<ResolversTypes['ResidencePermit']>, ParentType, ContextType>;
  residences?: Resolver<Array<ResolversTypes['Residence']>, ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  visitRule?: Resolver<Maybe<ResolversTypes['VisitCategory']>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['HomeVisit']>>, ParentType, ContextType, RequireFields<PersonVisitsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PersonPayload'] = ResolversParentTypes['PersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PointsAccountResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PointsAccount'] = ResolversParentTypes['PointsAccount']> = ResolversObject<{
  byRule?: Resolver<Array<ResolversTypes['PointsRuleTotal']>, ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['PointsEntryConnection'], ParentType, ContextType, RequireFields<PointsAccountEntriesArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PointsEntryResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = ResolversObject<{
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['PointsRule'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PointsEntryConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PointsEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PointsEntryEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PointsEntryEdge'] = ResolversParentTypes['PointsEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PointsRuleTotalResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PointsRuleTotal'] = ResolversParentTypes['PointsRuleTotal']> = ResolversObject<{
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['PointsRule'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationPeriodStatisticsResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PopulationPeriodStatistics'] = ResolversParentTypes['PopulationPeriodStatistics']> = ResolversObject<{
  departures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newRegistrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PopulationStatisticsResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['PopulationStatistics'] = ResolversParentTypes['PopulationStatistics']> = ResolversObject<{
  departures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keyGroupMembers?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  keyGroups?: Resolver<Array<ResolversTypes['KeyGroupStatistics']>, ParentType, ContextType>;
  locals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  migrants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newRegistrations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  permitsExpiring?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  permitsValid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditRecords?: Resolver<ResolversTypes['AuditRecordConnection'], ParentType, ContextType, RequireFields<QueryAuditRecordsArgs, 'first'>>;
  expiringResidencePermits?: Resolver<ResolversTypes['ResidencePermitConnection'], ParentType, ContextType, RequireFields<QueryExpiringResidencePermitsArgs, 'areaCode' | 'first' | 'withinDays'>>;
  overdueVisits?: Resolver<ResolversTypes['OverdueVisitConnection'], ParentType, ContextType, RequireFields<QueryOverdueVisitsArgs, 'areaCode' | 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first'>>;
  visitRules?: Resolver<Array<ResolversTypes['VisitRule']>, ParentType, ContextType>;
}>;

export type ResidenceResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['Residence'] = ResolversParentTypes['Residence']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  house?: Resolver<Maybe<ResolversTypes['House']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ResidenceReason'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidenceConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidenceConnection'] = ResolversParentTypes['ResidenceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidenceEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidenceEdge'] = ResolversParentTypes['ResidenceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Residence'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePayload'] = ResolversParentTypes['ResidencePayload']> = ResolversObject<{
  residence?: Resolver<Maybe<ResolversTypes['Residence']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePermitResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePermit'] = ResolversParentTypes['ResidencePermit']> = ResolversObject<{
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  renewals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  renewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePermitConnectionResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePermitConnection'] = ResolversParentTypes['ResidencePermitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidencePermitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePermitEdgeResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePermitEdge'] = ResolversParentTypes['ResidencePermitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidencePermit'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidencePermitPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['ResidencePermitPayload'] = ResolversParentTypes['ResidencePermitPayload']> = ResolversObject<{
  permit?: Resolver<Maybe<ResolversTypes['ResidencePermit']>, ParentType, ContextType>;
  residencePermit?: Resolver<Maybe<ResolversTypes['ResidencePermit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RevealPersonalDataPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['RevealPersonalDataPayload'] = ResolversParentTypes['RevealPersonalDataPayload']> = ResolversObject<{
  auditRecord?: Resolver<Maybe<ResolversTypes['AuditRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SuppressibleCountResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['SuppressibleCount'] = ResolversParentTypes['SuppressibleCount']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TransferPersonPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['TransferPersonPayload'] = ResolversParentTypes['TransferPersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  residence?: Resolver<Maybe<ResolversTypes['Residence']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VisitPayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['VisitPayload'] = ResolversParentTypes['VisitPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  visit?: Resolver<Maybe<ResolversTypes['HomeVisit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VisitRuleResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['VisitRule'] = ResolversParentTypes['VisitRule']> = ResolversObject<{
  category?: Resolver<ResolversTypes['VisitCategory'], ParentType, ContextType>;
  intervalDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VisitRulePayloadResolvers<ContextType = PopulationContext, ParentType extends ResolversParentTypes['VisitRulePayload'] = ResolversParentTypes['VisitRulePayload']> = ResolversObject<{
  rule?: Resolver<Maybe<ResolversTypes['VisitRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  visitRule?: Resolver<Maybe<ResolversTypes['VisitRule']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PopulationContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  AuditRecord?: AuditRecordResolvers<ContextType>;
  AuditRecordConnection?: AuditRecordConnectionResolvers<ContextType>;
  AuditRecordEdge?: AuditRecordEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HomeVisit?: HomeVisitResolvers<ContextType>;
  HomeVisitConnection?: HomeVisitConnectionResolvers<ContextType>;
  HomeVisitEdge?: HomeVisitEdgeResolvers<ContextType>;
  House?: HouseResolvers<ContextType>;
  KeyGroupMembership?: KeyGroupMembershipResolvers<ContextType>;
  KeyGroupPayload?: KeyGroupPayloadResolvers<ContextType>;
  KeyGroupStatistics?: KeyGroupStatisticsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OverdueVisit?: OverdueVisitResolvers<ContextType>;
  OverdueVisitConnection?: OverdueVisitConnectionResolvers<ContextType>;
  OverdueVisitEdge?: OverdueVisitEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonPayload?: PersonPayloadResolvers<ContextType>;
  PointsAccount?: PointsAccountResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PointsEntryEdge?: PointsEntryEdgeResolvers<ContextType>;
  PointsRuleTotal?: PointsRuleTotalResolvers<ContextType>;
  PopulationPeriodStatistics?: PopulationPeriodStatisticsResolvers<ContextType>;
  PopulationStatistics?: PopulationStatisticsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Residence?: ResidenceResolvers<ContextType>;
  ResidenceConnection?: ResidenceConnectionResolvers<ContextType>;
  ResidenceEdge?: ResidenceEdgeResolvers<ContextType>;
  ResidencePayload?: ResidencePayloadResolvers<ContextType>;
  ResidencePermit?: ResidencePermitResolvers<ContextType>;
  ResidencePermitConnection?: ResidencePermitConnectionResolvers<ContextType>;
  ResidencePermitEdge?: ResidencePermitEdgeResolvers<ContextType>;
  ResidencePermitPayload?: ResidencePermitPayloadResolvers<ContextType>;
  RevealPersonalDataPayload?: RevealPersonalDataPayloadResolvers<ContextType>;
  SuppressibleCount?: SuppressibleCountResolvers<ContextType>;
  TransferPersonPayload?: TransferPersonPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VisitPayload?: VisitPayloadResolvers<ContextType>;
  VisitRule?: VisitRuleResolvers<ContextType>;
  VisitRulePayload?: VisitRulePayloadResolvers<ContextType>;
}>;

