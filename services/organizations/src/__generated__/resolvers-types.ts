import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { OrganizationRow, StatusChangeRow } from '../repositories/organization-repository';
import { MembershipRow, PersonRef } from '../repositories/membership-repository';
import { ActivityRow, SeriesRow } from '../repositories/activity-repository';
import { ProjectRow, TargetRow, OutcomeRow } from '../repositories/project-repository';
import { CampaignRow, DonationRow } from '../repositories/fundraising-repository';
import { AreaRef, OrganizationFigures, PeriodFigures } from '../repositories/statistics-repository';
import { OrganizationsContext } from '../context';
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
  /**
   * An exact amount of money in fen (分, 1/100 yuan), a JSON number. Amounts are whole fen:
   * a mutation answers a fraction, a negative amount or one above its bound with userErrors, never
   * rounds it. A total is exact up to 2^53 fen (90 trillion yuan); beyond that it is the nearest
   * JSON number, never an error.
   */
  Fen: { input: number; output: number | string; }
  _FieldSet: { input: any; output: any; }
};

/** How often a regular event recurs. */
export type ActivityFrequency =
  /** The same day every month (the month's last day when it is shorter) */
  | 'MONTHLY'
  /** Every 7 days from the first date */
  | 'WEEKLY'
  /** The same day every year */
  | 'YEARLY';

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

/** A place in the district; organizations adds its figures. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
  code: Scalars['ID']['output'];
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
};


/** A place in the district; organizations adds its figures. */
export type AreaOrganizationsArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district; organizations adds its figures. */
export type AreaOrganizationsSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district; organizations adds its figures. */
export type AreaOrganizationsTrendArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
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

/** Changes to organizations and their work; each answers its object and userErrors. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person to an organization in a role; an organization has at most one current chair. */
  addMember: MembershipPayload;
  /** Moves an organization along its life cycle: ACTIVE → SUSPENDED → ACTIVE, or to DEREGISTERED (final). */
  changeOrganizationStatus: OrganizationPayload;
  /** Moves a project along its life cycle: PLANNED → RUNNING → COMPLETED, or CANCELLED before completion. */
  changeServiceProjectStatus: ServiceProjectPayload;
  /** Registers a government-purchased service project (项目化购买服务) run by an organization, with its targets. */
  createServiceProject: ServiceProjectPayload;
  /** Ends a current membership on a date. */
  endMembership: MembershipPayload;
  /** Records an activity the organization held (an ACTIVE organization only). */
  recordActivity: OrganizationActivityPayload;
  /** Records a regular event (monthly service day, festival dinner, legal advice day) held on every date of a series. */
  recordActivitySeries: OrganizationActivitySeriesPayload;
  /** Records a donation to a campaign, in whole fen. */
  recordDonation: DonationPayload;
  /** Registers an organization in a community (community workers and admins). */
  registerOrganization: OrganizationPayload;
  /** Reports an outcome against one of a project's targets; only on a day within the project's period. */
  reportProjectOutcome: ProjectOutcomePayload;
  /** Starts a fundraising campaign (e.g. a charity day) for an organization. */
  startFundraisingCampaign: FundraisingCampaignPayload;
  /** Changes an organization's name, category, party branch or contact person; a deregistered organization is read-only. */
  updateOrganization: OrganizationPayload;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationChangeOrganizationStatusArgs = {
  input: ChangeOrganizationStatusInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationChangeServiceProjectStatusArgs = {
  input: ChangeServiceProjectStatusInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationCreateServiceProjectArgs = {
  input: CreateServiceProjectInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationEndMembershipArgs = {
  input: EndMembershipInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationRecordActivityArgs = {
  input: RecordActivityInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationRecordActivitySeriesArgs = {
  input: RecordActivitySeriesInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationRecordDonationArgs = {
  input: RecordDonationInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationRegisterOrganizationArgs = {
  input: RegisterOrganizationInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationReportProjectOutcomeArgs = {
  input: ReportProjectOutcomeInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationStartFundraisingCampaignArgs = {
  input: StartFundraisingCampaignInput;
};


/** Changes to organizations and their work; each answers its object and userErrors. */
export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
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

/** A person, as organizations knows them: their memberships. */
export type Person = {
  __typename?: 'Person';
  /** Person id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Memberships in organizations within the caller's areas, current first. Empty for a person
   * living outside the caller's areas; null only if organizations cannot answer just now.
   * @deprecated use organizationMemberships (paginated)
   */
  memberships: Maybe<Array<Membership>>;
  /**
   * Memberships in organizations within the caller's areas: current first, then by start date.
   * Empty for a person living outside the caller's areas; null only if organizations cannot answer.
   */
  organizationMemberships: Maybe<MembershipConnection>;
};


/** A person, as organizations knows them: their memberships. */
export type PersonOrganizationMembershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** The organizations read by id or listed, always within the caller's areas. */
export type Query = {
  __typename?: 'Query';
  /** One fundraising campaign, if its organization lies within the caller's areas. */
  fundraisingCampaign: Maybe<FundraisingCampaign>;
  /** One organization, if its home community lies within the caller's areas. */
  organization: Maybe<Organization>;
  /** Organizations within the caller's areas, filtered; ordered by name. */
  organizations: OrganizationConnection;
  /** One purchased-service project, if its organization lies within the caller's areas. */
  serviceProject: Maybe<ServiceProject>;
};


/** The organizations read by id or listed, always within the caller's areas. */
export type QueryFundraisingCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** The organizations read by id or listed, always within the caller's areas. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** The organizations read by id or listed, always within the caller's areas. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The organizations read by id or listed, always within the caller's areas. */
export type QueryServiceProjectArgs = {
  id: Scalars['ID']['input'];
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

/** How an organization is recognized. */
export type RegistrationKind =
  /** 民政登记: registered with civil affairs; has an 18-character unified social credit code */
  | 'CIVIL_AFFAIRS'
  /** 社区备案: filed with the residents' committee; has a filing number */
  | 'COMMUNITY_FILING';

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

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. CREDIT_CODE_CHECK_CHARACTER. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault. */
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
  ActivityFrequency: ActivityFrequency;
  AddMemberInput: AddMemberInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Area: ResolverTypeWrapper<AreaRef>;
  ChangeOrganizationStatusInput: ChangeOrganizationStatusInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChangeServiceProjectStatusInput: ChangeServiceProjectStatusInput;
  CreateServiceProjectInput: CreateServiceProjectInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Donation: ResolverTypeWrapper<DonationRow>;
  DonationConnection: ResolverTypeWrapper<Omit<DonationConnection, 'edges'> & { edges: Array<ResolversTypes['DonationEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DonationEdge: ResolverTypeWrapper<Omit<DonationEdge, 'node'> & { node: ResolversTypes['Donation'] }>;
  DonationPayload: ResolverTypeWrapper<Omit<DonationPayload, 'campaign' | 'donation' | 'fundraisingCampaign'> & { campaign?: Maybe<ResolversTypes['FundraisingCampaign']>, donation?: Maybe<ResolversTypes['Donation']>, fundraisingCampaign?: Maybe<ResolversTypes['FundraisingCampaign']> }>;
  DonorKind: DonorKind;
  EndMembershipInput: EndMembershipInput;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  FundraisingCampaign: ResolverTypeWrapper<CampaignRow>;
  FundraisingCampaignConnection: ResolverTypeWrapper<Omit<FundraisingCampaignConnection, 'edges'> & { edges: Array<ResolversTypes['FundraisingCampaignEdge']> }>;
  FundraisingCampaignEdge: ResolverTypeWrapper<Omit<FundraisingCampaignEdge, 'node'> & { node: ResolversTypes['FundraisingCampaign'] }>;
  FundraisingCampaignPayload: ResolverTypeWrapper<Omit<FundraisingCampaignPayload, 'campaign' | 'fundraisingCampaign'> & { campaign?: Maybe<ResolversTypes['FundraisingCampaign']>, fundraisingCampaign?: Maybe<ResolversTypes['FundraisingCampaign']> }>;
  MemberRole: MemberRole;
  Membership: ResolverTypeWrapper<MembershipRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationActivity: ResolverTypeWrapper<ActivityRow>;
  OrganizationActivityConnection: ResolverTypeWrapper<Omit<OrganizationActivityConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationActivityEdge']> }>;
  OrganizationActivityEdge: ResolverTypeWrapper<Omit<OrganizationActivityEdge, 'node'> & { node: ResolversTypes['OrganizationActivity'] }>;
  OrganizationActivityPayload: ResolverTypeWrapper<Omit<OrganizationActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['OrganizationActivity']> }>;
  OrganizationActivitySeries: ResolverTypeWrapper<SeriesRow>;
  OrganizationActivitySeriesPayload: ResolverTypeWrapper<Omit<OrganizationActivitySeriesPayload, 'activities' | 'series'> & { activities?: Maybe<Array<ResolversTypes['OrganizationActivity']>>, series?: Maybe<ResolversTypes['OrganizationActivitySeries']> }>;
  OrganizationCategory: OrganizationCategory;
  OrganizationCategoryStatistics: ResolverTypeWrapper<OrganizationCategoryStatistics>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['Organization']> }>;
  OrganizationPeriodStatistics: ResolverTypeWrapper<PeriodFigures>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  OrganizationStatistics: ResolverTypeWrapper<OrganizationFigures>;
  OrganizationStatus: OrganizationStatus;
  OrganizationStatusChange: ResolverTypeWrapper<StatusChangeRow>;
  OrganizationStatusChangeConnection: ResolverTypeWrapper<Omit<OrganizationStatusChangeConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationStatusChangeEdge']> }>;
  OrganizationStatusChangeEdge: ResolverTypeWrapper<Omit<OrganizationStatusChangeEdge, 'node'> & { node: ResolversTypes['OrganizationStatusChange'] }>;
  OrganizationStatusStatistics: ResolverTypeWrapper<OrganizationStatusStatistics>;
  OrganizationVolunteerHours: ResolverTypeWrapper<OrganizationVolunteerHours>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRef>;
  ProjectMeasure: ProjectMeasure;
  ProjectMeasureStatistics: ResolverTypeWrapper<ProjectMeasureStatistics>;
  ProjectOutcome: ResolverTypeWrapper<OutcomeRow>;
  ProjectOutcomeConnection: ResolverTypeWrapper<Omit<ProjectOutcomeConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectOutcomeEdge']> }>;
  ProjectOutcomeEdge: ResolverTypeWrapper<Omit<ProjectOutcomeEdge, 'node'> & { node: ResolversTypes['ProjectOutcome'] }>;
  ProjectOutcomePayload: ResolverTypeWrapper<Omit<ProjectOutcomePayload, 'outcome' | 'serviceProject'> & { outcome?: Maybe<ResolversTypes['ProjectOutcome']>, serviceProject?: Maybe<ResolversTypes['ServiceProject']> }>;
  ProjectTarget: ResolverTypeWrapper<TargetRow>;
  ProjectTargetInput: ProjectTargetInput;
  Query: ResolverTypeWrapper<{}>;
  RecordActivityInput: RecordActivityInput;
  RecordActivitySeriesInput: RecordActivitySeriesInput;
  RecordDonationInput: RecordDonationInput;
  RegisterOrganizationInput: RegisterOrganizationInput;
  RegistrationKind: RegistrationKind;
  ReportProjectOutcomeInput: ReportProjectOutcomeInput;
  SeriesInterval: SeriesInterval;
  ServiceProject: ResolverTypeWrapper<ProjectRow>;
  ServiceProjectConnection: ResolverTypeWrapper<Omit<ServiceProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceProjectEdge']> }>;
  ServiceProjectEdge: ResolverTypeWrapper<Omit<ServiceProjectEdge, 'node'> & { node: ResolversTypes['ServiceProject'] }>;
  ServiceProjectPayload: ResolverTypeWrapper<Omit<ServiceProjectPayload, 'serviceProject'> & { serviceProject?: Maybe<ResolversTypes['ServiceProject']> }>;
  ServiceProjectStatus: ServiceProjectStatus;
  StartFundraisingCampaignInput: StartFundraisingCampaignInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddMemberInput: AddMemberInput;
  ID: Scalars['ID']['output'];
  Area: AreaRef;
  ChangeOrganizationStatusInput: ChangeOrganizationStatusInput;
  String: Scalars['String']['output'];
  ChangeServiceProjectStatusInput: ChangeServiceProjectStatusInput;
  CreateServiceProjectInput: CreateServiceProjectInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Donation: DonationRow;
  DonationConnection: Omit<DonationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DonationEdge']> };
  Int: Scalars['Int']['output'];
  DonationEdge: Omit<DonationEdge, 'node'> & { node: ResolversParentTypes['Donation'] };
  DonationPayload: Omit<DonationPayload, 'campaign' | 'donation' | 'fundraisingCampaign'> & { campaign?: Maybe<ResolversParentTypes['FundraisingCampaign']>, donation?: Maybe<ResolversParentTypes['Donation']>, fundraisingCampaign?: Maybe<ResolversParentTypes['FundraisingCampaign']> };
  EndMembershipInput: EndMembershipInput;
  Fen: Scalars['Fen']['output'];
  FundraisingCampaign: CampaignRow;
  FundraisingCampaignConnection: Omit<FundraisingCampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundraisingCampaignEdge']> };
  FundraisingCampaignEdge: Omit<FundraisingCampaignEdge, 'node'> & { node: ResolversParentTypes['FundraisingCampaign'] };
  FundraisingCampaignPayload: Omit<FundraisingCampaignPayload, 'campaign' | 'fundraisingCampaign'> & { campaign?: Maybe<ResolversParentTypes['FundraisingCampaign']>, fundraisingCampaign?: Maybe<ResolversParentTypes['FundraisingCampaign']> };
  Membership: MembershipRow;
  Boolean: Scalars['Boolean']['output'];
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  Mutation: {};
  Organization: OrganizationRow;
  OrganizationActivity: ActivityRow;
  OrganizationActivityConnection: Omit<OrganizationActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationActivityEdge']> };
  OrganizationActivityEdge: Omit<OrganizationActivityEdge, 'node'> & { node: ResolversParentTypes['OrganizationActivity'] };
  OrganizationActivityPayload: Omit<OrganizationActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['OrganizationActivity']> };
  OrganizationActivitySeries: SeriesRow;
  OrganizationActivitySeriesPayload: Omit<OrganizationActivitySeriesPayload, 'activities' | 'series'> & { activities?: Maybe<Array<ResolversParentTypes['OrganizationActivity']>>, series?: Maybe<ResolversParentTypes['OrganizationActivitySeries']> };
  OrganizationCategoryStatistics: OrganizationCategoryStatistics;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['Organization']> };
  OrganizationPeriodStatistics: PeriodFigures;
  Float: Scalars['Float']['output'];
  OrganizationStatistics: OrganizationFigures;
  OrganizationStatusChange: StatusChangeRow;
  OrganizationStatusChangeConnection: Omit<OrganizationStatusChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationStatusChangeEdge']> };
  OrganizationStatusChangeEdge: Omit<OrganizationStatusChangeEdge, 'node'> & { node: ResolversParentTypes['OrganizationStatusChange'] };
  OrganizationStatusStatistics: OrganizationStatusStatistics;
  OrganizationVolunteerHours: OrganizationVolunteerHours;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRef;
  ProjectMeasureStatistics: ProjectMeasureStatistics;
  ProjectOutcome: OutcomeRow;
  ProjectOutcomeConnection: Omit<ProjectOutcomeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectOutcomeEdge']> };
  ProjectOutcomeEdge: Omit<ProjectOutcomeEdge, 'node'> & { node: ResolversParentTypes['ProjectOutcome'] };
  ProjectOutcomePayload: Omit<ProjectOutcomePayload, 'outcome' | 'serviceProject'> & { outcome?: Maybe<ResolversParentTypes['ProjectOutcome']>, serviceProject?: Maybe<ResolversParentTypes['ServiceProject']> };
  ProjectTarget: TargetRow;
  ProjectTargetInput: ProjectTargetInput;
  Query: {};
  RecordActivityInput: RecordActivityInput;
  RecordActivitySeriesInput: RecordActivitySeriesInput;
  RecordDonationInput: RecordDonationInput;
  RegisterOrganizationInput: RegisterOrganizationInput;
  ReportProjectOutcomeInput: ReportProjectOutcomeInput;
  ServiceProject: ProjectRow;
  ServiceProjectConnection: Omit<ServiceProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceProjectEdge']> };
  ServiceProjectEdge: Omit<ServiceProjectEdge, 'node'> & { node: ResolversParentTypes['ServiceProject'] };
  ServiceProjectPayload: Omit<ServiceProjectPayload, 'serviceProject'> & { serviceProject?: Maybe<ResolversParentTypes['ServiceProject']> };
  StartFundraisingCampaignInput: StartFundraisingCampaignInput;
  UpdateOrganizationInput: UpdateOrganizationInput;
  UserError: UserError;
}>;

export type AreaResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationStatistics']>, ParentType, ContextType, Partial<AreaOrganizationsArgs>>;
  organizationsSeries?: Resolver<Maybe<Array<ResolversTypes['OrganizationPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaOrganizationsSeriesArgs, 'every' | 'period'>>;
  organizationsTrend?: Resolver<Maybe<Array<ResolversTypes['OrganizationPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaOrganizationsTrendArgs, 'every' | 'period'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DonationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Donation'] = ResolversParentTypes['Donation']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  donatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  donorKind?: Resolver<ResolversTypes['DonorKind'], ParentType, ContextType>;
  donorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DonationConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['DonationConnection'] = ResolversParentTypes['DonationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DonationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DonationEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['DonationEdge'] = ResolversParentTypes['DonationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Donation'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DonationPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['DonationPayload'] = ResolversParentTypes['DonationPayload']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['FundraisingCampaign']>, ParentType, ContextType>;
  donation?: Resolver<Maybe<ResolversTypes['Donation']>, ParentType, ContextType>;
  fundraisingCampaign?: Resolver<Maybe<ResolversTypes['FundraisingCampaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FundraisingCampaignResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['FundraisingCampaign'] = ResolversParentTypes['FundraisingCampaign']> = ResolversObject<{
  donationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donations?: Resolver<ResolversTypes['DonationConnection'], ParentType, ContextType, RequireFields<FundraisingCampaignDonationsArgs, 'first'>>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  goalFen?: Resolver<Maybe<ResolversTypes['Fen']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  raisedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundraisingCampaignConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['FundraisingCampaignConnection'] = ResolversParentTypes['FundraisingCampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FundraisingCampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundraisingCampaignEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['FundraisingCampaignEdge'] = ResolversParentTypes['FundraisingCampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundraisingCampaign'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FundraisingCampaignPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['FundraisingCampaignPayload'] = ResolversParentTypes['FundraisingCampaignPayload']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['FundraisingCampaign']>, ParentType, ContextType>;
  fundraisingCampaign?: Resolver<Maybe<ResolversTypes['FundraisingCampaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MemberRole'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addMember?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  changeOrganizationStatus?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationChangeOrganizationStatusArgs, 'input'>>;
  changeServiceProjectStatus?: Resolver<ResolversTypes['ServiceProjectPayload'], ParentType, ContextType, RequireFields<MutationChangeServiceProjectStatusArgs, 'input'>>;
  createServiceProject?: Resolver<ResolversTypes['ServiceProjectPayload'], ParentType, ContextType, RequireFields<MutationCreateServiceProjectArgs, 'input'>>;
  endMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationEndMembershipArgs, 'input'>>;
  recordActivity?: Resolver<ResolversTypes['OrganizationActivityPayload'], ParentType, ContextType, RequireFields<MutationRecordActivityArgs, 'input'>>;
  recordActivitySeries?: Resolver<ResolversTypes['OrganizationActivitySeriesPayload'], ParentType, ContextType, RequireFields<MutationRecordActivitySeriesArgs, 'input'>>;
  recordDonation?: Resolver<ResolversTypes['DonationPayload'], ParentType, ContextType, RequireFields<MutationRecordDonationArgs, 'input'>>;
  registerOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationRegisterOrganizationArgs, 'input'>>;
  reportProjectOutcome?: Resolver<ResolversTypes['ProjectOutcomePayload'], ParentType, ContextType, RequireFields<MutationReportProjectOutcomeArgs, 'input'>>;
  startFundraisingCampaign?: Resolver<ResolversTypes['FundraisingCampaignPayload'], ParentType, ContextType, RequireFields<MutationStartFundraisingCampaignArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  activities?: Resolver<ResolversTypes['OrganizationActivityConnection'], ParentType, ContextType, RequireFields<OrganizationActivitiesArgs, 'first'>>;
  area?: Resolver<Maybe<ResolversTypes['Area']>, ParentType, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['OrganizationCategory'], ParentType, ContextType>;
  contactPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundraisingCampaigns?: Resolver<ResolversTypes['FundraisingCampaignConnection'], ParentType, ContextType, RequireFields<OrganizationFundraisingCampaignsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyBranch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registrationKind?: Resolver<ResolversTypes['RegistrationKind'], ParentType, ContextType>;
  serviceProjects?: Resolver<ResolversTypes['ServiceProjectConnection'], ParentType, ContextType, RequireFields<OrganizationServiceProjectsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  statusChangedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  statusChanges?: Resolver<ResolversTypes['OrganizationStatusChangeConnection'], ParentType, ContextType, RequireFields<OrganizationStatusChangesArgs, 'first'>>;
  statusHistory?: Resolver<Array<ResolversTypes['OrganizationStatusChange']>, ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['OrganizationVolunteerHours'], ParentType, ContextType, Partial<OrganizationVolunteerHoursArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivityResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivity'] = ResolversParentTypes['OrganizationActivity']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['OrganizationActivitySeries']>, ParentType, ContextType>;
  serviceProject?: Resolver<Maybe<ResolversTypes['ServiceProject']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivityConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivityConnection'] = ResolversParentTypes['OrganizationActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivityEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivityEdge'] = ResolversParentTypes['OrganizationActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationActivity'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivityPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivityPayload'] = ResolversParentTypes['OrganizationActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['OrganizationActivity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivitySeriesResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivitySeries'] = ResolversParentTypes['OrganizationActivitySeries']> = ResolversObject<{
  frequency?: Resolver<ResolversTypes['ActivityFrequency'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationActivitySeriesPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationActivitySeriesPayload'] = ResolversParentTypes['OrganizationActivitySeriesPayload']> = ResolversObject<{
  activities?: Resolver<Maybe<Array<ResolversTypes['OrganizationActivity']>>, ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['OrganizationActivitySeries']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationCategoryStatisticsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationCategoryStatistics'] = ResolversParentTypes['OrganizationCategoryStatistics']> = ResolversObject<{
  category?: Resolver<ResolversTypes['OrganizationCategory'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = ResolversObject<{
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationPeriodStatisticsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationPeriodStatistics'] = ResolversParentTypes['OrganizationPeriodStatistics']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundsRaisedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomesAchieved?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  peopleServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationStatisticsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationStatistics'] = ResolversParentTypes['OrganizationStatistics']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['OrganizationCategoryStatistics']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['OrganizationStatusStatistics']>, ParentType, ContextType>;
  donations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fundsRaisedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  partyBranches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peopleServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serviceProjectBudgetFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  serviceProjectMeasures?: Resolver<Array<ResolversTypes['ProjectMeasureStatistics']>, ParentType, ContextType>;
  serviceProjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteerHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  volunteerMinutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationStatusChangeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationStatusChange'] = ResolversParentTypes['OrganizationStatusChange']> = ResolversObject<{
  changedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationStatusChangeConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationStatusChangeConnection'] = ResolversParentTypes['OrganizationStatusChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationStatusChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationStatusChangeEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationStatusChangeEdge'] = ResolversParentTypes['OrganizationStatusChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganizationStatusChange'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationStatusStatisticsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationStatusStatistics'] = ResolversParentTypes['OrganizationStatusStatistics']> = ResolversObject<{
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrganizationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationVolunteerHoursResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['OrganizationVolunteerHours'] = ResolversParentTypes['OrganizationVolunteerHours']> = ResolversObject<{
  attendances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  organizationMemberships?: Resolver<Maybe<ResolversTypes['MembershipConnection']>, ParentType, ContextType, RequireFields<PersonOrganizationMembershipsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectMeasureStatisticsResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectMeasureStatistics'] = ResolversParentTypes['ProjectMeasureStatistics']> = ResolversObject<{
  achieved?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['ProjectMeasure'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectOutcomeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectOutcome'] = ResolversParentTypes['ProjectOutcome']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ProjectTarget'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectOutcomeConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectOutcomeConnection'] = ResolversParentTypes['ProjectOutcomeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectOutcomeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectOutcomeEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectOutcomeEdge'] = ResolversParentTypes['ProjectOutcomeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectOutcome'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectOutcomePayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectOutcomePayload'] = ResolversParentTypes['ProjectOutcomePayload']> = ResolversObject<{
  outcome?: Resolver<Maybe<ResolversTypes['ProjectOutcome']>, ParentType, ContextType>;
  serviceProject?: Resolver<Maybe<ResolversTypes['ServiceProject']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectTargetResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ProjectTarget'] = ResolversParentTypes['ProjectTarget']> = ResolversObject<{
  achieved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['ProjectMeasure'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  fundraisingCampaign?: Resolver<Maybe<ResolversTypes['FundraisingCampaign']>, ParentType, ContextType, RequireFields<QueryFundraisingCampaignArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  serviceProject?: Resolver<Maybe<ResolversTypes['ServiceProject']>, ParentType, ContextType, RequireFields<QueryServiceProjectArgs, 'id'>>;
}>;

export type ServiceProjectResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ServiceProject'] = ResolversParentTypes['ServiceProject']> = ResolversObject<{
  budgetFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  outcomes?: Resolver<ResolversTypes['ProjectOutcomeConnection'], ParentType, ContextType, RequireFields<ServiceProjectOutcomesArgs, 'first'>>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceProjectStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ProjectTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceProjectConnectionResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ServiceProjectConnection'] = ResolversParentTypes['ServiceProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceProjectEdgeResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ServiceProjectEdge'] = ResolversParentTypes['ServiceProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceProject'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceProjectPayloadResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['ServiceProjectPayload'] = ResolversParentTypes['ServiceProjectPayload']> = ResolversObject<{
  serviceProject?: Resolver<Maybe<ResolversTypes['ServiceProject']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = OrganizationsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrganizationsContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Donation?: DonationResolvers<ContextType>;
  DonationConnection?: DonationConnectionResolvers<ContextType>;
  DonationEdge?: DonationEdgeResolvers<ContextType>;
  DonationPayload?: DonationPayloadResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FundraisingCampaign?: FundraisingCampaignResolvers<ContextType>;
  FundraisingCampaignConnection?: FundraisingCampaignConnectionResolvers<ContextType>;
  FundraisingCampaignEdge?: FundraisingCampaignEdgeResolvers<ContextType>;
  FundraisingCampaignPayload?: FundraisingCampaignPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationActivity?: OrganizationActivityResolvers<ContextType>;
  OrganizationActivityConnection?: OrganizationActivityConnectionResolvers<ContextType>;
  OrganizationActivityEdge?: OrganizationActivityEdgeResolvers<ContextType>;
  OrganizationActivityPayload?: OrganizationActivityPayloadResolvers<ContextType>;
  OrganizationActivitySeries?: OrganizationActivitySeriesResolvers<ContextType>;
  OrganizationActivitySeriesPayload?: OrganizationActivitySeriesPayloadResolvers<ContextType>;
  OrganizationCategoryStatistics?: OrganizationCategoryStatisticsResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  OrganizationPeriodStatistics?: OrganizationPeriodStatisticsResolvers<ContextType>;
  OrganizationStatistics?: OrganizationStatisticsResolvers<ContextType>;
  OrganizationStatusChange?: OrganizationStatusChangeResolvers<ContextType>;
  OrganizationStatusChangeConnection?: OrganizationStatusChangeConnectionResolvers<ContextType>;
  OrganizationStatusChangeEdge?: OrganizationStatusChangeEdgeResolvers<ContextType>;
  OrganizationStatusStatistics?: OrganizationStatusStatisticsResolvers<ContextType>;
  OrganizationVolunteerHours?: OrganizationVolunteerHoursResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  ProjectMeasureStatistics?: ProjectMeasureStatisticsResolvers<ContextType>;
  ProjectOutcome?: ProjectOutcomeResolvers<ContextType>;
  ProjectOutcomeConnection?: ProjectOutcomeConnectionResolvers<ContextType>;
  ProjectOutcomeEdge?: ProjectOutcomeEdgeResolvers<ContextType>;
  ProjectOutcomePayload?: ProjectOutcomePayloadResolvers<ContextType>;
  ProjectTarget?: ProjectTargetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceProject?: ServiceProjectResolvers<ContextType>;
  ServiceProjectConnection?: ServiceProjectConnectionResolvers<ContextType>;
  ServiceProjectEdge?: ServiceProjectEdgeResolvers<ContextType>;
  ServiceProjectPayload?: ServiceProjectPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

