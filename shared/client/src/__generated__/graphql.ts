/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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
  DateTime: { input: string; output: string; }
  /**
   * An exact amount of money in fen (分, 1/100 yuan), a JSON number. Amounts are whole fen:
   * a mutation answers a fraction, a negative amount or one above its bound with userErrors, never
   * rounds it. A total is exact up to 2^53 fen (90 trillion yuan); beyond that it is the nearest
   * JSON number, never an error.
   */
  Fen: { input: number; output: number; }
};

/** How often a regular event recurs. */
export type ActivityFrequency =
  /** The same day every month (the month's last day when it is shorter) */
  | 'MONTHLY'
  /** Every 7 days from the first date */
  | 'WEEKLY'
  /** The same day every year */
  | 'YEARLY';

/** A new checklist item. */
export type AddChecklistItemInput = {
  /** A stable code: capitals, digits and underscores, e.g. SMOKE_ALARM. */
  code: Scalars['String']['input'];
  /** What is checked. */
  title: Scalars['String']['input'];
};

/** What addMediator needs. */
export type AddMediatorInput = {
  /** The committee. */
  committeeId: Scalars['ID']['input'];
  /** Full- or part-time. */
  employment: MediatorEmployment;
  /** The day they joined (default today; not in the future). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The person who serves. */
  personId: Scalars['ID']['input'];
  /** Whether they are a volunteer lawyer. */
  volunteerLawyer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person joining an organization in a role. */
export type AddMemberInput = {
  /** First day; not in the future, not before the organization was founded. */
  from: Scalars['Date']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** The person: registered in population and living within your areas (otherwise PERSON_UNKNOWN). */
  personId: Scalars['ID']['input'];
  /** Role; a second current CHAIR is refused. */
  role: MemberRole;
};

/** The corrected served time of one attendance: hours (or, deprecated, minutes), not both. */
export type AdjustVolunteerHoursInput = {
  /** The attendance. */
  attendanceId: Scalars['ID']['input'];
  /** The served hours that should count, 0 to 24 (else OUT_OF_RANGE); kept to the whole minute. */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /**
   * The served minutes that should count, a whole number from 0 to 1,440.
   * @deprecated use hours
   */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
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
  /** Mediation, grid incident and council figures for this area and everything beneath it, over a period (default: this year to date). Null (with an error naming it) only when mediation cannot answer, so the other domains' figures still arrive. */
  mediation: Maybe<MediationStatistics>;
  /** The figures of mediation period by period over a range, oldest first: calendar months, quarters or years clipped to the range, at most TREND_MAX_MONTHS periods; one statement for a list of areas. Null (with an error naming it) only when mediation cannot answer. */
  mediationSeries: Maybe<Array<MediationPeriodStatistics>>;
  /**
   * A few of the figures month by month over a range (at most TREND_MAX_MONTHS months), oldest first.
   * @deprecated use mediationSeries
   */
  mediationTrend: Maybe<Array<MediationMonthStatistics>>;
  /** The area's name, e.g. 凤馨苑社区. */
  name: Scalars['String']['output'];
  /**
   * Social-organization figures for this area and everything beneath it. Null (with an error
   * naming this field) only if organizations cannot answer; the other domains' figures still arrive.
   */
  organizations: Maybe<OrganizationStatistics>;
  /**
   * The flows of the same figures (activities, participants, people served, outcomes, donations,
   * funds, volunteer hours) period by period over a range, oldest first, in one statement: at most
   * TREND_MAX_POINTS periods (default 36). Null (with an error naming it) only if organizations
   * cannot answer.
   */
  organizationsSeries: Maybe<Array<OrganizationPeriodStatistics>>;
  /**
   * The same as organizationsSeries.
   * @deprecated use organizationsSeries
   */
  organizationsTrend: Maybe<Array<OrganizationPeriodStatistics>>;
  /** The code of the area one level up (null for a district). */
  parentCode: Maybe<Scalars['ID']['output']>;
  /** Population figures for this area and everything beneath it; the period (default: this year to date) bounds the flows. */
  population: Maybe<PopulationStatistics>;
  /**
   * Population's flows (visits done, arrivals, departures) in every period of a series over a range,
   * e.g. the 12 months of a year: one entry per period, oldest first, the first and last clipped to
   * the range. Person figures (residents, key groups…) are as of today and have no series. The
   * range covers at most 10 years. FORBIDDEN to a caller limited to their own record.
   */
  populationSeries: Maybe<Array<PopulationPeriodStatistics>>;
  /** When the area was retired, if it is. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** Active or retired. */
  status: AreaStatus;
  /** Volunteering figures for this area and everything beneath it, in the period (default: this year to date); null only when they cannot be computed (with an error). */
  volunteering: Maybe<VolunteeringStatistics>;
  /**
   * Volunteering figures of this area and everything beneath it as a series: one point per month,
   * quarter or year of the period (the first and last clipped to it), at most 120 points, all in one
   * statement; null only when they cannot be computed (with an error).
   */
  volunteeringSeries: Maybe<Array<VolunteeringPeriodStatistics>>;
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


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaMediationArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaMediationSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaMediationTrendArgs = {
  period: PeriodInput;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaOrganizationsArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaOrganizationsSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaOrganizationsTrendArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaPopulationArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaPopulationSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaVolunteeringArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district: district, street, community or grid, keyed by its statistical division code. */
export type AreaVolunteeringSeriesArgs = {
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

/** What assignMediator needs. */
export type AssignMediatorInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A mediator of the case's committee. */
  mediatorId: Scalars['ID']['input'];
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

/** A building in a grid. */
export type Building = {
  __typename?: 'Building';
  /** Whether access control (门禁) is installed. */
  accessControl: Scalars['Boolean']['output'];
  /** Since when access control is installed, if known. */
  accessControlSince: Maybe<Scalars['Date']['output']>;
  /** Street address. */
  address: Scalars['String']['output'];
  /** The building captains (楼长) within the caller's areas. */
  captains: Array<Volunteer>;
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

/** A building and one of its (future) captains. */
export type BuildingCaptainInput = {
  /** The building (known to volunteering from housing's events). */
  buildingId: Scalars['ID']['input'];
  /** The volunteer. */
  volunteerId: Scalars['ID']['input'];
};

/** Result of a building-captain mutation. */
export type BuildingCaptainPayload = {
  __typename?: 'BuildingCaptainPayload';
  /** The building, with its captains after the change. */
  building: Maybe<Building>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
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

/** An activity to call off, and why. */
export type CancelVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** Why it is called off. */
  reason: Scalars['String']['input'];
};

/** A transition of a case that needs nothing but the day (startMediation, confirmFulfillment). */
export type CaseTransitionInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The day it took effect (default today; not in the future, not before the last change). */
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** What castCouncilVote needs. */
export type CastCouncilVoteInput = {
  /** The day (default today). */
  castOn?: InputMaybe<Scalars['Date']['input']>;
  /** For, against or abstain. */
  choice: VoteChoice;
  /** The voting member's person id; they must hold a seat on the topic's council. */
  personId: Scalars['ID']['input'];
  /** The topic, which must be open. */
  topicId: Scalars['ID']['input'];
};

/** A step of an organization's life cycle, with its reason and date. */
export type ChangeOrganizationStatusInput = {
  /** Day the change takes effect; not in the future, not before the previous change. */
  on: Scalars['Date']['input'];
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** Why (required). */
  reason: Scalars['String']['input'];
  /** The new status; must be a step the life cycle allows. */
  status: OrganizationStatus;
};

/** A step of a project's life cycle. */
export type ChangeServiceProjectStatusInput = {
  /** The project. */
  serviceProjectId: Scalars['ID']['input'];
  /** The new status; must be a step the life cycle allows. */
  status: ServiceProjectStatus;
};

/** A team and its new leader. */
export type ChangeVolunteerTeamLeaderInput = {
  /** The new leader: an active volunteer within the team's area, a member or not yet. */
  leaderId: Scalars['ID']['input'];
  /** The team (within your areas). */
  teamId: Scalars['ID']['input'];
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

/** An activity that has ended. */
export type CompleteVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
};

/** A council meeting. */
export type CouncilMeeting = {
  __typename?: 'CouncilMeeting';
  /** Who attended; an attendee living outside the caller's areas is null. */
  attendees: Array<Maybe<Person>>;
  /** The day it was held. */
  heldOn: Scalars['Date']['output'];
  /** Meeting id. */
  id: Scalars['ID']['output'];
  /** The minutes. */
  minutes: Scalars['String']['output'];
  /** Topics discussed. */
  topics: Array<CouncilTopic>;
};

/** A page of council meetings. */
export type CouncilMeetingConnection = {
  __typename?: 'CouncilMeetingConnection';
  /** The meetings of this page. */
  edges: Array<CouncilMeetingEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All meetings of the council. */
  totalCount: Scalars['Int']['output'];
};

/** A meeting and its cursor. */
export type CouncilMeetingEdge = {
  __typename?: 'CouncilMeetingEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: CouncilMeeting;
};

/** Result of a meeting mutation. */
export type CouncilMeetingPayload = {
  __typename?: 'CouncilMeetingPayload';
  /** The meeting, when the change was made. */
  councilMeeting: Maybe<CouncilMeeting>;
  /**
   * Deprecated alias of councilMeeting.
   * @deprecated use councilMeeting
   */
  meeting: Maybe<CouncilMeeting>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A person seated on a council. */
export type CouncilMember = {
  __typename?: 'CouncilMember';
  /** The seat group. */
  group: Scalars['String']['output'];
  /** Member id. */
  id: Scalars['ID']['output'];
  /** The day they left it, if they did. */
  leftOn: Maybe<Scalars['Date']['output']>;
  /** The person; null when they live outside the caller's areas. */
  person: Maybe<Person>;
  /** The day they took the seat. */
  seatedOn: Scalars['Date']['output'];
};

/** Result of a council member mutation. */
export type CouncilMemberPayload = {
  __typename?: 'CouncilMemberPayload';
  /** The member, when the change was made. */
  councilMember: Maybe<CouncilMember>;
  /**
   * Deprecated alias of councilMember.
   * @deprecated use councilMember
   */
  member: Maybe<CouncilMember>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A group of seats in a council's plan, e.g. 6 seats for local residents. */
export type CouncilSeatGroup = {
  __typename?: 'CouncilSeatGroup';
  /** Seats held now. */
  filled: Scalars['Int']['output'];
  /** The group, e.g. 本地居民, 来穗人员, 街道代表. */
  group: Scalars['String']['output'];
  /** Seats planned for the group. */
  seats: Scalars['Int']['output'];
};

/** One group of a seat plan. */
export type CouncilSeatGroupInput = {
  /** The group, e.g. 来穗人员. */
  group: Scalars['String']['input'];
  /** Seats, 1 to 99 (OUT_OF_RANGE otherwise). */
  seats: Scalars['Int']['input'];
};

/** A representative of a group affected by a topic. */
export type CouncilStakeholder = {
  __typename?: 'CouncilStakeholder';
  /** The group they speak for. */
  group: Scalars['String']['output'];
  /** The person; null when they live outside the caller's areas. */
  person: Maybe<Person>;
};

/** A stakeholder named when a topic is raised. */
export type CouncilStakeholderInput = {
  /** The group they speak for. */
  group: Scalars['String']['input'];
  /** The person. */
  personId: Scalars['ID']['input'];
};

/** A topic brought to a council. */
export type CouncilTopic = {
  __typename?: 'CouncilTopic';
  /** The council. */
  council: ResidentsCouncil;
  /** What it is about. */
  description: Scalars['String']['output'];
  /** Topic id. */
  id: Scalars['ID']['output'];
  /** Progress carrying out a carried resolution. */
  implementation: TopicImplementation;
  /** The grid incident it was escalated from, if any. */
  incident: Maybe<GridIncident>;
  /** Who raised it, when a person did and they live within the caller's areas. */
  raisedBy: Maybe<Person>;
  /** The day it was raised. */
  raisedOn: Scalars['Date']['output'];
  /** The resolution text, once decided. */
  resolution: Maybe<Scalars['String']['output']>;
  /** The day it was decided. */
  resolvedOn: Maybe<Scalars['Date']['output']>;
  /** Stakeholders: representatives of each affected group. */
  stakeholders: Array<CouncilStakeholder>;
  /** Where it stands. */
  status: TopicStatus;
  /** Votes cast so far. */
  tally: CouncilVoteTally;
  /** Short title. */
  title: Scalars['String']['output'];
  /** Every vote, in the order cast. */
  votes: Array<CouncilVote>;
};

/** A page of council topics. */
export type CouncilTopicConnection = {
  __typename?: 'CouncilTopicConnection';
  /** The topics of this page. */
  edges: Array<CouncilTopicEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All topics of the council. */
  totalCount: Scalars['Int']['output'];
};

/** A topic and its cursor. */
export type CouncilTopicEdge = {
  __typename?: 'CouncilTopicEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The topic. */
  node: CouncilTopic;
};

/** Result of a topic mutation. */
export type CouncilTopicPayload = {
  __typename?: 'CouncilTopicPayload';
  /** The topic, when the change was made. */
  councilTopic: Maybe<CouncilTopic>;
  /**
   * Deprecated alias of councilTopic.
   * @deprecated use councilTopic
   */
  topic: Maybe<CouncilTopic>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** One member's vote. */
export type CouncilVote = {
  __typename?: 'CouncilVote';
  /** The day it was cast. */
  castOn: Scalars['Date']['output'];
  /** How. */
  choice: VoteChoice;
  /** Who voted; null when they live outside the caller's areas. */
  person: Maybe<Person>;
};

/** Votes on a topic. */
export type CouncilVoteTally = {
  __typename?: 'CouncilVoteTally';
  /** Abstentions. */
  abstain: Scalars['Int']['output'];
  /** Votes against. */
  against: Scalars['Int']['output'];
  /** Votes for. */
  for: Scalars['Int']['output'];
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

/** What createMediationCommittee needs. */
export type CreateMediationCommitteeInput = {
  /** The community (12-digit code) within your areas. */
  areaCode: Scalars['ID']['input'];
  /** The committee's name. */
  name: Scalars['String']['input'];
};

/** What createResidentsCouncil needs. */
export type CreateResidentsCouncilInput = {
  /** The community (12-digit code) within your areas. */
  areaCode: Scalars['ID']['input'];
  /** The council's name (unique in the community). */
  name: Scalars['String']['input'];
  /** Groups and their seats, 1 to 20 groups (OUT_OF_RANGE otherwise), e.g. 6 local residents, 6 migrants, 1 street delegate. */
  seatPlan: Array<CouncilSeatGroupInput>;
};

/** A government-purchased service project and its targets. */
export type CreateServiceProjectInput = {
  /** Budget in whole fen: 1 to 10,000,000,000 (100 million yuan; above OUT_OF_RANGE). */
  budgetFen: Scalars['Fen']['input'];
  /** Last day; not before startsOn. */
  endsOn: Scalars['Date']['input'];
  /** The department buying the service. */
  funder: Scalars['String']['input'];
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization that runs it; must be ACTIVE. */
  organizationId: Scalars['ID']['input'];
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** 1 to 20 targets (more: OUT_OF_RANGE); no measure and name twice. */
  targets: Array<ProjectTargetInput>;
};

/** A new volunteer team. */
export type CreateVolunteerTeamInput = {
  /** The area the team serves (within your areas). */
  areaCode: Scalars['ID']['input'];
  /** What the team does. */
  kind: VolunteerTeamKind;
  /** The leader, an active volunteer within the team's area. */
  leaderId?: InputMaybe<Scalars['ID']['input']>;
  /** Team name, 1 to 100 characters, unique in its area. */
  name: Scalars['String']['input'];
};

/** A department incidents are dispatched to. */
export type Department = {
  __typename?: 'Department';
  /** Stable code, e.g. URBAN_MANAGEMENT. */
  code: Scalars['ID']['output'];
  /** Name, e.g. 城市管理和综合执法局. */
  name: Scalars['String']['output'];
};

/** What dispatchGridIncident needs. */
export type DispatchGridIncidentInput = {
  /** The deadline (default: dispatch day plus the category's time limit); never in the past, at most 365 days after dispatch (OUT_OF_RANGE otherwise). */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** The department (default: the category's department in the routing table; one is required). */
  departmentCode?: InputMaybe<Scalars['ID']['input']>;
  /** The incident, at step REPORTED. */
  incidentId: Scalars['ID']['input'];
  /** The day of dispatch (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A dispute (矛盾纠纷) brought to a mediation committee. */
export type DisputeCase = {
  __typename?: 'DisputeCase';
  /** The agreement, once reached. */
  agreement: Maybe<MediationAgreement>;
  /** The transitions allowed from the current status. */
  allowedTransitions: Array<DisputeTransition>;
  /** The community or grid the dispute belongs to. */
  areaCode: Scalars['ID']['output'];
  /** The day the case closed (fulfilled, unfulfilled, failed or withdrawn), null while open. */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** The committee of the case's community, if it has one. */
  committee: Maybe<MediationCommittee>;
  /** The day the case falls overdue if still open (intake plus CASE_TIME_LIMIT_DAYS). */
  dueOn: Scalars['Date']['output'];
  /** Why mediation failed, or why the agreement was not carried out, when that happened. */
  failureReason: Maybe<Scalars['String']['output']>;
  /** Every change of status, oldest first. */
  history: Array<DisputeStatusChange>;
  /** Case id. */
  id: Scalars['ID']['output'];
  /** The grid incident the case was escalated from, if any. */
  incident: Maybe<GridIncident>;
  /** The mediators assigned. */
  mediators: Array<Mediator>;
  /** The day of intake. */
  openedOn: Scalars['Date']['output'];
  /** Whether the case is still open (not fulfilled, unfulfilled, failed, referred or withdrawn) past its due day. */
  overdue: Scalars['Boolean']['output'];
  /** The parties, applicants first. */
  parties: Array<DisputeParty>;
  /** Where the case was referred, when it was. */
  referral: Maybe<DisputeReferral>;
  /** Mediation sessions, oldest first. */
  sessions: Array<MediationSession>;
  /** Where the case stands. */
  status: DisputeStatus;
  /** What the dispute is about. */
  summary: Scalars['String']['output'];
  /** The kind of dispute. */
  type: DisputeType;
  /** Why the applicant withdrew, when they did. */
  withdrawalReason: Maybe<Scalars['String']['output']>;
};

/** A page of dispute cases. */
export type DisputeCaseConnection = {
  __typename?: 'DisputeCaseConnection';
  /** The cases of this page. */
  edges: Array<DisputeCaseEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All cases matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A case and its cursor. */
export type DisputeCaseEdge = {
  __typename?: 'DisputeCaseEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: DisputeCase;
};

/** Filters for dispute cases; all given filters apply together. */
export type DisputeCaseFilter = {
  /** Only cases within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only open cases past their due day (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cases in which this person is a party. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases in this status. */
  status?: InputMaybe<DisputeStatus>;
  /** Only cases of this type. */
  type?: InputMaybe<DisputeType>;
};

/** Result of a dispute case mutation. */
export type DisputeCasePayload = {
  __typename?: 'DisputeCasePayload';
  /** The case, when the change was made. */
  disputeCase: Maybe<DisputeCase>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Dispute cases closed with one outcome. */
export type DisputeOutcomeStatistics = {
  __typename?: 'DisputeOutcomeStatistics';
  /** Cases closed in the period with this outcome. */
  cases: SuppressibleCount;
  /** FULFILLED, UNFULFILLED, FAILED, REFERRED or WITHDRAWN. */
  outcome: DisputeStatus;
};

/** A party to a dispute. */
export type DisputeParty = {
  __typename?: 'DisputeParty';
  /** The person; null when they live outside the caller's areas (the case is still shown). */
  person: Maybe<Person>;
  /** Applicant or respondent. */
  role: PartyRole;
};

/** A party named when a case is opened. */
export type DisputePartyInput = {
  /** The person's id. */
  personId: Scalars['ID']['input'];
  /** Applicant or respondent. */
  role: PartyRole;
};

/** Where a failed case went. */
export type DisputeReferral = {
  __typename?: 'DisputeReferral';
  /** The court or department by name. */
  institution: Scalars['String']['output'];
  /** The day of referral. */
  referredOn: Scalars['Date']['output'];
  /** A court or a department. */
  target: ReferralTarget;
};

/** Where a dispute case stands in its life cycle. */
export type DisputeStatus =
  /** 达成协议: agreement reached, awaiting fulfillment */
  | 'AGREEMENT_REACHED'
  /** 调解不成: mediation failed (closed) */
  | 'FAILED'
  /** 履行完毕: agreement fulfilled (closed, a success) */
  | 'FULFILLED'
  /** 受理: accepted, mediation not yet begun */
  | 'INTAKE'
  /** 调解中: being mediated */
  | 'MEDIATING'
  /** 引导诉讼/移交: referred to a court or a department after failing or an agreement not carried out (closed) */
  | 'REFERRED'
  /** 未履行: the agreement was not carried out (closed; may then be referred) */
  | 'UNFULFILLED'
  /** 撤回: withdrawn by the applicant (closed) */
  | 'WITHDRAWN';

/** One change of a case's status. */
export type DisputeStatusChange = {
  __typename?: 'DisputeStatusChange';
  /** The status before (null at intake). */
  from: Maybe<DisputeStatus>;
  /** The day it took effect. */
  on: Scalars['Date']['output'];
  /** The status after. */
  to: DisputeStatus;
};

/** The transitions of the dispute life cycle (each is one mutation). */
export type DisputeTransition =
  /** MEDIATING → AGREEMENT_REACHED (reachAgreement) */
  | 'AGREE'
  /** AGREEMENT_REACHED → UNFULFILLED (recordNonFulfillment) */
  | 'BREACH'
  /** MEDIATING → FAILED (failMediation) */
  | 'FAIL'
  /** Deprecated alias of FULFILL; never returned. */
  | 'FULFIL'
  /** AGREEMENT_REACHED → FULFILLED (confirmFulfillment) */
  | 'FULFILL'
  /** FAILED or UNFULFILLED → REFERRED (referDisputeCase) */
  | 'REFER'
  /** INTAKE → MEDIATING (startMediation) */
  | 'START'
  /** INTAKE or MEDIATING → WITHDRAWN (withdrawDisputeCase) */
  | 'WITHDRAW';

/** The kind of dispute. */
export type DisputeType =
  /** 家庭纠纷 */
  | 'FAMILY'
  /** 劳资纠纷 */
  | 'LABOR'
  /** Deprecated spelling of LABOR: taken as LABOR, never returned. */
  | 'LABOUR'
  /** 租赁纠纷: landlord and tenant */
  | 'LANDLORD_TENANT'
  /** 邻里纠纷 */
  | 'NEIGHBOR'
  /** Deprecated spelling of NEIGHBOR: taken as NEIGHBOR, never returned. */
  | 'NEIGHBOUR'
  /** Anything else */
  | 'OTHER'
  /** 物业纠纷 */
  | 'PROPERTY_MANAGEMENT';

/** Dispute cases of one type. */
export type DisputeTypeStatistics = {
  __typename?: 'DisputeTypeStatistics';
  /** Cases of this type opened in the period. */
  cases: SuppressibleCount;
  /** The type. */
  type: DisputeType;
};

/** Identity document kinds. */
export type DocumentType =
  /** 居民身份证: mainland ID card, 18 characters with a GB 11643 check digit */
  | 'ID_CARD'
  /** Any other document */
  | 'OTHER'
  /** 护照 */
  | 'PASSPORT';

/** A donation to a campaign. */
export type Donation = {
  __typename?: 'Donation';
  /** Amount in fen. */
  amountFen: Scalars['Fen']['output'];
  /** Day given. */
  donatedOn: Scalars['Date']['output'];
  /** Who gave. */
  donorKind: DonorKind;
  /** Donor's name as it may be shown (null for anonymous). */
  donorName: Maybe<Scalars['String']['output']>;
  /** Donation id. */
  id: Scalars['ID']['output'];
};

/** A page of donations. */
export type DonationConnection = {
  __typename?: 'DonationConnection';
  /** The donations of this page. */
  edges: Array<DonationEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All donations of the campaign. */
  totalCount: Scalars['Int']['output'];
};

/** A donation and its cursor. */
export type DonationEdge = {
  __typename?: 'DonationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The donation. */
  node: Donation;
};

/** Result of recording a donation. */
export type DonationPayload = {
  __typename?: 'DonationPayload';
  /**
   * The campaign, with its new total.
   * @deprecated use fundraisingCampaign
   */
  campaign: Maybe<FundraisingCampaign>;
  /** The donation. */
  donation: Maybe<Donation>;
  /** The campaign, with its new total. */
  fundraisingCampaign: Maybe<FundraisingCampaign>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Who gave a donation. */
export type DonorKind =
  /** Not named */
  | 'ANONYMOUS'
  /** A company */
  | 'ENTERPRISE'
  /** A resident or other person */
  | 'INDIVIDUAL'
  /** Another organization */
  | 'ORGANIZATION';

/** The end of a current membership. */
export type EndMembershipInput = {
  /** The membership. */
  membershipId: Scalars['ID']['input'];
  /** Last day; not before it began, not in the future. */
  to: Scalars['Date']['input'];
};

/** The end of a person's current residence. */
export type EndResidenceInput = {
  /** Whose current residence ends. */
  personId: Scalars['ID']['input'];
  /** The day it ends; not before it began. */
  to: Scalars['Date']['input'];
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

/** What evaluateGridIncident needs. */
export type EvaluateGridIncidentInput = {
  /** What the reporter said. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The incident, which must have been followed up. */
  incidentId: Scalars['ID']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Whether the reporter is satisfied; if not, the incident goes back to its department. */
  satisfied: Scalars['Boolean']['input'];
  /** Score from 1 to 5 (OUT_OF_RANGE otherwise). */
  score: Scalars['Int']['input'];
};

/** What failMediation needs. */
export type FailMediationInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Why mediation failed. */
  reason: Scalars['String']['input'];
};

/** What followUpGridIncident needs. */
export type FollowUpGridIncidentInput = {
  /** The incident, at step HANDLED. */
  incidentId: Scalars['ID']['input'];
  /** What the reporter said. */
  note: Scalars['String']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A fundraising campaign, e.g. a charity day (慈善日). */
export type FundraisingCampaign = {
  __typename?: 'FundraisingCampaign';
  /** Number of donations. */
  donationCount: Scalars['Int']['output'];
  /** Donations, newest first. */
  donations: DonationConnection;
  /** Last day. */
  endsOn: Scalars['Date']['output'];
  /** Amount aimed for, in fen. */
  goalFen: Maybe<Scalars['Fen']['output']>;
  /** Campaign id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The organization raising funds. */
  organization: Organization;
  /** Total of donations, in fen, exact. */
  raisedFen: Scalars['Fen']['output'];
  /** First day. */
  startsOn: Scalars['Date']['output'];
};


/** A fundraising campaign, e.g. a charity day (慈善日). */
export type FundraisingCampaignDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of campaigns. */
export type FundraisingCampaignConnection = {
  __typename?: 'FundraisingCampaignConnection';
  /** The campaigns of this page. */
  edges: Array<FundraisingCampaignEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All campaigns of the organization. */
  totalCount: Scalars['Int']['output'];
};

/** A campaign and its cursor. */
export type FundraisingCampaignEdge = {
  __typename?: 'FundraisingCampaignEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: FundraisingCampaign;
};

/** Result of starting a campaign. */
export type FundraisingCampaignPayload = {
  __typename?: 'FundraisingCampaignPayload';
  /**
   * The campaign started.
   * @deprecated use fundraisingCampaign
   */
  campaign: Maybe<FundraisingCampaign>;
  /** The campaign started. */
  fundraisingCampaign: Maybe<FundraisingCampaign>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** An award to give. */
export type GiveVolunteerAwardInput = {
  /** The day; today when omitted; from 2000-01-01 to today (else OUT_OF_RANGE or AWARDED_ON_IN_FUTURE). */
  awardedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Which kind of award. */
  kind: VolunteerAwardKind;
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** Who. */
  volunteerId: Scalars['ID']['input'];
};

/** A grid incident (网格事件) going through the five steps. */
export type GridIncident = {
  __typename?: 'GridIncident';
  /** The grid (or community) it belongs to. */
  areaCode: Scalars['ID']['output'];
  /** The category code (see incidentRoutes). */
  category: Scalars['ID']['output'];
  /** The category's name. */
  categoryName: Scalars['String']['output'];
  /** The day it was closed. */
  closedOn: Maybe<Scalars['Date']['output']>;
  /** The council topic it was escalated to, if any. */
  councilTopic: Maybe<CouncilTopic>;
  /** The day by which the department must handle it. */
  deadline: Maybe<Scalars['Date']['output']>;
  /** The department it was dispatched to. */
  department: Maybe<Department>;
  /** What was found. */
  description: Scalars['String']['output'];
  /** The day it was (last) dispatched. */
  dispatchedOn: Maybe<Scalars['Date']['output']>;
  /** The dispute case it was escalated to, if any. */
  disputeCase: Maybe<DisputeCase>;
  /** Every evaluation, oldest first (the last closed it, earlier ones reopened it). */
  evaluations: Array<IncidentEvaluation>;
  /** What the reporter said at the follow-up visit. */
  followUpNote: Maybe<Scalars['String']['output']>;
  /** The day the reporter was contacted. */
  followedUpOn: Maybe<Scalars['Date']['output']>;
  /** The day it was handled. */
  handledOn: Maybe<Scalars['Date']['output']>;
  /** What the department did. */
  handling: Maybe<Scalars['String']['output']>;
  /** Every step taken, oldest first. */
  history: Array<IncidentStepChange>;
  /** Incident id. */
  id: Scalars['ID']['output'];
  /** Whether handling was late: handled after the deadline, or still waiting past it. Counted against the department. */
  overdue: Scalars['Boolean']['output'];
  /** Where it happened, e.g. an address. */
  place: Scalars['String']['output'];
  /** Times an unsatisfied evaluation sent it back for handling. */
  reopenCount: Scalars['Int']['output'];
  /** The day it was reported. */
  reportedOn: Scalars['Date']['output'];
  /** The reporting person, when known and living within the caller's areas. */
  reporter: Maybe<Person>;
  /** Who reported it. */
  reporterKind: IncidentReporterKind;
  /** The current step. */
  step: IncidentStep;
};

/** A page of grid incidents. */
export type GridIncidentConnection = {
  __typename?: 'GridIncidentConnection';
  /** The incidents of this page. */
  edges: Array<GridIncidentEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All incidents matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An incident and its cursor. */
export type GridIncidentEdge = {
  __typename?: 'GridIncidentEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The incident. */
  node: GridIncident;
};

/** Filters for grid incidents; all given filters apply together. */
export type GridIncidentFilter = {
  /** Only incidents within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents dispatched to this department. */
  departmentCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only incidents whose handling is late (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only incidents at this step. */
  step?: InputMaybe<IncidentStep>;
};

/** Result of a grid incident mutation. */
export type GridIncidentPayload = {
  __typename?: 'GridIncidentPayload';
  /** The incident, when the change was made. */
  gridIncident: Maybe<GridIncident>;
  /**
   * Deprecated alias of gridIncident.
   * @deprecated use gridIncident
   */
  incident: Maybe<GridIncident>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** What handleGridIncident needs. */
export type HandleGridIncidentInput = {
  /** What was done. */
  handling: Scalars['String']['input'];
  /** The incident, at step DISPATCHED. */
  incidentId: Scalars['ID']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
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

/** A house (unit, 户) in a building. */
export type House = {
  __typename?: 'House';
  /** The grid the house lies in. */
  areaCode: Scalars['ID']['output'];
  /** The building the house is in. */
  building: Building;
  /** Residences at this house now (within the caller's areas), earliest arrival first, a page at a time; each names its person. */
  currentResidences: ResidenceConnection;
  /**
   * People registered as living here now.
   * @deprecated use currentResidences, paginated
   */
  currentResidents: Array<Person>;
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
export type HouseCurrentResidencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Household registration type. */
export type HouseholdType =
  /** 本地户籍: registered locally */
  | 'LOCAL'
  /** 来穗人员: a migrant resident */
  | 'MIGRANT';

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

/** How a topic's resolution is being carried out. */
export type ImplementationStatus =
  /** Done (100 %) */
  | 'DONE'
  /** Under way */
  | 'IN_PROGRESS'
  /** Nothing done yet */
  | 'NOT_STARTED';

/** A department's handling of incidents in the period; overdue handling counts against it. */
export type IncidentDepartmentStatistics = {
  __typename?: 'IncidentDepartmentStatistics';
  /** Department code. */
  departmentCode: Scalars['ID']['output'];
  /** Department name. */
  departmentName: Scalars['String']['output'];
  /** Incidents dispatched to it in the period. */
  dispatched: Scalars['Int']['output'];
  /** Incidents it handled in the period. */
  handled: Scalars['Int']['output'];
  /** Of those, handled by the deadline. */
  handledOnTime: Scalars['Int']['output'];
  /** Handled late in the period, or waiting past their deadline at the period's end. */
  overdue: Scalars['Int']['output'];
};

/** An evaluation at closing (评价). */
export type IncidentEvaluation = {
  __typename?: 'IncidentEvaluation';
  /** What the reporter said. */
  comment: Maybe<Scalars['String']['output']>;
  /** The day it was given. */
  evaluatedOn: Scalars['Date']['output'];
  /** Whether the reporter was satisfied. */
  satisfied: Scalars['Boolean']['output'];
  /** Score from 1 (poor) to 5 (excellent). */
  score: Scalars['Int']['output'];
};

/** Who reported an incident. */
export type IncidentReporterKind =
  /** 楼长: a building captain */
  | 'BUILDING_CAPTAIN'
  /** 网格员 */
  | 'GRID_WORKER'
  /** A resident */
  | 'RESIDENT';

/** A row of the routing table: a category of matter, the department it goes to and its time limit. */
export type IncidentRoute = {
  __typename?: 'IncidentRoute';
  /** Category code, e.g. ILLEGAL_CONSTRUCTION. */
  category: Scalars['ID']['output'];
  /** The department it is dispatched to by default (null: the dispatcher must choose). */
  department: Maybe<Department>;
  /** Category name, e.g. 违法建设. */
  name: Scalars['String']['output'];
  /** Days the department has to handle it, counted from dispatch. */
  timeLimitDays: Scalars['Int']['output'];
};

/** A page of the routing table. */
export type IncidentRouteConnection = {
  __typename?: 'IncidentRouteConnection';
  /** The routes of this page. */
  edges: Array<IncidentRouteEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All routes. */
  totalCount: Scalars['Int']['output'];
};

/** A route and its cursor. */
export type IncidentRouteEdge = {
  __typename?: 'IncidentRouteEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The route. */
  node: IncidentRoute;
};

/** Result of a routing table change. */
export type IncidentRoutePayload = {
  __typename?: 'IncidentRoutePayload';
  /** The route, when the change was made. */
  incidentRoute: Maybe<IncidentRoute>;
  /**
   * Deprecated alias of incidentRoute.
   * @deprecated use incidentRoute
   */
  route: Maybe<IncidentRoute>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** The five steps of the closed loop (五步闭合). */
export type IncidentStep =
  /** 评价结案: closed with a satisfied evaluation */
  | 'CLOSED'
  /** 调度派遣: dispatched to a department */
  | 'DISPATCHED'
  /** 跟踪回访: the reporter was contacted */
  | 'FOLLOWED_UP'
  /** 事件处理: handled by the department */
  | 'HANDLED'
  /** 发现告知: reported */
  | 'REPORTED';

/** One step taken on an incident. */
export type IncidentStepChange = {
  __typename?: 'IncidentStepChange';
  /** The step before (null when reported). */
  from: Maybe<IncidentStep>;
  /** What was recorded with it. */
  note: Maybe<Scalars['String']['output']>;
  /** The day it took effect. */
  on: Scalars['Date']['output'];
  /** The step after. */
  to: IncidentStep;
};

/** Incidents reported in the period now at one step. */
export type IncidentStepStatistics = {
  __typename?: 'IncidentStepStatistics';
  /** Incidents at it. */
  incidents: Scalars['Int']['output'];
  /** The step. */
  step: IncidentStep;
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

/** A mediation agreement (调解协议). */
export type MediationAgreement = {
  __typename?: 'MediationAgreement';
  /** The day it was confirmed fulfilled, if it was. */
  fulfilledOn: Maybe<Scalars['Date']['output']>;
  /** The day by which it is to be carried out. */
  fulfillmentDeadline: Scalars['Date']['output'];
  /**
   * Deprecated alias of fulfillmentDeadline.
   * @deprecated use fulfillmentDeadline
   */
  fulfilmentDeadline: Scalars['Date']['output'];
  /** The day it was reached. */
  reachedOn: Scalars['Date']['output'];
  /** What the parties agreed. */
  terms: Scalars['String']['output'];
};

/** A community's people's mediation committee (人民调解委员会). */
export type MediationCommittee = {
  __typename?: 'MediationCommittee';
  /** The community (12-digit code) the committee serves. */
  areaCode: Scalars['ID']['output'];
  /** Committee id. */
  id: Scalars['ID']['output'];
  /** Its mediators, in the order they joined. */
  mediators: Array<Mediator>;
  /** The committee's name, e.g. 凤馨苑社区人民调解委员会. */
  name: Scalars['String']['output'];
};

/** A page of committees. */
export type MediationCommitteeConnection = {
  __typename?: 'MediationCommitteeConnection';
  /** The committees of this page. */
  edges: Array<MediationCommitteeEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All committees matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A committee and its cursor. */
export type MediationCommitteeEdge = {
  __typename?: 'MediationCommitteeEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The committee. */
  node: MediationCommittee;
};

/** Result of a committee mutation. */
export type MediationCommitteePayload = {
  __typename?: 'MediationCommitteePayload';
  /**
   * Deprecated alias of mediationCommittee.
   * @deprecated use mediationCommittee
   */
  committee: Maybe<MediationCommittee>;
  /** The committee, when the change was made. */
  mediationCommittee: Maybe<MediationCommittee>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Mediation figures of one calendar month. */
export type MediationMonthStatistics = {
  __typename?: 'MediationMonthStatistics';
  /** Dispute cases closed in the month. */
  casesClosed: SuppressibleCount;
  /** Dispute cases fulfilled in the month. */
  casesFulfilled: SuppressibleCount;
  /** Dispute cases opened in the month. */
  casesOpened: SuppressibleCount;
  /** Council meetings held in the month. */
  councilMeetings: Scalars['Int']['output'];
  /** Grid incidents closed in the month. */
  incidentsClosed: Scalars['Int']['output'];
  /** Grid incidents reported in the month. */
  incidentsReported: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Council topics raised in the month. */
  topicsRaised: Scalars['Int']['output'];
};

/** Mediation figures of an area and everything beneath it over one period of a series; the figures carry the names they have in MediationStatistics. */
export type MediationPeriodStatistics = {
  __typename?: 'MediationPeriodStatistics';
  /** Mean days from intake to closing of the cases closed in the period; null when none (or suppressed). */
  averageDaysToClose: Maybe<Scalars['Float']['output']>;
  /** Mean evaluation score (1 to 5) in the period; null when none. */
  averageScore: Maybe<Scalars['Float']['output']>;
  /** Cases closed in the period, by outcome (every outcome listed). */
  casesByOutcome: Array<DisputeOutcomeStatistics>;
  /** Cases opened in the period, by type (every type listed). */
  casesByType: Array<DisputeTypeStatistics>;
  /** Cases closed in the period (fulfilled, unfulfilled, failed, referred or withdrawn). */
  casesClosed: SuppressibleCount;
  /** Cases fulfilled in the period. */
  casesFulfilled: SuppressibleCount;
  /** Dispute cases opened (intake) in the period. */
  casesOpened: SuppressibleCount;
  /** Council meetings held in the period. */
  councilMeetings: Scalars['Int']['output'];
  /** Evaluations given in the period. */
  evaluations: Scalars['Int']['output'];
  /** First day of the period (clipped to the series' range). */
  from: Scalars['Date']['output'];
  /** Incidents by department, busiest first. */
  incidentsByDepartment: Array<IncidentDepartmentStatistics>;
  /** Incidents reported in the period, by the step they are at now (every step listed). */
  incidentsByStep: Array<IncidentStepStatistics>;
  /** Incidents handled in the period. */
  incidentsHandled: Scalars['Int']['output'];
  /** Grid incidents reported in the period. */
  incidentsReported: Scalars['Int']['output'];
  /** The period: 2026-07 (a month), 2026Q3 (a quarter) or 2026 (a year). */
  label: Scalars['String']['output'];
  /** Handled by the deadline over handled, in the period, 0 to 1; null when none handled. */
  onTimeHandlingRate: Maybe<Scalars['Float']['output']>;
  /** Cases open at the period's end (or today, if earlier) and past their due day. */
  overdueCases: SuppressibleCount;
  /** Satisfied evaluations over all evaluations in the period; null when none. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Fulfilled over closed in the period, 0 to 1; null when none closed or the counts are suppressed. */
  successRate: Maybe<Scalars['Float']['output']>;
  /** Last day of the period (clipped to the series' range). */
  to: Scalars['Date']['output'];
  /** Council topics whose implementation was completed in the period. */
  topicsImplemented: Scalars['Int']['output'];
  /** Council topics raised in the period. */
  topicsRaised: Scalars['Int']['output'];
  /** Council topics decided in the period. */
  topicsResolved: Scalars['Int']['output'];
};

/** A mediation session (调解会). */
export type MediationSession = {
  __typename?: 'MediationSession';
  /** Who attended; an attendee living outside the caller's areas is null. */
  attendees: Array<Maybe<Person>>;
  /** The day it was held. */
  heldOn: Scalars['Date']['output'];
  /** Session id. */
  id: Scalars['ID']['output'];
  /** What was said and agreed, in short. */
  notes: Scalars['String']['output'];
};

/** Mediation figures of an area and everything beneath it over a period. */
export type MediationStatistics = {
  __typename?: 'MediationStatistics';
  /** Mean days from intake to closing of the cases closed in the period; null when none (or suppressed). */
  averageDaysToClose: Maybe<Scalars['Float']['output']>;
  /** Mean evaluation score (1 to 5) in the period; null when none. */
  averageScore: Maybe<Scalars['Float']['output']>;
  /** Cases closed in the period, by outcome (every outcome listed). */
  casesByOutcome: Array<DisputeOutcomeStatistics>;
  /** Cases opened in the period, by type (every type listed). */
  casesByType: Array<DisputeTypeStatistics>;
  /** Cases closed in the period (fulfilled, unfulfilled, failed, referred or withdrawn). */
  casesClosed: SuppressibleCount;
  /** Cases fulfilled in the period. */
  casesFulfilled: SuppressibleCount;
  /** Dispute cases opened (intake) in the period. */
  casesOpened: SuppressibleCount;
  /** Council meetings held in the period. */
  councilMeetings: Scalars['Int']['output'];
  /** Evaluations given in the period. */
  evaluations: Scalars['Int']['output'];
  /** First day of the period. */
  from: Scalars['Date']['output'];
  /** Incidents by department, busiest first. */
  incidentsByDepartment: Array<IncidentDepartmentStatistics>;
  /** Incidents reported in the period, by the step they are at now (every step listed). */
  incidentsByStep: Array<IncidentStepStatistics>;
  /** Handlings of incidents in the period: each handling counts, a reopened incident's earlier ones included. */
  incidentsHandled: Scalars['Int']['output'];
  /** Grid incidents reported in the period. */
  incidentsReported: Scalars['Int']['output'];
  /** Handled by the deadline over handled, in the period, 0 to 1; null when none handled. */
  onTimeHandlingRate: Maybe<Scalars['Float']['output']>;
  /** Cases open at the period's end (or today, if earlier) and past their due day. */
  overdueCases: SuppressibleCount;
  /** Satisfied evaluations over all evaluations in the period; null when none. */
  satisfactionRate: Maybe<Scalars['Float']['output']>;
  /** Fulfilled over closed in the period, 0 to 1; null when none closed or the counts are suppressed. */
  successRate: Maybe<Scalars['Float']['output']>;
  /** Last day of the period. */
  to: Scalars['Date']['output'];
  /** Council topics whose implementation was completed in the period. */
  topicsImplemented: Scalars['Int']['output'];
  /** Council topics raised in the period. */
  topicsRaised: Scalars['Int']['output'];
  /** Council topics decided in the period. */
  topicsResolved: Scalars['Int']['output'];
};

/** A person serving on a mediation committee. */
export type Mediator = {
  __typename?: 'Mediator';
  /** The committee. */
  committee: MediationCommittee;
  /** Full- or part-time. */
  employment: MediatorEmployment;
  /** Mediator id (not the person id). */
  id: Scalars['ID']['output'];
  /** The day the mediator joined. */
  joinedOn: Scalars['Date']['output'];
  /** The person; null when they live outside the caller's areas. */
  person: Maybe<Person>;
  /** Whether the mediator is a volunteer lawyer (e.g. one who sits weekly). */
  volunteerLawyer: Scalars['Boolean']['output'];
};

/** Whether a mediator works full- or part-time. */
export type MediatorEmployment =
  /** 专职: full-time */
  | 'FULL_TIME'
  /** 兼职: part-time */
  | 'PART_TIME';

/** Result of a mediator mutation. */
export type MediatorPayload = {
  __typename?: 'MediatorPayload';
  /** The mediator, when the change was made. */
  mediator: Maybe<Mediator>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A member's role in an organization. */
export type MemberRole =
  /** 会长 / 负责人: at most one current chair */
  | 'CHAIR'
  /** 会员 */
  | 'MEMBER'
  /** 秘书长 */
  | 'SECRETARY'
  /** 副会长 */
  | 'VICE_CHAIR';

/** A person's membership of an organization, from a date to a date. */
export type Membership = {
  __typename?: 'Membership';
  /** Whether the membership has not ended. */
  current: Scalars['Boolean']['output'];
  /** First day of membership. */
  from: Scalars['Date']['output'];
  /** Membership id. */
  id: Scalars['ID']['output'];
  /** The organization. */
  organization: Organization;
  /**
   * The member; null when they live outside the caller's areas (the membership itself is the
   * organization's and stays listed and counted), as population would not show them either.
   */
  person: Maybe<Person>;
  /** Role in the organization. */
  role: MemberRole;
  /** Last day, or null while current. */
  to: Maybe<Scalars['Date']['output']>;
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page. */
  edges: Array<MembershipEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All memberships matching. */
  totalCount: Scalars['Int']['output'];
};

/** A membership and its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** Result of a membership mutation. */
export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  /** The membership added or ended. */
  membership: Maybe<Membership>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an item to the inspection checklist (district admins). */
  addChecklistItem: ChecklistItemPayload;
  /** Adds a person to a committee as a mediator. */
  addMediator: MediatorPayload;
  /** Adds a person to an organization in a role; an organization has at most one current chair. */
  addMember: MembershipPayload;
  /** Adds a volunteer to a team. */
  addVolunteerTeamMember: VolunteerTeamPayload;
  /** The organizer corrects the served hours of a checked-out attendance before approval, with a reason. */
  adjustVolunteerHours: VolunteerAttendancePayload;
  /** The organizer approves the served hours; publishes volunteering.hours.approved. Approved hours never change. */
  approveVolunteerHours: VolunteerAttendancePayload;
  /** Makes a volunteer a building captain (楼长) of a building known from housing. */
  assignBuildingCaptain: BuildingCaptainPayload;
  /** Assigns a mediator of the case's committee to an open case. */
  assignMediator: DisputeCasePayload;
  /** Cancels an open or full activity nobody has checked in to yet; every sign-up is cancelled with it. */
  cancelVolunteerActivity: VolunteerActivityPayload;
  /** Cancels a sign-up before check-in; the place becomes free again. */
  cancelVolunteerSignUp: VolunteerAttendancePayload;
  /** Records a seated member's vote on an open topic: one vote per member per topic. */
  castCouncilVote: CouncilTopicPayload;
  /** Moves an organization along its life cycle: ACTIVE → SUSPENDED → ACTIVE, or to DEREGISTERED (final). */
  changeOrganizationStatus: OrganizationPayload;
  /** Moves a project along its life cycle: PLANNED → RUNNING → COMPLETED, or CANCELLED before completion. */
  changeServiceProjectStatus: ServiceProjectPayload;
  /**
   * Names a team's new leader: an active volunteer within the team's area, who joins the team
   * if not yet a member. The former leader stays a member. Community staff, in their areas.
   */
  changeVolunteerTeamLeader: VolunteerTeamPayload;
  /** Records a signed-up volunteer's arrival. */
  checkInVolunteer: VolunteerAttendancePayload;
  /** Records a checked-in volunteer's departure; the served minutes are counted from check-in to check-out. */
  checkOutVolunteer: VolunteerAttendancePayload;
  /** Completes an activity once it has ended; volunteers still only signed up become no-shows. */
  completeVolunteerActivity: VolunteerActivityPayload;
  /** AGREEMENT_REACHED → FULFILLED: the agreement has been carried out (履行完毕); the case closes. */
  confirmFulfillment: DisputeCasePayload;
  /**
   * Deprecated alias of confirmFulfillment.
   * @deprecated use confirmFulfillment
   */
  confirmFulfilment: DisputeCasePayload;
  /** Creates an area (district admins). Its code must extend its parent's code by the right number of digits. */
  createArea: AreaPayload;
  /** Registers an estate (小区) in a community. */
  createEstate: EstatePayload;
  /** Creates the mediation committee (人民调解委员会) of a community; one per community. */
  createMediationCommittee: MediationCommitteePayload;
  /** Creates a residents' council (居民议事厅) of a community with its seat plan. */
  createResidentsCouncil: ResidentsCouncilPayload;
  /** Registers a government-purchased service project (项目化购买服务) run by an organization, with its targets. */
  createServiceProject: ServiceProjectPayload;
  /** Creates a volunteer team in an area; its leader, if given, becomes its first member. */
  createVolunteerTeam: VolunteerTeamPayload;
  /** Step 2, dispatch (调度派遣): sends a reported incident to a department with a deadline from the routing table. */
  dispatchGridIncident: GridIncidentPayload;
  /** Ends a current membership on a date. */
  endMembership: MembershipPayload;
  /** Ends a person's current residence on a date (moved away). */
  endResidence: ResidencePayload;
  /** Step 5, evaluate and close (评价结案): a satisfied evaluation closes the incident, an unsatisfied one reopens it for handling. */
  evaluateGridIncident: GridIncidentPayload;
  /** MEDIATING → FAILED: mediation did not succeed (调解不成); the case closes. */
  failMediation: DisputeCasePayload;
  /** Step 4, follow up (跟踪回访): the reporter was contacted about the handling. */
  followUpGridIncident: GridIncidentPayload;
  /** Gives a volunteer an award (e.g. a place on the good-deeds board, a good-resident award); the same award (kind and title) once a day. */
  giveVolunteerAward: VolunteerAwardPayload;
  /** Step 3, handle (事件处理): the department records what was done. */
  handleGridIncident: GridIncidentPayload;
  /** Issues a residence permit (居住证) to a migrant with a current residence. */
  issueResidencePermit: ResidencePermitPayload;
  /** Records that a signed-up volunteer did not come, once the activity has started. */
  markVolunteerNoShow: VolunteerAttendancePayload;
  /** Opens a dispute case at intake (受理), optionally escalated from a grid incident (linked both ways). */
  openDisputeCase: DisputeCasePayload;
  /** Posts an activity organized by a team or an active social organization; it opens for sign-up at once. */
  postVolunteerActivity: VolunteerActivityPayload;
  /** Raises a topic on a council, optionally escalated from a grid incident (linked both ways). */
  raiseCouncilTopic: CouncilTopicPayload;
  /** Records an estate's safety star rating for a year (street and district admins); one rating per estate per year. */
  rateEstate: EstateRatingPayload;
  /** MEDIATING → AGREEMENT_REACHED: records the agreement's terms and fulfillment deadline (达成协议). */
  reachAgreement: DisputeCasePayload;
  /** Records an activity the organization held (an ACTIVE organization only). */
  recordActivity: OrganizationActivityPayload;
  /** Records a regular event (monthly service day, festival dinner, legal advice day) held on every date of a series. */
  recordActivitySeries: OrganizationActivitySeriesPayload;
  /** Records a council meeting: date, attendees, minutes and the topics discussed. */
  recordCouncilMeeting: CouncilMeetingPayload;
  /** Records a donation to a campaign, in whole fen. */
  recordDonation: DonationPayload;
  /** Records a safety inspection (八查) of a house against every active checklist item; failed items may raise hazards. */
  recordInspection: InspectionPayload;
  /** Records a mediation session of a case being mediated. */
  recordMediationSession: DisputeCasePayload;
  /** AGREEMENT_REACHED → UNFULFILLED: the agreement was not carried out (未履行); the case closes and may be referred. */
  recordNonFulfillment: DisputeCasePayload;
  /** Records a home visit (入户走访) by the caller; the person's next visit is then due by the 3456 rule. */
  recordVisit: VisitPayload;
  /** Records that a hazard was rectified; a hazard is rectified once. */
  rectifyHazard: HazardPayload;
  /** FAILED or UNFULFILLED → REFERRED: the parties are referred to a court or a department (引导诉讼/移交). */
  referDisputeCase: DisputeCasePayload;
  /** Registers a building in an active grid. */
  registerBuilding: BuildingPayload;
  /** Registers a house (unit) in a building; its number is unique in the building. */
  registerHouse: HousePayload;
  /** Registers an organization in a community (community workers and admins). */
  registerOrganization: OrganizationPayload;
  /**
   * Registers a person. The ID number must be valid, and the number must not be registered already under
   * any document type: in the caller's areas that answers PERSON_ALREADY_REGISTERED (find them by the
   * number), elsewhere DOCUMENT_NOT_ACCEPTED, which says neither who nor where (a person who moved in is
   * transferred with transferPerson).
   */
  registerPerson: PersonPayload;
  /** Registers where a person lives from a date (居住登记); any current residence ends on that date. */
  registerResidence: ResidencePayload;
  /** Registers a person (known from population) as a volunteer in an area; a person is registered once. */
  registerVolunteer: VolunteerPayload;
  /** Relieves a building captain of a building. */
  relieveBuildingCaptain: BuildingCaptainPayload;
  /** Removes a volunteer from a team; the leader cannot be removed. */
  removeVolunteerTeamMember: VolunteerTeamPayload;
  /** Renames an area (district admins); its code keeps its meaning. */
  renameArea: AreaPayload;
  /** Renews a residence permit: a later expiry, the holder still residing in the district. */
  renewResidencePermit: ResidencePermitPayload;
  /** Step 1, discover and report (发现告知): records a grid incident. */
  reportGridIncident: GridIncidentPayload;
  /** Reports an outcome against one of a project's targets; only on a day within the project's period. */
  reportProjectOutcome: ProjectOutcomePayload;
  /** Decides an open topic: refused without quorum; carried when more than half of the votes cast are for it. */
  resolveCouncilTopic: CouncilTopicPayload;
  /** Retires an area (district admins): it keeps its history, nothing new may be placed in it, its code is never reused. */
  retireArea: AreaPayload;
  /** Retires a checklist item (district admins): later inspections no longer check it; past results keep it. */
  retireChecklistItem: ChecklistItemPayload;
  /** Reveals a person's full ID number or phone, for a stated reason; the reveal is written to the audit. */
  revealPersonalData: RevealPersonalDataPayload;
  /**
   * Reverses approved hours explicitly, with a reason; publishes volunteering.hours.reversed. The hours may then
   * be adjusted and approved again.
   */
  reverseVolunteerHours: VolunteerAttendancePayload;
  /** Seats a person in one of the council's seat groups. */
  seatCouncilMember: CouncilMemberPayload;
  /** Sets a category's department and time limit in the routing table (district admins). */
  setIncidentRoute: IncidentRoutePayload;
  /** Changes the interval of one category of the 3456 rule; every person's next due date follows. District admins only. */
  setVisitRule: VisitRulePayload;
  /**
   * Signs a volunteer up for an activity. Refused when the activity is full (also under concurrent sign-ups),
   * when the volunteer is signed up for another activity at the same time, or lacks a required skill.
   */
  signUpForVolunteerActivity: VolunteerAttendancePayload;
  /** Starts a fundraising campaign (e.g. a charity day) for an organization. */
  startFundraisingCampaign: FundraisingCampaignPayload;
  /** INTAKE → MEDIATING: mediation begins (调解中). */
  startMediation: DisputeCasePayload;
  /** Tags a person as belonging to a key group (重点人群) from a date. */
  tagKeyGroup: KeyGroupPayload;
  /**
   * Moves a person registered elsewhere into a house of the caller's areas (a transfer between
   * communities), found by the document number and name on the ID card they show: their current
   * residence ends on the day they move in, and their record follows them. An unknown number and a
   * wrong name answer the same (TRANSFER_NOT_MATCHED). Community workers, street and district admins.
   */
  transferPerson: TransferPersonPayload;
  /** Ends a member's seat; a person without a seat cannot vote. */
  unseatCouncilMember: CouncilMemberPayload;
  /** Ends a person's current membership of a key group on a date. */
  untagKeyGroup: KeyGroupPayload;
  /** Changes a building's details, or moves it to another grid (its houses, inspections and hazards move along); only the fields given change. */
  updateBuilding: BuildingPayload;
  /** Changes an estate's name or property company. */
  updateEstate: EstatePayload;
  /** Changes a house's details; only the fields given change. */
  updateHouse: HousePayload;
  /** Changes an organization's name, category, party branch or contact person; a deregistered organization is read-only. */
  updateOrganization: OrganizationPayload;
  /** Changes a person's details; only the fields given change. The document number cannot change. */
  updatePerson: PersonPayload;
  /** Records how far a carried topic's resolution has been implemented (0 to 100 %). */
  updateTopicImplementation: CouncilTopicPayload;
  /** Changes a volunteer's skills or status. */
  updateVolunteer: VolunteerPayload;
  /** INTAKE or MEDIATING → WITHDRAWN: the applicant withdraws; the case closes. */
  withdrawDisputeCase: DisputeCasePayload;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAddChecklistItemArgs = {
  input: AddChecklistItemInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAddMediatorArgs = {
  input: AddMediatorInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAddVolunteerTeamMemberArgs = {
  input: VolunteerTeamMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAdjustVolunteerHoursArgs = {
  input: AdjustVolunteerHoursInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationApproveVolunteerHoursArgs = {
  input: VolunteerAttendanceInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAssignBuildingCaptainArgs = {
  input: BuildingCaptainInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAssignMediatorArgs = {
  input: AssignMediatorInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCancelVolunteerActivityArgs = {
  input: CancelVolunteerActivityInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCancelVolunteerSignUpArgs = {
  input: VolunteerAttendanceInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCastCouncilVoteArgs = {
  input: CastCouncilVoteInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationChangeOrganizationStatusArgs = {
  input: ChangeOrganizationStatusInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationChangeServiceProjectStatusArgs = {
  input: ChangeServiceProjectStatusInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationChangeVolunteerTeamLeaderArgs = {
  input: ChangeVolunteerTeamLeaderInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCheckInVolunteerArgs = {
  input: VolunteerAttendanceTimeInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCheckOutVolunteerArgs = {
  input: VolunteerAttendanceTimeInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCompleteVolunteerActivityArgs = {
  input: CompleteVolunteerActivityInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationConfirmFulfillmentArgs = {
  input: CaseTransitionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationConfirmFulfilmentArgs = {
  input: CaseTransitionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateEstateArgs = {
  input: CreateEstateInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateMediationCommitteeArgs = {
  input: CreateMediationCommitteeInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateResidentsCouncilArgs = {
  input: CreateResidentsCouncilInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateServiceProjectArgs = {
  input: CreateServiceProjectInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateVolunteerTeamArgs = {
  input: CreateVolunteerTeamInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationDispatchGridIncidentArgs = {
  input: DispatchGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationEndResidenceArgs = {
  input: EndResidenceInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationEvaluateGridIncidentArgs = {
  input: EvaluateGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationFailMediationArgs = {
  input: FailMediationInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationFollowUpGridIncidentArgs = {
  input: FollowUpGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationGiveVolunteerAwardArgs = {
  input: GiveVolunteerAwardInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationHandleGridIncidentArgs = {
  input: HandleGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationIssueResidencePermitArgs = {
  input: IssueResidencePermitInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationMarkVolunteerNoShowArgs = {
  input: VolunteerAttendanceInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationOpenDisputeCaseArgs = {
  input: OpenDisputeCaseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationPostVolunteerActivityArgs = {
  input: PostVolunteerActivityInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRaiseCouncilTopicArgs = {
  input: RaiseCouncilTopicInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRateEstateArgs = {
  input: RateEstateInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReachAgreementArgs = {
  input: ReachAgreementInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordActivityArgs = {
  input: RecordActivityInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordActivitySeriesArgs = {
  input: RecordActivitySeriesInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordCouncilMeetingArgs = {
  input: RecordCouncilMeetingInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordInspectionArgs = {
  input: RecordInspectionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordMediationSessionArgs = {
  input: RecordMediationSessionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordNonFulfillmentArgs = {
  input: RecordNonFulfillmentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordVisitArgs = {
  input: RecordVisitInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRectifyHazardArgs = {
  input: RectifyHazardInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReferDisputeCaseArgs = {
  input: ReferDisputeCaseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterBuildingArgs = {
  input: RegisterBuildingInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterHouseArgs = {
  input: RegisterHouseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterOrganizationArgs = {
  input: RegisterOrganizationInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterResidenceArgs = {
  input: RegisterResidenceInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRelieveBuildingCaptainArgs = {
  input: BuildingCaptainInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRemoveVolunteerTeamMemberArgs = {
  input: VolunteerTeamMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRenameAreaArgs = {
  input: RenameAreaInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRenewResidencePermitArgs = {
  input: RenewResidencePermitInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReportGridIncidentArgs = {
  input: ReportGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReportProjectOutcomeArgs = {
  input: ReportProjectOutcomeInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationResolveCouncilTopicArgs = {
  input: ResolveCouncilTopicInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRetireAreaArgs = {
  input: RetireAreaInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRetireChecklistItemArgs = {
  input: RetireChecklistItemInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRevealPersonalDataArgs = {
  input: RevealPersonalDataInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReverseVolunteerHoursArgs = {
  input: ReverseVolunteerHoursInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationSeatCouncilMemberArgs = {
  input: SeatCouncilMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationSetIncidentRouteArgs = {
  input: SetIncidentRouteInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationSetVisitRuleArgs = {
  input: SetVisitRuleInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationSignUpForVolunteerActivityArgs = {
  input: SignUpForVolunteerActivityInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationStartFundraisingCampaignArgs = {
  input: StartFundraisingCampaignInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationStartMediationArgs = {
  input: CaseTransitionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationTagKeyGroupArgs = {
  input: TagKeyGroupInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationTransferPersonArgs = {
  input: TransferPersonInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUnseatCouncilMemberArgs = {
  input: UnseatCouncilMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUntagKeyGroupArgs = {
  input: UntagKeyGroupInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateBuildingArgs = {
  input: UpdateBuildingInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateEstateArgs = {
  input: UpdateEstateInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateHouseArgs = {
  input: UpdateHouseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateTopicImplementationArgs = {
  input: UpdateTopicImplementationInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateVolunteerArgs = {
  input: UpdateVolunteerInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationWithdrawDisputeCaseArgs = {
  input: WithdrawDisputeCaseInput;
};

/** What openDisputeCase needs. */
export type OpenDisputeCaseInput = {
  /** The community or grid within your areas (default: the incident's area, when escalating). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Escalates this grid incident into the case; an incident is escalated to one case at most. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Mediators of the community's committee to assign at once, at most 20 (OUT_OF_RANGE otherwise). */
  mediatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The day of intake (default today; not in the future). */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The parties: at least one applicant and one respondent, nobody on both sides, at most 50; each a person living within your areas (PERSON_UNKNOWN otherwise). */
  parties: Array<DisputePartyInput>;
  /** What it is about. */
  summary: Scalars['String']['input'];
  /** The kind of dispute. */
  type: DisputeType;
};

/** A community social organization (社会组织). */
export type Organization = {
  __typename?: 'Organization';
  /** Activities held, newest first. */
  activities: OrganizationActivityConnection;
  /** The home community (null if the place cannot be answered just now; the organization still arrives). */
  area: Maybe<Area>;
  /** Code of the home community. */
  areaCode: Scalars['ID']['output'];
  /** What the organization does. */
  category: OrganizationCategory;
  /** The contact person, if named and living within the caller's areas (null otherwise). */
  contactPerson: Maybe<Person>;
  /** Unified social credit code (统一社会信用代码), for a civil-affairs registration. */
  creditCode: Maybe<Scalars['String']['output']>;
  /** Filing number (备案号), for a community filing. */
  filingNumber: Maybe<Scalars['String']['output']>;
  /** Day the organization was founded. */
  foundedOn: Scalars['Date']['output'];
  /** Fundraising campaigns, newest first. */
  fundraisingCampaigns: FundraisingCampaignConnection;
  /** Organization id (UUID). */
  id: Scalars['ID']['output'];
  /** Current members (memberships without an end date). */
  memberCount: Scalars['Int']['output'];
  /** Memberships, current first, then by start date. */
  members: MembershipConnection;
  /** Name, e.g. 凤馨苑公益服务协会. */
  name: Scalars['String']['output'];
  /** Whether the organization has a party branch (党支部). */
  partyBranch: Scalars['Boolean']['output'];
  /** Registered with civil affairs or filed with the residents' committee. */
  registrationKind: RegistrationKind;
  /** Purchased-service projects the organization runs, newest first. */
  serviceProjects: ServiceProjectConnection;
  /** Where the organization is in its life cycle. */
  status: OrganizationStatus;
  /** Day of the latest status change (null while never changed). */
  statusChangedOn: Maybe<Scalars['Date']['output']>;
  /** Status changes, oldest first. */
  statusChanges: OrganizationStatusChangeConnection;
  /**
   * Every status change, oldest first.
   * @deprecated use statusChanges (paginated)
   */
  statusHistory: Array<OrganizationStatusChange>;
  /** Reason given for the latest status change (null while never changed). */
  statusReason: Maybe<Scalars['String']['output']>;
  /** Volunteer activities the organization organizes within the caller's areas, newest start first. */
  volunteerActivities: VolunteerActivityConnection;
  /** Approved volunteer hours of activities the organization ran (kept from volunteering's events). */
  volunteerHours: OrganizationVolunteerHours;
};


/** A community social organization (社会组织). */
export type OrganizationActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<PeriodInput>;
};


/** A community social organization (社会组织). */
export type OrganizationFundraisingCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community social organization (社会组织). */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<MemberRole>;
};


/** A community social organization (社会组织). */
export type OrganizationServiceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ServiceProjectStatus>;
};


/** A community social organization (社会组织). */
export type OrganizationStatusChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community social organization (社会组织). */
export type OrganizationVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community social organization (社会组织). */
export type OrganizationVolunteerHoursArgs = {
  period?: InputMaybe<PeriodInput>;
};

/** An activity an organization held. */
export type OrganizationActivity = {
  __typename?: 'OrganizationActivity';
  /** Day held. */
  heldOn: Scalars['Date']['output'];
  /** Activity id. */
  id: Scalars['ID']['output'];
  /** The organization that held it. */
  organization: Organization;
  /** People who took part (members and volunteers), 0 to 100,000. */
  participants: Scalars['Int']['output'];
  /** People served (服务人次), 0 to 100,000. */
  peopleServed: Scalars['Int']['output'];
  /** Where. */
  place: Scalars['String']['output'];
  /** The regular event it belongs to, if any. */
  series: Maybe<OrganizationActivitySeries>;
  /** The purchased-service project it counts for, if any. */
  serviceProject: Maybe<ServiceProject>;
  /** Title, e.g. 月度服务日. */
  title: Scalars['String']['output'];
};

/** A page of activities. */
export type OrganizationActivityConnection = {
  __typename?: 'OrganizationActivityConnection';
  /** The activities of this page. */
  edges: Array<OrganizationActivityEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All activities matching. */
  totalCount: Scalars['Int']['output'];
};

/** An activity and its cursor. */
export type OrganizationActivityEdge = {
  __typename?: 'OrganizationActivityEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: OrganizationActivity;
};

/** Result of recording an activity. */
export type OrganizationActivityPayload = {
  __typename?: 'OrganizationActivityPayload';
  /** The activity recorded. */
  activity: Maybe<OrganizationActivity>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A regular event recorded as a series of activities. */
export type OrganizationActivitySeries = {
  __typename?: 'OrganizationActivitySeries';
  /** How often it recurs. */
  frequency: ActivityFrequency;
  /** First day. */
  from: Scalars['Date']['output'];
  /** Series id. */
  id: Scalars['ID']['output'];
  /** Activities recorded for it. */
  occurrences: Scalars['Int']['output'];
  /** Title shared by its activities. */
  title: Scalars['String']['output'];
  /** Last day of the series. */
  to: Scalars['Date']['output'];
};

/** Result of recording a series. */
export type OrganizationActivitySeriesPayload = {
  __typename?: 'OrganizationActivitySeriesPayload';
  /** Its activities, in date order. */
  activities: Maybe<Array<OrganizationActivity>>;
  /** The series. */
  series: Maybe<OrganizationActivitySeries>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** What an organization does. */
export type OrganizationCategory =
  /** 文化教育: culture and education */
  | 'CULTURE_EDUCATION'
  /** 休闲娱乐: leisure */
  | 'LEISURE'
  /** Anything else */
  | 'OTHER'
  /** 公益服务: public-welfare service */
  | 'PUBLIC_WELFARE'
  /** 体育竞技: sports */
  | 'SPORTS';

/** Active organizations of one category. */
export type OrganizationCategoryStatistics = {
  __typename?: 'OrganizationCategoryStatistics';
  /** The category. */
  category: OrganizationCategory;
  /** How many. */
  organizations: Scalars['Int']['output'];
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations of this page. */
  edges: Array<OrganizationEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All organizations matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Filters for organizations; all given filters apply together. */
export type OrganizationFilter = {
  /** Only organizations within this area (prefix of the code). */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only this category. */
  category?: InputMaybe<OrganizationCategory>;
  /** Name contains this text. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<OrganizationStatus>;
};

/** Result of an organization mutation. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The organization, when the change was made. */
  organization: Maybe<Organization>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Social-organization flows of one step of a trend, for an area and everything beneath it. */
export type OrganizationPeriodStatistics = {
  __typename?: 'OrganizationPeriodStatistics';
  /** Activities held. */
  activities: Scalars['Int']['output'];
  /** Donations received. */
  donations: Scalars['Int']['output'];
  /** First day counted (the range's first day for a clipped step). */
  from: Scalars['Date']['output'];
  /** Their total, in fen. */
  fundsRaisedFen: Scalars['Fen']['output'];
  /** The step: 2026-03, 2026Q1 or 2026. */
  label: Scalars['String']['output'];
  /** Outcomes reported against projects that were not cancelled (a sum of values). */
  outcomesAchieved: Scalars['Float']['output'];
  /** Their participants (a sum). */
  participants: Scalars['Float']['output'];
  /** People they served (服务人次, a sum). */
  peopleServed: Scalars['Float']['output'];
  /** Last day counted (the range's last day for a clipped step). */
  to: Scalars['Date']['output'];
  /** Approved volunteer hours served at the organizations' activities, decimal. */
  volunteerHours: Scalars['Float']['output'];
};

/**
 * Social-organization figures for an area and everything beneath it. Counts are Int; sums of
 * what people enter (participants, people served, targets, outcomes, hours) are Float, exact up to
 * 2^53, so no accepted input can make a figure fail.
 */
export type OrganizationStatistics = {
  __typename?: 'OrganizationStatistics';
  /** Activities held in the period. */
  activities: Scalars['Int']['output'];
  /** Of them, active ones by category. */
  byCategory: Array<OrganizationCategoryStatistics>;
  /** Organizations by status. */
  byStatus: Array<OrganizationStatusStatistics>;
  /** Number of those donations. */
  donations: Scalars['Int']['output'];
  /** Donations received in the period, in fen. */
  fundsRaisedFen: Scalars['Fen']['output'];
  /** Distinct people with a current membership of an active organization (someone in two organizations counts once). */
  members: Scalars['Int']['output'];
  /** Current memberships of active organizations (someone in two organizations counts twice). */
  memberships: Scalars['Int']['output'];
  /** Organizations whose home community lies within the area (all statuses). */
  organizationCount: Scalars['Int']['output'];
  /**
   * Organizations whose home community lies within the area (all statuses).
   * @deprecated use organizationCount
   */
  organizations: Scalars['Int']['output'];
  /** Participants of those activities (a sum). */
  participants: Scalars['Float']['output'];
  /** Active organizations with a party branch. */
  partyBranches: Scalars['Int']['output'];
  /** People served by those activities (服务人次, a sum). */
  peopleServed: Scalars['Float']['output'];
  /** Their budgets, in fen. */
  serviceProjectBudgetFen: Scalars['Fen']['output'];
  /** Their targets and the outcomes reported in the period, by measure. */
  serviceProjectMeasures: Array<ProjectMeasureStatistics>;
  /** Projects whose period overlaps the period (cancelled ones excluded). */
  serviceProjects: Scalars['Int']['output'];
  /** Approved volunteer hours served in the period for activities of these organizations, decimal. */
  volunteerHours: Scalars['Float']['output'];
  /**
   * The same in minutes.
   * @deprecated use volunteerHours
   */
  volunteerMinutes: Scalars['Float']['output'];
};

/** Where an organization is in its life cycle. */
export type OrganizationStatus =
  /** Operating */
  | 'ACTIVE'
  /** Deregistered (注销); final, the record is read-only */
  | 'DEREGISTERED'
  /** Suspended (暂停活动); may become active again */
  | 'SUSPENDED';

/** One change of an organization's status. */
export type OrganizationStatusChange = {
  __typename?: 'OrganizationStatusChange';
  /** Day the change took effect. */
  changedOn: Scalars['Date']['output'];
  /** Status before. */
  from: OrganizationStatus;
  /** Why. */
  reason: Scalars['String']['output'];
  /** Status after. */
  to: OrganizationStatus;
};

/** A page of status changes. */
export type OrganizationStatusChangeConnection = {
  __typename?: 'OrganizationStatusChangeConnection';
  /** The status changes of this page. */
  edges: Array<OrganizationStatusChangeEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All status changes of the organization. */
  totalCount: Scalars['Int']['output'];
};

/** A status change and its cursor. */
export type OrganizationStatusChangeEdge = {
  __typename?: 'OrganizationStatusChangeEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The status change. */
  node: OrganizationStatusChange;
};

/** Organizations in one status. */
export type OrganizationStatusStatistics = {
  __typename?: 'OrganizationStatusStatistics';
  /** How many. */
  organizations: Scalars['Int']['output'];
  /** The status. */
  status: OrganizationStatus;
};

/** Approved volunteer hours of an organization. */
export type OrganizationVolunteerHours = {
  __typename?: 'OrganizationVolunteerHours';
  /** Attendances whose hours count. */
  attendances: Scalars['Int']['output'];
  /** Approved volunteer hours, decimal (minutes / 60, to two places): the one shape hours come in. */
  hours: Scalars['Float']['output'];
  /**
   * Approved minutes, exact (a sum, so a Float: exact up to 2^53).
   * @deprecated use hours
   */
  minutes: Scalars['Float']['output'];
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

/** A party's side in a dispute. */
export type PartyRole =
  /** 申请人: the applicant */
  | 'APPLICANT'
  /** 被申请人: the respondent */
  | 'RESPONDENT';

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
  /** Dispute cases in which the person is an applicant or respondent, within the caller's areas, newest intake first; for mediators, community workers, street and district admins only (null with FORBIDDEN for other roles, the person still shown). */
  disputeCases: Maybe<DisputeCaseConnection>;
  /**
   * All of disputeCases at once (unpaged).
   * @deprecated use disputeCases, which is paged
   */
  disputes: Maybe<Array<DisputeCase>>;
  /** Document number, masked: an ID card number as its first 6 and last 4 characters (its 8 birth-date digits hidden), any other number as its first 2 and last 2. The full number only through revealPersonalData. */
  documentNumber: Scalars['String']['output'];
  /** Document kind. */
  documentType: DocumentType;
  /** Home visits, newest first, a page at a time; null (with a FORBIDDEN error) for roles outside residents' care, the person still arriving. */
  homeVisits: Maybe<HomeVisitConnection>;
  /** Local or migrant. */
  householdType: HouseholdType;
  /**
   * Houses whose landlord the person is, within the caller's areas, by building and number.
   * @deprecated use housesOwnedPage (paginated)
   */
  housesOwned: Array<House>;
  /** Houses whose landlord the person is, within the caller's areas, by building and number, a page at a time. */
  housesOwnedPage: HouseConnection;
  /** Person id. */
  id: Scalars['ID']['output'];
  /** Key-group memberships, current and ended, newest first; null for roles outside residents' care (mediators, organization staff), who may see the person's address but not whether they are in a key group. */
  keyGroups: Maybe<Array<KeyGroupMembership>>;
  /**
   * Memberships in organizations within the caller's areas, current first. Empty for a person
   * living outside the caller's areas; null only if organizations cannot answer just now.
   * @deprecated use organizationMemberships (paginated)
   */
  memberships: Maybe<Array<Membership>>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** When the next home visit is due by the 3456 rule; null while the person has no current residence, and for roles outside residents' care. */
  nextVisitDue: Maybe<Scalars['Date']['output']>;
  /** Occupation. */
  occupation: Maybe<Scalars['String']['output']>;
  /**
   * Memberships in organizations within the caller's areas: current first, then by start date.
   * Empty for a person living outside the caller's areas; null only if organizations cannot answer.
   */
  organizationMemberships: Maybe<MembershipConnection>;
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
  /** The person's volunteer record, if they are registered as a volunteer within the caller's areas. */
  volunteer: Maybe<Volunteer>;
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonDisputeCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonHomeVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonHousesOwnedPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonOrganizationMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, owned by the population service; housing adds the houses they own. */
export type PersonResidenceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, owned by the population service; housing adds the houses they own. */
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

/** A new activity. */
export type PostVolunteerActivityInput = {
  /** The area it takes place in (within your areas). */
  areaCode: Scalars['ID']['input'];
  /** Places, a whole number from 1 to 10,000 (else OUT_OF_RANGE). */
  capacity: Scalars['Int']['input'];
  /** End; after the start, at most 7 days later. */
  endsAt: Scalars['DateTime']['input'];
  /**
   * Who organizes it.
   * @deprecated use organizer
   */
  organiser?: InputMaybe<VolunteerOrganizerInput>;
  /** Who organizes it (required; give it here or, deprecated, as organiser). */
  organizer?: InputMaybe<VolunteerOrganizerInput>;
  /** Where exactly. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** Skills every volunteer must have. */
  requiredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Start: from 2000-01-01 to 366 days ahead (else OUT_OF_RANGE). */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** What a project target measures. */
export type ProjectMeasure =
  /** Activities held (开展活动) */
  | 'ACTIVITIES_HELD'
  /** Households visited (走访家庭) */
  | 'HOUSEHOLDS_VISITED'
  /** Another named measure, e.g. 企业走访 */
  | 'OTHER'
  /** Person-times served (服务人次) */
  | 'PERSON_TIMES_SERVED';

/** Targets and outcomes of one measure across projects. */
export type ProjectMeasureStatistics = {
  __typename?: 'ProjectMeasureStatistics';
  /** Sum of outcomes reported in the period. */
  achieved: Scalars['Float']['output'];
  /** The measure. */
  measure: ProjectMeasure;
  /** Sum of targets. */
  target: Scalars['Float']['output'];
};

/** An outcome reported against a project target. */
export type ProjectOutcome = {
  __typename?: 'ProjectOutcome';
  /** Outcome id. */
  id: Scalars['ID']['output'];
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** Day it was achieved; within the project's period. */
  reportedOn: Scalars['Date']['output'];
  /** The target it counts against. */
  target: ProjectTarget;
  /** How much was achieved. */
  value: Scalars['Int']['output'];
};

/** A page of outcomes. */
export type ProjectOutcomeConnection = {
  __typename?: 'ProjectOutcomeConnection';
  /** The outcomes of this page. */
  edges: Array<ProjectOutcomeEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All outcomes of the project. */
  totalCount: Scalars['Int']['output'];
};

/** An outcome and its cursor. */
export type ProjectOutcomeEdge = {
  __typename?: 'ProjectOutcomeEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The outcome. */
  node: ProjectOutcome;
};

/** Result of reporting an outcome. */
export type ProjectOutcomePayload = {
  __typename?: 'ProjectOutcomePayload';
  /** The outcome. */
  outcome: Maybe<ProjectOutcome>;
  /** The project, with its progress. */
  serviceProject: Maybe<ServiceProject>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A target of a project and how far it has got. */
export type ProjectTarget = {
  __typename?: 'ProjectTarget';
  /** Sum of outcomes reported against it; at most 1,000,000,000. */
  achieved: Scalars['Int']['output'];
  /** Target id; outcomes are reported against it. */
  id: Scalars['ID']['output'];
  /** What it measures. */
  measure: ProjectMeasure;
  /** Its name, e.g. 走访来穗家庭 or 企业走访. */
  name: Scalars['String']['output'];
  /** achieved / target (1.0 means reached; may exceed 1). */
  progress: Scalars['Float']['output'];
  /** The figure to reach, 1 to 1,000,000. */
  target: Scalars['Int']['output'];
};

/** A named target of a new project. */
export type ProjectTargetInput = {
  /** What it measures. */
  measure: ProjectMeasure;
  /** Its name; required for OTHER, else defaults to the measure's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The figure to reach: 1 to 1,000,000 (below 1 TARGET_INVALID, above OUT_OF_RANGE). */
  target: Scalars['Int']['input'];
};

/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type Query = {
  __typename?: 'Query';
  /** One area by its code, if it lies within the caller's areas. */
  area: Maybe<Area>;
  /** Areas within an area (prefix of the code), optionally of one level, ordered by code. */
  areas: AreaConnection;
  /** Reveals of personal data (who read which ID number or phone, and why), newest first. District admins only. */
  auditRecords: AuditRecordConnection;
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
  /** One council topic, if its council lies within the caller's areas. */
  councilTopic: Maybe<CouncilTopic>;
  /** One dispute case, if it lies within the caller's areas (mediators, community workers, street and district admins). */
  disputeCase: Maybe<DisputeCase>;
  /** Dispute cases within the caller's areas, filtered; newest intake first. */
  disputeCases: DisputeCaseConnection;
  /** One estate (小区), if its community lies within the caller's areas or holds one of them. */
  estate: Maybe<Estate>;
  /** Estates within the caller's areas, filtered; ordered by community and name. */
  estates: EstateConnection;
  /** Residence permits (居住证) expiring within a number of days in an area, soonest first. For the roles that care for residents, as overdueVisits. */
  expiringResidencePermits: ResidencePermitConnection;
  /** One fundraising campaign, if its organization lies within the caller's areas. */
  fundraisingCampaign: Maybe<FundraisingCampaign>;
  /** One grid incident, if it lies within the caller's areas. */
  gridIncident: Maybe<GridIncident>;
  /** Grid incidents within the caller's areas, filtered; newest report first. */
  gridIncidents: GridIncidentConnection;
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
  /** The category → department → time-limit table that dispatch reads, ordered by category code. */
  incidentRoutes: IncidentRouteConnection;
  /** One inspection, if its house lies within the caller's areas. */
  inspection: Maybe<Inspection>;
  /** Inspections within the caller's areas, newest first. */
  inspections: InspectionConnection;
  /** One mediation committee, if its community lies within the caller's areas. */
  mediationCommittee: Maybe<MediationCommittee>;
  /** Mediation committees within the caller's areas, ordered by community code. */
  mediationCommittees: MediationCommitteeConnection;
  /** One organization, if its home community lies within the caller's areas. */
  organization: Maybe<Organization>;
  /** Organizations within the caller's areas, filtered; ordered by name. */
  organizations: OrganizationConnection;
  /** Persons overdue for a home visit (入户走访) within an area, most overdue first. For the roles that care for residents (admins, community and grid workers; a volunteer sees only themselves); FORBIDDEN to mediators and organization staff. */
  overdueVisits: OverdueVisitConnection;
  /** One person, if they live (or were registered) within the caller's areas (a volunteer: only themselves). */
  person: Maybe<Person>;
  /** Persons within the caller's areas, filtered; ordered by name. */
  persons: PersonConnection;
  /** One residents' council, if its community lies within the caller's areas. */
  residentsCouncil: Maybe<ResidentsCouncil>;
  /** Residents' councils within the caller's areas, ordered by community code and name. */
  residentsCouncils: ResidentsCouncilConnection;
  /** One purchased-service project, if its organization lies within the caller's areas. */
  serviceProject: Maybe<ServiceProject>;
  /** The home-visit intervals of the 3456 rule, as currently configured. */
  visitRules: Array<VisitRule>;
  /** One volunteer, if registered within the caller's areas (a volunteer reads only their own record). */
  volunteer: Maybe<Volunteer>;
  /** Volunteer activities within the caller's areas, filtered; newest start first. */
  volunteerActivities: VolunteerActivityConnection;
  /** One volunteer activity, if it takes place within the caller's areas. */
  volunteerActivity: Maybe<VolunteerActivity>;
  /** One sign-up and its attendance, if the caller may read it (a volunteer: only their own). */
  volunteerAttendance: Maybe<VolunteerAttendance>;
  /**
   * The good-deeds board (善行义举榜): volunteers ranked by the approved hours they served in the area in a
   * period (approvals minus reversals), most hours first. Hours count where they were served (the
   * activity's area), as in Area.volunteering.approvedHours, so the board adds up to that figure.
   */
  volunteerLeaderboard: VolunteerLeaderboardConnection;
  /** One volunteer team, if it belongs to an area within the caller's areas. */
  volunteerTeam: Maybe<VolunteerTeam>;
  /** Volunteer teams within the caller's areas, filtered; ordered by name, then id. */
  volunteerTeams: VolunteerTeamConnection;
  /** Volunteers within the caller's areas, filtered; ordered by registration date, then id. A volunteer finds only their own record. */
  volunteers: VolunteerConnection;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryAreaArgs = {
  code: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryAreasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<AreaLevel>;
  within?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryAuditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BuildingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryChecklistArgs = {
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryChecklistItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryCouncilTopicArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryDisputeCaseArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryDisputeCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryEstateArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EstateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryExpiringResidencePermitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  withinDays: Scalars['Int']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryFundraisingCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryGridIncidentArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryGridIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GridIncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryHazardArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryHazardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HazardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryHouseArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryHousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryHousesDueForInspectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryIncidentRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryInspectionArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryInspectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InspectionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryMediationCommitteeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryMediationCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryOverdueVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryResidentsCouncilArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryResidentsCouncilsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryServiceProjectArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerActivityArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerAttendanceArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerLeaderboardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerTeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What raiseCouncilTopic needs. */
export type RaiseCouncilTopicInput = {
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Escalates this grid incident into the topic; an incident is escalated to one topic at most. */
  incidentId?: InputMaybe<Scalars['ID']['input']>;
  /** Who raised it. */
  raisedById?: InputMaybe<Scalars['ID']['input']>;
  /** The day (default today; not in the future). */
  raisedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Stakeholders, at most 30 (OUT_OF_RANGE otherwise), each a person living within your areas. */
  stakeholders?: InputMaybe<Array<CouncilStakeholderInput>>;
  /** Short title. */
  title: Scalars['String']['input'];
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

/** What reachAgreement needs. */
export type ReachAgreementInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The day by which it is to be carried out: not before the agreement, at most five years (1826 days) after it. Required (or its deprecated alias). */
  fulfillmentDeadline?: InputMaybe<Scalars['Date']['input']>;
  /**
   * Deprecated alias of fulfillmentDeadline.
   * @deprecated use fulfillmentDeadline
   */
  fulfilmentDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** The day it was reached (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** What was agreed. */
  terms: Scalars['String']['input'];
};

/** An activity an organization held. */
export type RecordActivityInput = {
  /** Day held; not in the future. */
  heldOn: Scalars['Date']['input'];
  /** The organization that held it; must be ACTIVE. */
  organizationId: Scalars['ID']['input'];
  /** People who took part: 0 to 100,000 (below 0 PARTICIPANTS_INVALID, above OUT_OF_RANGE). */
  participants: Scalars['Int']['input'];
  /** People served: 0 to 100,000 (below 0 PEOPLE_SERVED_INVALID, above OUT_OF_RANGE). */
  peopleServed: Scalars['Int']['input'];
  /** Where, 1 to 200 characters. */
  place: Scalars['String']['input'];
  /** The organization's running or completed project it counts for; heldOn must lie in its period. */
  serviceProjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** A regular event held on every date of a series (weekly, monthly or yearly), recorded at once. */
export type RecordActivitySeriesInput = {
  /** How often it recurred. */
  frequency: ActivityFrequency;
  /** First occurrence. */
  from: Scalars['Date']['input'];
  /** The organization that held it; must be ACTIVE. */
  organizationId: Scalars['ID']['input'];
  /** People who took part in each occurrence: 0 to 100,000 (above OUT_OF_RANGE). */
  participants: Scalars['Int']['input'];
  /** People served at each occurrence: 0 to 100,000 (above OUT_OF_RANGE). */
  peopleServed: Scalars['Int']['input'];
  /** Where. */
  place: Scalars['String']['input'];
  /** Project every occurrence counts for. */
  serviceProjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Title shared by every occurrence. */
  title: Scalars['String']['input'];
  /** No occurrence after this day; not in the future; at most 120 occurrences. */
  to: Scalars['Date']['input'];
};

/** What recordCouncilMeeting needs. */
export type RecordCouncilMeetingInput = {
  /** Person ids of those who attended: 1 to 200, each living within your areas (OUT_OF_RANGE otherwise). */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** The day (not in the future). */
  heldOn: Scalars['Date']['input'];
  /** The minutes. */
  minutes: Scalars['String']['input'];
  /** Topics of this council discussed at the meeting, at most 50 (OUT_OF_RANGE otherwise). */
  topicIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A donation to a campaign, in whole fen. */
export type RecordDonationInput = {
  /** Amount in whole fen, no fraction: 1 to 1,000,000,000 (10 million yuan; above OUT_OF_RANGE). */
  amountFen: Scalars['Fen']['input'];
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Day given; within the campaign and not in the future. */
  donatedOn: Scalars['Date']['input'];
  /** Who gave. */
  donorKind: DonorKind;
  /** Donor's name; not for ANONYMOUS. */
  donorName?: InputMaybe<Scalars['String']['input']>;
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

/** What recordMediationSession needs. */
export type RecordMediationSessionInput = {
  /** Person ids of those who attended: 1 to 200, each living within your areas (OUT_OF_RANGE otherwise). */
  attendeeIds: Array<Scalars['ID']['input']>;
  /** The case, which must be being mediated. */
  caseId: Scalars['ID']['input'];
  /** The day it was held (not in the future, not before intake). */
  heldOn: Scalars['Date']['input'];
  /** Notes. */
  notes: Scalars['String']['input'];
};

/** What recordNonFulfillment needs. */
export type RecordNonFulfillmentInput = {
  /** The case, whose agreement was reached. */
  caseId: Scalars['ID']['input'];
  /** The day (default today; not in the future, not before the agreement). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Why the agreement was not carried out. */
  reason: Scalars['String']['input'];
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

/** A rectification. */
export type RectifyHazardInput = {
  /** The hazard. */
  hazardId: Scalars['ID']['input'];
  /** How it was rectified. */
  note: Scalars['String']['input'];
  /** The day it was rectified: not before it was reported, not in the future. */
  rectifiedOn: Scalars['Date']['input'];
};

/** What referDisputeCase needs. */
export type ReferDisputeCaseInput = {
  /** The case, which must have failed. */
  caseId: Scalars['ID']['input'];
  /** The court or department by name. */
  institution: Scalars['String']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** A court or a department. */
  target: ReferralTarget;
};

/** Where a failed case was referred. */
export type ReferralTarget =
  /** 引导诉讼: to a court */
  | 'COURT'
  /** 移交: to a government department */
  | 'DEPARTMENT';

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

/** A new organization: registered with civil affairs (credit code) or filed with the residents' committee (filing number). */
export type RegisterOrganizationInput = {
  /** Home community: a 12-digit community code within your areas. */
  areaCode: Scalars['ID']['input'];
  /** Category. */
  category: OrganizationCategory;
  /** Contact person: a person population has registered, living within your areas (otherwise PERSON_UNKNOWN). */
  contactPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** Unified social credit code (18 characters, GB 32100 check character); required for CIVIL_AFFAIRS, refused otherwise. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Filing number; required for COMMUNITY_FILING, refused otherwise. */
  filingNumber?: InputMaybe<Scalars['String']['input']>;
  /** Day founded; not in the future. */
  foundedOn: Scalars['Date']['input'];
  /** Name, 1 to 100 characters, unique among the community's organizations that are not deregistered. */
  name: Scalars['String']['input'];
  /** Whether it has a party branch. */
  partyBranch?: InputMaybe<Scalars['Boolean']['input']>;
  /** Civil-affairs registration or community filing. */
  registrationKind: RegistrationKind;
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

/** A person to register as a volunteer. */
export type RegisterVolunteerInput = {
  /** The community or grid the volunteer belongs to (within your areas). */
  areaCode: Scalars['ID']['input'];
  /** The person (known to volunteering from population's events). */
  personId: Scalars['ID']['input'];
  /** Registration day; today when omitted; from 2000-01-01 to today (else OUT_OF_RANGE or REGISTERED_ON_IN_FUTURE). */
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** Skills: 1 to 40 characters each, at most 20. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How an organization is recognized. */
export type RegistrationKind =
  /** 民政登记: registered with civil affairs; has an 18-character unified social credit code */
  | 'CIVIL_AFFAIRS'
  /** 社区备案: filed with the residents' committee; has a filing number */
  | 'COMMUNITY_FILING';

/** A new name for an area. */
export type RenameAreaInput = {
  /** The area's code. */
  code: Scalars['ID']['input'];
  /** The new name. */
  name: Scalars['String']['input'];
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

/** What reportGridIncident needs. */
export type ReportGridIncidentInput = {
  /** The grid (or community) within your areas. */
  areaCode: Scalars['ID']['input'];
  /** Category code from the routing table. */
  category: Scalars['ID']['input'];
  /** What was found. */
  description: Scalars['String']['input'];
  /** Where, e.g. an address. */
  place: Scalars['String']['input'];
  /** The day it was reported (default today; not in the future). */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The reporting person's id, when known. */
  reporterId?: InputMaybe<Scalars['ID']['input']>;
  /** Who reported it. */
  reporterKind: IncidentReporterKind;
};

/** An outcome achieved against one of a project's targets. */
export type ReportProjectOutcomeInput = {
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Day achieved; within the project's period and not in the future. */
  reportedOn: Scalars['Date']['input'];
  /** The project; RUNNING or COMPLETED. */
  serviceProjectId: Scalars['ID']['input'];
  /** One of its targets. */
  targetId: Scalars['ID']['input'];
  /** How much was achieved: 1 to 1,000,000 (below 1 VALUE_INVALID, above OUT_OF_RANGE); a target's outcomes add up to at most 1,000,000,000. */
  value: Scalars['Int']['input'];
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

/** A community's residents' council (居民议事厅). */
export type ResidentsCouncil = {
  __typename?: 'ResidentsCouncil';
  /** The community (12-digit code). */
  areaCode: Scalars['ID']['output'];
  /** Council id. */
  id: Scalars['ID']['output'];
  /** Meetings, newest first. */
  meetings: CouncilMeetingConnection;
  /** Members holding a seat now. */
  members: Array<CouncilMember>;
  /** Its name, e.g. 烦事有计倾议事厅. */
  name: Scalars['String']['output'];
  /** Votes a topic needs before it can be decided: more than half of the seats. */
  quorum: Scalars['Int']['output'];
  /** The seat plan: groups and their seats, in plan order. */
  seatPlan: Array<CouncilSeatGroup>;
  /** Topics, newest first. */
  topics: CouncilTopicConnection;
  /** Seats in the plan, all groups together. */
  totalSeats: Scalars['Int']['output'];
};


/** A community's residents' council (居民议事厅). */
export type ResidentsCouncilMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A community's residents' council (居民议事厅). */
export type ResidentsCouncilTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of councils. */
export type ResidentsCouncilConnection = {
  __typename?: 'ResidentsCouncilConnection';
  /** The councils of this page. */
  edges: Array<ResidentsCouncilEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All councils matching that the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A council and its cursor. */
export type ResidentsCouncilEdge = {
  __typename?: 'ResidentsCouncilEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The council. */
  node: ResidentsCouncil;
};

/** Result of a council mutation. */
export type ResidentsCouncilPayload = {
  __typename?: 'ResidentsCouncilPayload';
  /**
   * Deprecated alias of residentsCouncil.
   * @deprecated use residentsCouncil
   */
  council: Maybe<ResidentsCouncil>;
  /** The council, when the change was made. */
  residentsCouncil: Maybe<ResidentsCouncil>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** What resolveCouncilTopic needs. */
export type ResolveCouncilTopicInput = {
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** The resolution text. */
  resolution: Scalars['String']['input'];
  /** The topic, which must be open and have a quorum of votes. */
  topicId: Scalars['ID']['input'];
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

/** Approved hours to take back, and why. */
export type ReverseVolunteerHoursInput = {
  /** The attendance whose approved hours are reversed. */
  attendanceId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** What seatCouncilMember needs. */
export type SeatCouncilMemberInput = {
  /** The council. */
  councilId: Scalars['ID']['input'];
  /** A group of the council's seat plan with a free seat. */
  group: Scalars['String']['input'];
  /** The person. */
  personId: Scalars['ID']['input'];
  /** The day (default today). */
  seatedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** How long each period of a statistics series is. */
export type SeriesInterval =
  /** A calendar month */
  | 'MONTH'
  /** A calendar quarter */
  | 'QUARTER'
  /** A calendar year */
  | 'YEAR';

/** A government-purchased service project (项目化购买服务). */
export type ServiceProject = {
  __typename?: 'ServiceProject';
  /** Budget in fen. */
  budgetFen: Scalars['Fen']['output'];
  /** Last day of the period. */
  endsOn: Scalars['Date']['output'];
  /** The department that buys the service, e.g. 区来穗局. */
  funder: Scalars['String']['output'];
  /** Project id. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 新悦人家. */
  name: Scalars['String']['output'];
  /** The organization that runs it. */
  organization: Organization;
  /** Outcomes reported, newest first. */
  outcomes: ProjectOutcomeConnection;
  /** First day of the period. */
  startsOn: Scalars['Date']['output'];
  /** Life-cycle status. */
  status: ServiceProjectStatus;
  /** Targets with their progress. */
  targets: Array<ProjectTarget>;
};


/** A government-purchased service project (项目化购买服务). */
export type ServiceProjectOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of projects. */
export type ServiceProjectConnection = {
  __typename?: 'ServiceProjectConnection';
  /** The projects of this page. */
  edges: Array<ServiceProjectEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All projects matching. */
  totalCount: Scalars['Int']['output'];
};

/** A project and its cursor. */
export type ServiceProjectEdge = {
  __typename?: 'ServiceProjectEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: ServiceProject;
};

/** Result of a project mutation. */
export type ServiceProjectPayload = {
  __typename?: 'ServiceProjectPayload';
  /** The project. */
  serviceProject: Maybe<ServiceProject>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a purchased-service project is in its life cycle. */
export type ServiceProjectStatus =
  /** Stopped before completion; final */
  | 'CANCELLED'
  /** Finished; late outcomes within the period may still be reported */
  | 'COMPLETED'
  /** Contracted, not started */
  | 'PLANNED'
  /** Under way; outcomes may be reported */
  | 'RUNNING';

/** What setIncidentRoute needs. */
export type SetIncidentRouteInput = {
  /** Category code (capital letters, digits, underscores); created if new. */
  category: Scalars['ID']['input'];
  /** Department code (must exist), or null for none. */
  departmentCode?: InputMaybe<Scalars['ID']['input']>;
  /** Category name. */
  name: Scalars['String']['input'];
  /** Days to handle, 1 to 365 (OUT_OF_RANGE otherwise). */
  timeLimitDays: Scalars['Int']['input'];
};

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

/** Who signs up for which activity. */
export type SignUpForVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** The volunteer signing up. */
  volunteerId: Scalars['ID']['input'];
};

/** A new fundraising campaign. */
export type StartFundraisingCampaignInput = {
  /** Last day; not before startsOn. */
  endsOn: Scalars['Date']['input'];
  /** Amount aimed for, in whole fen: 1 to 10,000,000,000 (100 million yuan; above OUT_OF_RANGE). */
  goalFen?: InputMaybe<Scalars['Fen']['input']>;
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organization raising funds; must be ACTIVE. */
  organizationId: Scalars['ID']['input'];
  /** First day. */
  startsOn: Scalars['Date']['input'];
};

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

/** How far a resolution has been carried out. */
export type TopicImplementation = {
  __typename?: 'TopicImplementation';
  /** The latest note on progress. */
  note: Maybe<Scalars['String']['output']>;
  /** Per cent done, 0 to 100. */
  progress: Scalars['Int']['output'];
  /** Not started, in progress or done. */
  status: ImplementationStatus;
  /** The day progress was last updated. */
  updatedOn: Maybe<Scalars['Date']['output']>;
};

/** Where a topic stands. */
export type TopicStatus =
  /** Decided and carried */
  | 'CARRIED'
  /** Raised, not decided */
  | 'OPEN'
  /** Decided and not carried */
  | 'REJECTED';

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

/** What unseatCouncilMember needs. */
export type UnseatCouncilMemberInput = {
  /** The day they leave (default today). */
  leftOn?: InputMaybe<Scalars['Date']['input']>;
  /** The member. */
  memberId: Scalars['ID']['input'];
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

/** Changes to an organization; fields left out stay as they are. */
export type UpdateOrganizationInput = {
  /** New category. */
  category?: InputMaybe<OrganizationCategory>;
  /** New contact person: registered in population and living within your areas (otherwise PERSON_UNKNOWN). */
  contactPersonId?: InputMaybe<Scalars['ID']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The organization. */
  organizationId: Scalars['ID']['input'];
  /** Whether it has a party branch. */
  partyBranch?: InputMaybe<Scalars['Boolean']['input']>;
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

/** What updateTopicImplementation needs. */
export type UpdateTopicImplementationInput = {
  /** A note on progress. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Per cent done, 0 to 100 (OUT_OF_RANGE otherwise). */
  progress: Scalars['Int']['input'];
  /** A carried topic. */
  topicId: Scalars['ID']['input'];
};

/** A change to a volunteer: the fields given are replaced. */
export type UpdateVolunteerInput = {
  /** The new skills, replacing the old ones. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The new status. */
  status?: InputMaybe<VolunteerStatus>;
  /** Which volunteer. */
  volunteerId: Scalars['ID']['input'];
};

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. AREA_CODE_INVALID. */
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

/** A person registered as a volunteer. */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Approved hours in total (approvals minus reversals). */
  approvedHours: Scalars['Float']['output'];
  /** The area (community or grid) the volunteer belongs to. */
  areaCode: Scalars['ID']['output'];
  /** The volunteer's sign-ups, in order of signing up. */
  attendances: VolunteerAttendanceConnection;
  /**
   * Awards received, newest first.
   * @deprecated use receivedAwards (paginated)
   */
  awards: Array<VolunteerAward>;
  /** The buildings within the caller's areas the volunteer captains (楼长); a building housing does not show the caller is null. */
  captainOf: Array<Maybe<Building>>;
  /** Volunteer id. */
  id: Scalars['ID']['output'];
  /** The person (owned by population); null when population places them outside the caller's areas. */
  person: Maybe<Person>;
  /** Awards received, newest first, a page at a time. */
  receivedAwards: VolunteerAwardConnection;
  /** The day the volunteer registered. */
  registeredOn: Scalars['Date']['output'];
  /** Skills, e.g. driving, first-aid, legal-advice. */
  skills: Array<Scalars['String']['output']>;
  /** Active, suspended or withdrawn. */
  status: VolunteerStatus;
  /** The teams the volunteer belongs to. */
  teams: Array<VolunteerTeam>;
};


/** A person registered as a volunteer. */
export type VolunteerAttendancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person registered as a volunteer. */
export type VolunteerReceivedAwardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A volunteer activity or shift (志愿活动). */
export type VolunteerActivity = {
  __typename?: 'VolunteerActivity';
  /** The area the activity takes place in. */
  areaCode: Scalars['ID']['output'];
  /** Sign-ups the caller may read (a volunteer: only their own), in order of signing up. */
  attendances: VolunteerAttendanceConnection;
  /** Why the activity was cancelled. */
  cancellationReason: Maybe<Scalars['String']['output']>;
  /** Places for volunteers, 1 to 10,000. */
  capacity: Scalars['Int']['output'];
  /** When it ends; after the start. */
  endsAt: Scalars['DateTime']['output'];
  /** Activity id. */
  id: Scalars['ID']['output'];
  /**
   * The organizing team or organization.
   * @deprecated use organizer
   */
  organiser: Maybe<VolunteerActivityOrganizer>;
  /**
   * Team or organization.
   * @deprecated use organizerKind
   */
  organiserKind: VolunteerOrganizerKind;
  /** The organizing team or organization; null when the organizing team lies outside the caller's areas. */
  organizer: Maybe<VolunteerActivityOrganizer>;
  /** Team or organization. */
  organizerKind: VolunteerOrganizerKind;
  /** Where exactly, if said. */
  place: Maybe<Scalars['String']['output']>;
  /** Skills every volunteer signing up must have. */
  requiredSkills: Array<Scalars['String']['output']>;
  /** Places taken by current sign-ups (cancelled ones excluded). */
  signedUp: Scalars['Int']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Open, full, cancelled or completed. */
  status: VolunteerActivityStatus;
  /** Title, e.g. 爱心车队送老人就医. */
  title: Scalars['String']['output'];
};


/** A volunteer activity or shift (志愿活动). */
export type VolunteerActivityAttendancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of activities. */
export type VolunteerActivityConnection = {
  __typename?: 'VolunteerActivityConnection';
  /** The activities of this page. */
  edges: Array<VolunteerActivityEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching activities the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An activity and its cursor. */
export type VolunteerActivityEdge = {
  __typename?: 'VolunteerActivityEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: VolunteerActivity;
};

/** Filters for activities; all given filters apply together. */
export type VolunteerActivityFilter = {
  /** Only activities within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities of this organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities starting on or after this instant. */
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities starting before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities with this status. */
  status?: InputMaybe<VolunteerActivityStatus>;
  /** Only activities of this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who organizes an activity: a volunteer team or a social organization. */
export type VolunteerActivityOrganizer = Organization | VolunteerTeam;

/** Result of an activity mutation. */
export type VolunteerActivityPayload = {
  __typename?: 'VolunteerActivityPayload';
  /**
   * The activity, when the change was made.
   * @deprecated use volunteerActivity
   */
  activity: Maybe<VolunteerActivity>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The activity, when the change was made. */
  volunteerActivity: Maybe<VolunteerActivity>;
};

/** Where an activity is in its life. */
export type VolunteerActivityStatus =
  /** Called off */
  | 'CANCELLED'
  /** Over; its hours can be approved */
  | 'COMPLETED'
  /** Every place is taken */
  | 'FULL'
  /** Open for sign-up */
  | 'OPEN';

/** A volunteer's sign-up for an activity and what came of it: attendance and served hours. */
export type VolunteerAttendance = {
  __typename?: 'VolunteerAttendance';
  /** The activity. */
  activity: VolunteerActivity;
  /** Hours as corrected by the organizer, if corrected (2 decimals). */
  adjustedHours: Maybe<Scalars['Float']['output']>;
  /**
   * Minutes as corrected by the organizer, if corrected.
   * @deprecated use adjustedHours
   */
  adjustedMinutes: Maybe<Scalars['Int']['output']>;
  /** Why the organizer corrected the hours. */
  adjustmentReason: Maybe<Scalars['String']['output']>;
  /** When the hours were last approved. */
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the volunteer checked in. */
  checkedInAt: Maybe<Scalars['DateTime']['output']>;
  /** When the volunteer checked out. */
  checkedOutAt: Maybe<Scalars['DateTime']['output']>;
  /** The served hours that count: the adjusted hours if corrected, else the recorded (2 decimals). */
  hours: Maybe<Scalars['Float']['output']>;
  /** Pending, approved or reversed; null until the volunteer has checked out. */
  hoursStatus: Maybe<VolunteerHoursStatus>;
  /** Attendance id; the reference approved hours carry. */
  id: Scalars['ID']['output'];
  /** Hours from check-in to check-out (whole minutes, as hours with 2 decimals). */
  recordedHours: Maybe<Scalars['Float']['output']>;
  /**
   * Minutes from check-in to check-out.
   * @deprecated use recordedHours
   */
  recordedMinutes: Maybe<Scalars['Int']['output']>;
  /** When the volunteer signed up. */
  signedUpAt: Scalars['DateTime']['output'];
  /** Signed up, cancelled, checked in, checked out or no-show. */
  status: VolunteerAttendanceStatus;
  /** The volunteer; null when the caller may not read their record (registered outside the caller's areas). */
  volunteer: Maybe<Volunteer>;
};

/** A page of attendances. */
export type VolunteerAttendanceConnection = {
  __typename?: 'VolunteerAttendanceConnection';
  /** The attendances of this page. */
  edges: Array<VolunteerAttendanceEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching attendances the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** An attendance and its cursor. */
export type VolunteerAttendanceEdge = {
  __typename?: 'VolunteerAttendanceEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The attendance. */
  node: VolunteerAttendance;
};

/** One sign-up. */
export type VolunteerAttendanceInput = {
  /** The attendance (sign-up). */
  attendanceId: Scalars['ID']['input'];
};

/** Result of a sign-up, attendance or hours mutation. */
export type VolunteerAttendancePayload = {
  __typename?: 'VolunteerAttendancePayload';
  /**
   * The attendance, when the change was made.
   * @deprecated use volunteerAttendance
   */
  attendance: Maybe<VolunteerAttendance>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The attendance, when the change was made. */
  volunteerAttendance: Maybe<VolunteerAttendance>;
};

/** Where a volunteer's sign-up for an activity stands. */
export type VolunteerAttendanceStatus =
  /** Sign-up cancelled; the place was freed */
  | 'CANCELLED'
  /** Arrived */
  | 'CHECKED_IN'
  /** Arrived and left; the served time is known */
  | 'CHECKED_OUT'
  /** Did not come */
  | 'NO_SHOW'
  /** Signed up, not arrived yet */
  | 'SIGNED_UP';

/** One sign-up and when something happened to it. */
export type VolunteerAttendanceTimeInput = {
  /** When it happened; now when omitted; not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The attendance (sign-up). */
  attendanceId: Scalars['ID']['input'];
};

/** An award given to a volunteer. */
export type VolunteerAward = {
  __typename?: 'VolunteerAward';
  /** The day it was given. */
  awardedOn: Scalars['Date']['output'];
  /** Award id. */
  id: Scalars['ID']['output'];
  /** The kind of award. */
  kind: VolunteerAwardKind;
  /** The award's title, e.g. 2025年度优秀志愿者. */
  title: Scalars['String']['output'];
  /** Who received it. */
  volunteer: Volunteer;
};

/** A page of awards. */
export type VolunteerAwardConnection = {
  __typename?: 'VolunteerAwardConnection';
  /** The awards of this page. */
  edges: Array<VolunteerAwardEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All awards of the volunteer. */
  totalCount: Scalars['Int']['output'];
};

/** An award and its cursor. */
export type VolunteerAwardEdge = {
  __typename?: 'VolunteerAwardEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The award. */
  node: VolunteerAward;
};

/** Kinds of recognition. */
export type VolunteerAwardKind =
  /** 善行义举榜: a place on the good-deeds board */
  | 'GOOD_DEEDS_BOARD'
  /** 好居民: a good-resident award */
  | 'GOOD_RESIDENT'
  /** Any other award */
  | 'OTHER'
  /** 星级志愿者: a star volunteer */
  | 'STAR_VOLUNTEER';

/** Result of giving an award. */
export type VolunteerAwardPayload = {
  __typename?: 'VolunteerAwardPayload';
  /** The award, when given. */
  award: Maybe<VolunteerAward>;
  /** Why it was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A page of volunteers. */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** The volunteers of this page. */
  edges: Array<VolunteerEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching volunteers the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A volunteer and its cursor. */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The volunteer. */
  node: Volunteer;
};

/** Filters for volunteers; all given filters apply together. */
export type VolunteerFilter = {
  /** Only volunteers within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only volunteers with this skill. */
  skill?: InputMaybe<Scalars['String']['input']>;
  /** Only volunteers with this status. */
  status?: InputMaybe<VolunteerStatus>;
};

/** Where the served hours of an attendance stand. */
export type VolunteerHoursStatus =
  /** Approved by the organizer and passed on as points and organization records */
  | 'APPROVED'
  /** Counted, waiting for the organizer's approval */
  | 'PENDING'
  /** Approved once, then explicitly reversed; may be adjusted and approved again */
  | 'REVERSED';

/** A page of the good-deeds board. */
export type VolunteerLeaderboardConnection = {
  __typename?: 'VolunteerLeaderboardConnection';
  /** The lines of this page, by rank. */
  edges: Array<VolunteerLeaderboardEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** Volunteers on the board. */
  totalCount: Scalars['Int']['output'];
};

/** A line of the board and its cursor. */
export type VolunteerLeaderboardEdge = {
  __typename?: 'VolunteerLeaderboardEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: VolunteerLeaderboardEntry;
};

/** A line of the good-deeds board (善行义举榜). */
export type VolunteerLeaderboardEntry = {
  __typename?: 'VolunteerLeaderboardEntry';
  /** Activities those hours were served in. */
  activities: Scalars['Int']['output'];
  /** Approved hours served in the period. */
  hours: Scalars['Float']['output'];
  /** Place on the board, from 1. */
  rank: Scalars['Int']['output'];
  /** The volunteer; null when the caller may not read their record (registered outside the caller's areas, or another volunteer for a volunteer). */
  volunteer: Maybe<Volunteer>;
};

/** Who organizes an activity: exactly one of teamId and organizationId. */
export type VolunteerOrganizerInput = {
  /** The organizing social organization; it must be active. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The organizing team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who organizes an activity. */
export type VolunteerOrganizerKind =
  /** A social organization (社会组织) */
  | 'ORGANIZATION'
  /** A volunteer team */
  | 'TEAM';

/** Result of a volunteer mutation. */
export type VolunteerPayload = {
  __typename?: 'VolunteerPayload';
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The volunteer, when the change was made. */
  volunteer: Maybe<Volunteer>;
};

/** Whether a volunteer takes part. */
export type VolunteerStatus =
  /** Takes part and may sign up */
  | 'ACTIVE'
  /** Paused for now; may not sign up */
  | 'SUSPENDED'
  /** Left volunteering; kept for the record */
  | 'WITHDRAWN';

/** A volunteer team (志愿队). */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** The area the team serves. */
  areaCode: Scalars['ID']['output'];
  /** Team id. */
  id: Scalars['ID']['output'];
  /** What the team does. */
  kind: VolunteerTeamKind;
  /** The team leader, if one is named and the caller may read their record (a volunteer: only themself). */
  leader: Maybe<Volunteer>;
  /** How many volunteers belong to the team. */
  memberCount: Scalars['Int']['output'];
  /** The members the caller may read (a volunteer: only themself), in order of joining. */
  members: VolunteerConnection;
  /** Team name, e.g. 凤馨苑爱心车队. */
  name: Scalars['String']['output'];
};


/** A volunteer team (志愿队). */
export type VolunteerTeamMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of teams. */
export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  /** The teams of this page. */
  edges: Array<VolunteerTeamEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** All matching teams the caller may see. */
  totalCount: Scalars['Int']['output'];
};

/** A team and its cursor. */
export type VolunteerTeamEdge = {
  __typename?: 'VolunteerTeamEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The team. */
  node: VolunteerTeam;
};

/** Filters for teams; all given filters apply together. */
export type VolunteerTeamFilter = {
  /** Only teams within this area. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only teams of this kind. */
  kind?: InputMaybe<VolunteerTeamKind>;
};

/** The kinds of volunteer team the communities run. */
export type VolunteerTeamKind =
  /** 反家暴志愿队: the anti-domestic-violence team */
  | 'ANTI_DOMESTIC_VIOLENCE'
  /** 楼长队: the building captains */
  | 'BUILDING_CAPTAINS'
  /** 爱心车队: the care car fleet */
  | 'CARE_FLEET'
  /** 应急互助队: the emergency mutual-aid team */
  | 'EMERGENCY_MUTUAL_AID'
  /** 邻里巡逻队: the neighborhood patrol */
  | 'NEIGHBORHOOD_PATROL'
  /** The neighborhood patrol (old spelling; stored and answered as NEIGHBORHOOD_PATROL) */
  | 'NEIGHBOURHOOD_PATROL'
  /** Any other team */
  | 'OTHER';

/** A team and one of its (future) members. */
export type VolunteerTeamMemberInput = {
  /** The team. */
  teamId: Scalars['ID']['input'];
  /** The volunteer. */
  volunteerId: Scalars['ID']['input'];
};

/** Result of a team mutation. */
export type VolunteerTeamPayload = {
  __typename?: 'VolunteerTeamPayload';
  /**
   * The team, when the change was made.
   * @deprecated use volunteerTeam
   */
  team: Maybe<VolunteerTeam>;
  /** Why the change was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The team, when the change was made. */
  volunteerTeam: Maybe<VolunteerTeam>;
};

/** Volunteering figures of an area over one point of a series. */
export type VolunteeringPeriodStatistics = {
  __typename?: 'VolunteeringPeriodStatistics';
  /** Activities starting in the point, cancelled ones excluded. */
  activities: Scalars['Int']['output'];
  /** Approved hours served in the area in the point (approvals minus reversals). */
  approvedHours: Scalars['Float']['output'];
  /** First day of the point (the period's first day for the first point). */
  from: Scalars['Date']['output'];
  /** Person-times served (人次): check-outs of activities in the point. */
  personTimes: Scalars['Int']['output'];
  /** Last day of the point (the period's last day for the last point). */
  to: Scalars['Date']['output'];
  /** Volunteers registered by the point's last day and not withdrawn. */
  volunteers: Scalars['Int']['output'];
};

/** Volunteering figures for an area and everything beneath it, over a period. */
export type VolunteeringStatistics = {
  __typename?: 'VolunteeringStatistics';
  /** Of them, those who served (checked out of an activity) in the period. */
  activeVolunteers: Scalars['Int']['output'];
  /** Activities starting in the period, cancelled ones excluded. */
  activities: Scalars['Int']['output'];
  /** Approved hours served in the area in the period (approvals minus reversals), where the activity took place. */
  approvedHours: Scalars['Float']['output'];
  /** Buildings of the area known from housing. */
  buildings: Scalars['Int']['output'];
  /** Of them, buildings with at least one captain (楼长). */
  buildingsWithCaptain: Scalars['Int']['output'];
  /** Buildings with a captain over buildings (0 to 1); null when the area has no buildings. */
  captainCoverage: Maybe<Scalars['Float']['output']>;
  /** Person-times served (人次): check-outs of activities in the period. */
  personTimes: Scalars['Int']['output'];
  /** Volunteer teams of the area. */
  teams: Scalars['Int']['output'];
  /** Volunteers registered by the end of the period and not withdrawn. */
  volunteers: Scalars['Int']['output'];
};

/** A vote. */
export type VoteChoice =
  /** Abstain (counts towards the quorum, not for the topic) */
  | 'ABSTAIN'
  /** Against */
  | 'AGAINST'
  /** For */
  | 'FOR';

/** What withdrawDisputeCase needs. */
export type WithdrawDisputeCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** The day (default today). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Why the applicant withdrew. */
  reason: Scalars['String']['input'];
};

export type AreaNodeQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type AreaNodeQuery = { __typename?: 'Query', area: { __typename?: 'Area', code: string, name: string, level: AreaLevel, parentCode: string | null } | null };

export type ChildAreasQueryVariables = Exact<{
  within: Scalars['ID']['input'];
  level: AreaLevel;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChildAreasQuery = { __typename?: 'Query', areas: { __typename?: 'AreaConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AreaEdge', node: { __typename?: 'Area', code: string, name: string, level: AreaLevel, parentCode: string | null } }> } };

export type AreaFiguresQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  period?: InputMaybe<PeriodInput>;
}>;


export type AreaFiguresQuery = { __typename?: 'Query', area: { __typename?: 'Area', code: string, name: string, level: AreaLevel, population: { __typename?: 'PopulationStatistics', residents: number, locals: number, migrants: number, newRegistrations: number, departures: number, visitsDone: number, visitsOverdue: number, permitsExpiring: number, keyGroupMembers: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean } } | null, housing: { __typename?: 'HousingStatistics', buildings: number, houses: number, rentalHouses: number, inspections: number, hazardsReported: number, hazardsOpen: number, hazardsOverdue: number, hazardsRectified: number, onTimeRectificationRate: number | null } | null, organizations: { __typename?: 'OrganizationStatistics', organizations: number, members: number, activities: number, participants: number, peopleServed: number, volunteerHours: number } | null, mediation: { __typename?: 'MediationStatistics', incidentsReported: number, incidentsHandled: number, successRate: number | null, casesOpened: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean }, casesClosed: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean }, overdueCases: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean } } | null, volunteering: { __typename?: 'VolunteeringStatistics', volunteers: number, activeVolunteers: number, teams: number, activities: number, personTimes: number, approvedHours: number } | null } | null };

export type MediationTrendQueryVariables = Exact<{
  code: Scalars['ID']['input'];
  period: PeriodInput;
}>;


export type MediationTrendQuery = { __typename?: 'Query', area: { __typename?: 'Area', code: string, mediationSeries: Array<{ __typename?: 'MediationPeriodStatistics', label: string, from: string, to: string, incidentsReported: number, casesOpened: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean }, casesClosed: { __typename?: 'SuppressibleCount', value: number | null, suppressed: boolean } }> | null } | null };

export type OverdueVisitsQueryVariables = Exact<{
  areaCode: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueVisitsQuery = { __typename?: 'Query', overdueVisits: { __typename?: 'OverdueVisitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'OverdueVisitEdge', cursor: string, node: { __typename?: 'OverdueVisit', rule: VisitCategory, dueOn: string, daysOverdue: number, lastVisitedOn: string | null, person: { __typename?: 'Person', id: string, name: string } | null } }> } };

export type HousesDueForInspectionQueryVariables = Exact<{
  areaCode: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type HousesDueForInspectionQuery = { __typename?: 'Query', housesDueForInspection: { __typename?: 'HouseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'HouseEdge', cursor: string, node: { __typename?: 'House', id: string, number: string, lastInspectedOn: string | null, building: { __typename?: 'Building', id: string, address: string } } }> } };

export type OpenHazardsQueryVariables = Exact<{
  areaCode: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OpenHazardsQuery = { __typename?: 'Query', hazards: { __typename?: 'HazardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'HazardEdge', cursor: string, node: { __typename?: 'Hazard', id: string, itemCode: string, severity: HazardSeverity, status: HazardStatus, deadline: string, description: string, house: { __typename?: 'House', id: string, number: string } } }> } };

export type OverdueIncidentsQueryVariables = Exact<{
  areaCode: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueIncidentsQuery = { __typename?: 'Query', gridIncidents: { __typename?: 'GridIncidentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'GridIncidentEdge', cursor: string, node: { __typename?: 'GridIncident', id: string, categoryName: string, place: string, step: IncidentStep, reportedOn: string, deadline: string | null } }> } };

export type OverdueCasesQueryVariables = Exact<{
  areaCode: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueCasesQuery = { __typename?: 'Query', disputeCases: { __typename?: 'DisputeCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'DisputeCaseEdge', cursor: string, node: { __typename?: 'DisputeCase', id: string, type: DisputeType, status: DisputeStatus, summary: string, openedOn: string, dueOn: string } }> } };


export const AreaNodeDocument = {"__meta__":{"hash":"96bb99881fef26cc612fcfaf88f1bae4388f7c2d515c0a516d84a2128e77010a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]} as unknown as DocumentNode<AreaNodeQuery, AreaNodeQueryVariables>;
export const ChildAreasDocument = {"__meta__":{"hash":"b63c6f0f3dc1e327901d7d5a654ba43c80d6605ffa526d20d3f1117bf88e7be4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaLevel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildAreasQuery, ChildAreasQueryVariables>;
export const AreaFiguresDocument = {"__meta__":{"hash":"cdfb7e5dd55db356d98686878805a879495bf31d3d1cffebbcaca80dc1ae15cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residents"}},{"kind":"Field","name":{"kind":"Name","value":"locals"}},{"kind":"Field","name":{"kind":"Name","value":"migrants"}},{"kind":"Field","name":{"kind":"Name","value":"newRegistrations"}},{"kind":"Field","name":{"kind":"Name","value":"departures"}},{"kind":"Field","name":{"kind":"Name","value":"visitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"visitsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"permitsExpiring"}},{"kind":"Field","name":{"kind":"Name","value":"keyGroupMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"housing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildings"}},{"kind":"Field","name":{"kind":"Name","value":"houses"}},{"kind":"Field","name":{"kind":"Name","value":"rentalHouses"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsReported"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"hazardsRectified"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRectificationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"peopleServed"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casesOpened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsReported"}},{"kind":"Field","name":{"kind":"Name","value":"incidentsHandled"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteering"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteers"}},{"kind":"Field","name":{"kind":"Name","value":"activeVolunteers"}},{"kind":"Field","name":{"kind":"Name","value":"teams"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"personTimes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}}]}}]}}]}}]} as unknown as DocumentNode<AreaFiguresQuery, AreaFiguresQueryVariables>;
export const MediationTrendDocument = {"__meta__":{"hash":"6f9286046c0d78c5993a7a4c4271d81c47b524f07ad3d69caa6c94fa3b3d6e03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediationTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"mediationSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"every"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"casesOpened"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesClosed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsReported"}}]}}]}}]}}]} as unknown as DocumentNode<MediationTrendQuery, MediationTrendQueryVariables>;
export const OverdueVisitsDocument = {"__meta__":{"hash":"4647a578bf94ae59aecc382e4eece6239141e114c1fd74f6b4ab6f717e68eba5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastVisitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueVisitsQuery, OverdueVisitsQueryVariables>;
export const HousesDueForInspectionDocument = {"__meta__":{"hash":"d36c51d73fd54ca1c8003231e7fb18acb15362c47e78f63dc5830cbb25b856dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HousesDueForInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"housesDueForInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HousesDueForInspectionQuery, HousesDueForInspectionQueryVariables>;
export const OpenHazardsDocument = {"__meta__":{"hash":"50d98c2ea05d4638852c28a5a6319c61300018cf0705426bf36259cadef61126"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenHazards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hazards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"OVERDUE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemCode"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"house"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenHazardsQuery, OpenHazardsQueryVariables>;
export const OverdueIncidentsDocument = {"__meta__":{"hash":"30b3ea50971f0824da4058053383542b3849c59c8d99e650e393c85fac846196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueIncidentsQuery, OverdueIncidentsQueryVariables>;
export const OverdueCasesDocument = {"__meta__":{"hash":"e7a8b053aa9c71b8c1f63aa2834be7e43103f8291d0c46c7e9121e802dd644c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueCasesQuery, OverdueCasesQueryVariables>;