import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { AreaRef } from '../repositories/statistics-repository';
import { PersonRef, CaseRow, PartyRow, SessionRow, CaseTransitionRow } from '../repositories/case-repository';
import { CommitteeRow, MediatorRow } from '../repositories/committee-repository';
import { IncidentRow, RouteRow, DepartmentRow, EvaluationRow, StepRow } from '../repositories/incident-repository';
import { CouncilRow, MemberRow, MeetingRow, TopicRow, StakeholderRow, VoteRow } from '../repositories/council-repository';
import { MediationContext } from '../context';
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

/** A place in the district (owned by housing); mediation adds its statistics. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
  code: Scalars['ID']['output'];
  /** Mediation, grid incident and council figures for this area and everything beneath it, over a period (default: this year to date). Null (with an error naming it) only when mediation cannot answer, so the other domains' figures still arrive. */
  mediation: Maybe<MediationStatistics>;
  /** The figures of mediation period by period over a range, oldest first: calendar months, quarters or years clipped to the range, at most TREND_MAX_MONTHS periods; one statement for a list of areas. Null (with an error naming it) only when mediation cannot answer. */
  mediationSeries: Maybe<Array<MediationPeriodStatistics>>;
  /**
   * A few of the figures month by month over a range (at most TREND_MAX_MONTHS months), oldest first.
   * @deprecated use mediationSeries
   */
  mediationTrend: Maybe<Array<MediationMonthStatistics>>;
};


/** A place in the district (owned by housing); mediation adds its statistics. */
export type AreaMediationArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district (owned by housing); mediation adds its statistics. */
export type AreaMediationSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};


/** A place in the district (owned by housing); mediation adds its statistics. */
export type AreaMediationTrendArgs = {
  period: PeriodInput;
};

/** What assignMediator needs. */
export type AssignMediatorInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A mediator of the case's committee. */
  mediatorId: Scalars['ID']['input'];
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

/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person to a committee as a mediator. */
  addMediator: MediatorPayload;
  /** Assigns a mediator of the case's committee to an open case. */
  assignMediator: DisputeCasePayload;
  /** Records a seated member's vote on an open topic: one vote per member per topic. */
  castCouncilVote: CouncilTopicPayload;
  /** AGREEMENT_REACHED → FULFILLED: the agreement has been carried out (履行完毕); the case closes. */
  confirmFulfillment: DisputeCasePayload;
  /**
   * Deprecated alias of confirmFulfillment.
   * @deprecated use confirmFulfillment
   */
  confirmFulfilment: DisputeCasePayload;
  /** Creates the mediation committee (人民调解委员会) of a community; one per community. */
  createMediationCommittee: MediationCommitteePayload;
  /** Creates a residents' council (居民议事厅) of a community with its seat plan. */
  createResidentsCouncil: ResidentsCouncilPayload;
  /** Step 2, dispatch (调度派遣): sends a reported incident to a department with a deadline from the routing table. */
  dispatchGridIncident: GridIncidentPayload;
  /** Step 5, evaluate and close (评价结案): a satisfied evaluation closes the incident, an unsatisfied one reopens it for handling. */
  evaluateGridIncident: GridIncidentPayload;
  /** MEDIATING → FAILED: mediation did not succeed (调解不成); the case closes. */
  failMediation: DisputeCasePayload;
  /** Step 4, follow up (跟踪回访): the reporter was contacted about the handling. */
  followUpGridIncident: GridIncidentPayload;
  /** Step 3, handle (事件处理): the department records what was done. */
  handleGridIncident: GridIncidentPayload;
  /** Opens a dispute case at intake (受理), optionally escalated from a grid incident (linked both ways). */
  openDisputeCase: DisputeCasePayload;
  /** Raises a topic on a council, optionally escalated from a grid incident (linked both ways). */
  raiseCouncilTopic: CouncilTopicPayload;
  /** MEDIATING → AGREEMENT_REACHED: records the agreement's terms and fulfillment deadline (达成协议). */
  reachAgreement: DisputeCasePayload;
  /** Records a council meeting: date, attendees, minutes and the topics discussed. */
  recordCouncilMeeting: CouncilMeetingPayload;
  /** Records a mediation session of a case being mediated. */
  recordMediationSession: DisputeCasePayload;
  /** AGREEMENT_REACHED → UNFULFILLED: the agreement was not carried out (未履行); the case closes and may be referred. */
  recordNonFulfillment: DisputeCasePayload;
  /** FAILED or UNFULFILLED → REFERRED: the parties are referred to a court or a department (引导诉讼/移交). */
  referDisputeCase: DisputeCasePayload;
  /** Step 1, discover and report (发现告知): records a grid incident. */
  reportGridIncident: GridIncidentPayload;
  /** Decides an open topic: refused without quorum; carried when more than half of the votes cast are for it. */
  resolveCouncilTopic: CouncilTopicPayload;
  /** Seats a person in one of the council's seat groups. */
  seatCouncilMember: CouncilMemberPayload;
  /** Sets a category's department and time limit in the routing table (district admins). */
  setIncidentRoute: IncidentRoutePayload;
  /** INTAKE → MEDIATING: mediation begins (调解中). */
  startMediation: DisputeCasePayload;
  /** Ends a member's seat; a person without a seat cannot vote. */
  unseatCouncilMember: CouncilMemberPayload;
  /** Records how far a carried topic's resolution has been implemented (0 to 100 %). */
  updateTopicImplementation: CouncilTopicPayload;
  /** INTAKE or MEDIATING → WITHDRAWN: the applicant withdraws; the case closes. */
  withdrawDisputeCase: DisputeCasePayload;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAddMediatorArgs = {
  input: AddMediatorInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationAssignMediatorArgs = {
  input: AssignMediatorInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCastCouncilVoteArgs = {
  input: CastCouncilVoteInput;
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
export type MutationCreateMediationCommitteeArgs = {
  input: CreateMediationCommitteeInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationCreateResidentsCouncilArgs = {
  input: CreateResidentsCouncilInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationDispatchGridIncidentArgs = {
  input: DispatchGridIncidentInput;
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
export type MutationHandleGridIncidentArgs = {
  input: HandleGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationOpenDisputeCaseArgs = {
  input: OpenDisputeCaseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRaiseCouncilTopicArgs = {
  input: RaiseCouncilTopicInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReachAgreementArgs = {
  input: ReachAgreementInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationRecordCouncilMeetingArgs = {
  input: RecordCouncilMeetingInput;
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
export type MutationReferDisputeCaseArgs = {
  input: ReferDisputeCaseInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationReportGridIncidentArgs = {
  input: ReportGridIncidentInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationResolveCouncilTopicArgs = {
  input: ResolveCouncilTopicInput;
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
export type MutationStartMediationArgs = {
  input: CaseTransitionInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUnseatCouncilMemberArgs = {
  input: UnseatCouncilMemberInput;
};


/** The root of every change; the modules (cases, incidents, councils) add their fields. */
export type MutationUpdateTopicImplementationArgs = {
  input: UpdateTopicImplementationInput;
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

/** A person (owned by population); mediation adds the disputes they are a party to. */
export type Person = {
  __typename?: 'Person';
  /** Dispute cases in which the person is an applicant or respondent, within the caller's areas, newest intake first; for mediators, community workers, street and district admins only (null with FORBIDDEN for other roles, the person still shown). */
  disputeCases: Maybe<DisputeCaseConnection>;
  /**
   * All of disputeCases at once (unpaged).
   * @deprecated use disputeCases, which is paged
   */
  disputes: Maybe<Array<DisputeCase>>;
  /** Person id. */
  id: Scalars['ID']['output'];
};


/** A person (owned by population); mediation adds the disputes they are a party to. */
export type PersonDisputeCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type Query = {
  __typename?: 'Query';
  /** One council topic, if its council lies within the caller's areas. */
  councilTopic: Maybe<CouncilTopic>;
  /** One dispute case, if it lies within the caller's areas (mediators, community workers, street and district admins). */
  disputeCase: Maybe<DisputeCase>;
  /** Dispute cases within the caller's areas, filtered; newest intake first. */
  disputeCases: DisputeCaseConnection;
  /** One grid incident, if it lies within the caller's areas. */
  gridIncident: Maybe<GridIncident>;
  /** Grid incidents within the caller's areas, filtered; newest report first. */
  gridIncidents: GridIncidentConnection;
  /** The category → department → time-limit table that dispatch reads, ordered by category code. */
  incidentRoutes: IncidentRouteConnection;
  /** One mediation committee, if its community lies within the caller's areas. */
  mediationCommittee: Maybe<MediationCommittee>;
  /** Mediation committees within the caller's areas, ordered by community code. */
  mediationCommittees: MediationCommitteeConnection;
  /** One residents' council, if its community lies within the caller's areas. */
  residentsCouncil: Maybe<ResidentsCouncil>;
  /** Residents' councils within the caller's areas, ordered by community code and name. */
  residentsCouncils: ResidentsCouncilConnection;
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
export type QueryIncidentRoutesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
export type QueryResidentsCouncilArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read; the modules (cases, incidents, councils) add their fields. */
export type QueryResidentsCouncilsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode?: InputMaybe<Scalars['ID']['input']>;
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

/** A count about a sensitive group. Statistics-only callers (integrators) get it withheld below 5 (value null, suppressed true), zero included, and otherwise rounded to the nearest 5, so no small group can be singled out by subtracting sibling areas. */
export type SuppressibleCount = {
  __typename?: 'SuppressibleCount';
  /** Whether the count was withheld. */
  suppressed: Scalars['Boolean']['output'];
  /** The count, or null when suppressed. */
  value: Maybe<Scalars['Int']['output']>;
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

/** What unseatCouncilMember needs. */
export type UnseatCouncilMemberInput = {
  /** The day they leave (default today). */
  leftOn?: InputMaybe<Scalars['Date']['input']>;
  /** The member. */
  memberId: Scalars['ID']['input'];
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

/** A problem with the input the user can fix. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code, e.g. TRANSITION_NOT_ALLOWED. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in a sentence. */
  message: Scalars['String']['output'];
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
  AddMediatorInput: AddMediatorInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Area: ResolverTypeWrapper<AreaRef>;
  AssignMediatorInput: AssignMediatorInput;
  CaseTransitionInput: CaseTransitionInput;
  CastCouncilVoteInput: CastCouncilVoteInput;
  CouncilMeeting: ResolverTypeWrapper<MeetingRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CouncilMeetingConnection: ResolverTypeWrapper<Omit<CouncilMeetingConnection, 'edges'> & { edges: Array<ResolversTypes['CouncilMeetingEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CouncilMeetingEdge: ResolverTypeWrapper<Omit<CouncilMeetingEdge, 'node'> & { node: ResolversTypes['CouncilMeeting'] }>;
  CouncilMeetingPayload: ResolverTypeWrapper<Omit<CouncilMeetingPayload, 'councilMeeting' | 'meeting'> & { councilMeeting?: Maybe<ResolversTypes['CouncilMeeting']>, meeting?: Maybe<ResolversTypes['CouncilMeeting']> }>;
  CouncilMember: ResolverTypeWrapper<MemberRow>;
  CouncilMemberPayload: ResolverTypeWrapper<Omit<CouncilMemberPayload, 'councilMember' | 'member'> & { councilMember?: Maybe<ResolversTypes['CouncilMember']>, member?: Maybe<ResolversTypes['CouncilMember']> }>;
  CouncilSeatGroup: ResolverTypeWrapper<CouncilSeatGroup>;
  CouncilSeatGroupInput: CouncilSeatGroupInput;
  CouncilStakeholder: ResolverTypeWrapper<StakeholderRow>;
  CouncilStakeholderInput: CouncilStakeholderInput;
  CouncilTopic: ResolverTypeWrapper<TopicRow>;
  CouncilTopicConnection: ResolverTypeWrapper<Omit<CouncilTopicConnection, 'edges'> & { edges: Array<ResolversTypes['CouncilTopicEdge']> }>;
  CouncilTopicEdge: ResolverTypeWrapper<Omit<CouncilTopicEdge, 'node'> & { node: ResolversTypes['CouncilTopic'] }>;
  CouncilTopicPayload: ResolverTypeWrapper<Omit<CouncilTopicPayload, 'councilTopic' | 'topic'> & { councilTopic?: Maybe<ResolversTypes['CouncilTopic']>, topic?: Maybe<ResolversTypes['CouncilTopic']> }>;
  CouncilVote: ResolverTypeWrapper<VoteRow>;
  CouncilVoteTally: ResolverTypeWrapper<CouncilVoteTally>;
  CreateMediationCommitteeInput: CreateMediationCommitteeInput;
  CreateResidentsCouncilInput: CreateResidentsCouncilInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: ResolverTypeWrapper<DepartmentRow>;
  DispatchGridIncidentInput: DispatchGridIncidentInput;
  DisputeCase: ResolverTypeWrapper<CaseRow>;
  DisputeCaseConnection: ResolverTypeWrapper<Omit<DisputeCaseConnection, 'edges'> & { edges: Array<ResolversTypes['DisputeCaseEdge']> }>;
  DisputeCaseEdge: ResolverTypeWrapper<Omit<DisputeCaseEdge, 'node'> & { node: ResolversTypes['DisputeCase'] }>;
  DisputeCaseFilter: DisputeCaseFilter;
  DisputeCasePayload: ResolverTypeWrapper<Omit<DisputeCasePayload, 'disputeCase'> & { disputeCase?: Maybe<ResolversTypes['DisputeCase']> }>;
  DisputeOutcomeStatistics: ResolverTypeWrapper<DisputeOutcomeStatistics>;
  DisputeParty: ResolverTypeWrapper<PartyRow>;
  DisputePartyInput: DisputePartyInput;
  DisputeReferral: ResolverTypeWrapper<DisputeReferral>;
  DisputeStatus: DisputeStatus;
  DisputeStatusChange: ResolverTypeWrapper<CaseTransitionRow>;
  DisputeTransition: DisputeTransition;
  DisputeType: DisputeType;
  DisputeTypeStatistics: ResolverTypeWrapper<DisputeTypeStatistics>;
  EvaluateGridIncidentInput: EvaluateGridIncidentInput;
  FailMediationInput: FailMediationInput;
  FollowUpGridIncidentInput: FollowUpGridIncidentInput;
  GridIncident: ResolverTypeWrapper<IncidentRow>;
  GridIncidentConnection: ResolverTypeWrapper<Omit<GridIncidentConnection, 'edges'> & { edges: Array<ResolversTypes['GridIncidentEdge']> }>;
  GridIncidentEdge: ResolverTypeWrapper<Omit<GridIncidentEdge, 'node'> & { node: ResolversTypes['GridIncident'] }>;
  GridIncidentFilter: GridIncidentFilter;
  GridIncidentPayload: ResolverTypeWrapper<Omit<GridIncidentPayload, 'gridIncident' | 'incident'> & { gridIncident?: Maybe<ResolversTypes['GridIncident']>, incident?: Maybe<ResolversTypes['GridIncident']> }>;
  HandleGridIncidentInput: HandleGridIncidentInput;
  ImplementationStatus: ImplementationStatus;
  IncidentDepartmentStatistics: ResolverTypeWrapper<IncidentDepartmentStatistics>;
  IncidentEvaluation: ResolverTypeWrapper<EvaluationRow>;
  IncidentReporterKind: IncidentReporterKind;
  IncidentRoute: ResolverTypeWrapper<RouteRow>;
  IncidentRouteConnection: ResolverTypeWrapper<Omit<IncidentRouteConnection, 'edges'> & { edges: Array<ResolversTypes['IncidentRouteEdge']> }>;
  IncidentRouteEdge: ResolverTypeWrapper<Omit<IncidentRouteEdge, 'node'> & { node: ResolversTypes['IncidentRoute'] }>;
  IncidentRoutePayload: ResolverTypeWrapper<Omit<IncidentRoutePayload, 'incidentRoute' | 'route'> & { incidentRoute?: Maybe<ResolversTypes['IncidentRoute']>, route?: Maybe<ResolversTypes['IncidentRoute']> }>;
  IncidentStep: IncidentStep;
  IncidentStepChange: ResolverTypeWrapper<StepRow>;
  IncidentStepStatistics: ResolverTypeWrapper<IncidentStepStatistics>;
  MediationAgreement: ResolverTypeWrapper<MediationAgreement>;
  MediationCommittee: ResolverTypeWrapper<CommitteeRow>;
  MediationCommitteeConnection: ResolverTypeWrapper<Omit<MediationCommitteeConnection, 'edges'> & { edges: Array<ResolversTypes['MediationCommitteeEdge']> }>;
  MediationCommitteeEdge: ResolverTypeWrapper<Omit<MediationCommitteeEdge, 'node'> & { node: ResolversTypes['MediationCommittee'] }>;
  MediationCommitteePayload: ResolverTypeWrapper<Omit<MediationCommitteePayload, 'committee' | 'mediationCommittee'> & { committee?: Maybe<ResolversTypes['MediationCommittee']>, mediationCommittee?: Maybe<ResolversTypes['MediationCommittee']> }>;
  MediationMonthStatistics: ResolverTypeWrapper<MediationMonthStatistics>;
  MediationPeriodStatistics: ResolverTypeWrapper<MediationPeriodStatistics>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MediationSession: ResolverTypeWrapper<SessionRow>;
  MediationStatistics: ResolverTypeWrapper<MediationStatistics>;
  Mediator: ResolverTypeWrapper<MediatorRow>;
  MediatorEmployment: MediatorEmployment;
  MediatorPayload: ResolverTypeWrapper<Omit<MediatorPayload, 'mediator'> & { mediator?: Maybe<ResolversTypes['Mediator']> }>;
  Mutation: ResolverTypeWrapper<{}>;
  OpenDisputeCaseInput: OpenDisputeCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyRole: PartyRole;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRef>;
  Query: ResolverTypeWrapper<{}>;
  RaiseCouncilTopicInput: RaiseCouncilTopicInput;
  ReachAgreementInput: ReachAgreementInput;
  RecordCouncilMeetingInput: RecordCouncilMeetingInput;
  RecordMediationSessionInput: RecordMediationSessionInput;
  RecordNonFulfillmentInput: RecordNonFulfillmentInput;
  ReferDisputeCaseInput: ReferDisputeCaseInput;
  ReferralTarget: ReferralTarget;
  ReportGridIncidentInput: ReportGridIncidentInput;
  ResidentsCouncil: ResolverTypeWrapper<CouncilRow>;
  ResidentsCouncilConnection: ResolverTypeWrapper<Omit<ResidentsCouncilConnection, 'edges'> & { edges: Array<ResolversTypes['ResidentsCouncilEdge']> }>;
  ResidentsCouncilEdge: ResolverTypeWrapper<Omit<ResidentsCouncilEdge, 'node'> & { node: ResolversTypes['ResidentsCouncil'] }>;
  ResidentsCouncilPayload: ResolverTypeWrapper<Omit<ResidentsCouncilPayload, 'council' | 'residentsCouncil'> & { council?: Maybe<ResolversTypes['ResidentsCouncil']>, residentsCouncil?: Maybe<ResolversTypes['ResidentsCouncil']> }>;
  ResolveCouncilTopicInput: ResolveCouncilTopicInput;
  SeatCouncilMemberInput: SeatCouncilMemberInput;
  SeriesInterval: SeriesInterval;
  SetIncidentRouteInput: SetIncidentRouteInput;
  SuppressibleCount: ResolverTypeWrapper<SuppressibleCount>;
  TopicImplementation: ResolverTypeWrapper<TopicImplementation>;
  TopicStatus: TopicStatus;
  UnseatCouncilMemberInput: UnseatCouncilMemberInput;
  UpdateTopicImplementationInput: UpdateTopicImplementationInput;
  UserError: ResolverTypeWrapper<UserError>;
  VoteChoice: VoteChoice;
  WithdrawDisputeCaseInput: WithdrawDisputeCaseInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddMediatorInput: AddMediatorInput;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Area: AreaRef;
  AssignMediatorInput: AssignMediatorInput;
  CaseTransitionInput: CaseTransitionInput;
  CastCouncilVoteInput: CastCouncilVoteInput;
  CouncilMeeting: MeetingRow;
  String: Scalars['String']['output'];
  CouncilMeetingConnection: Omit<CouncilMeetingConnection, 'edges'> & { edges: Array<ResolversParentTypes['CouncilMeetingEdge']> };
  Int: Scalars['Int']['output'];
  CouncilMeetingEdge: Omit<CouncilMeetingEdge, 'node'> & { node: ResolversParentTypes['CouncilMeeting'] };
  CouncilMeetingPayload: Omit<CouncilMeetingPayload, 'councilMeeting' | 'meeting'> & { councilMeeting?: Maybe<ResolversParentTypes['CouncilMeeting']>, meeting?: Maybe<ResolversParentTypes['CouncilMeeting']> };
  CouncilMember: MemberRow;
  CouncilMemberPayload: Omit<CouncilMemberPayload, 'councilMember' | 'member'> & { councilMember?: Maybe<ResolversParentTypes['CouncilMember']>, member?: Maybe<ResolversParentTypes['CouncilMember']> };
  CouncilSeatGroup: CouncilSeatGroup;
  CouncilSeatGroupInput: CouncilSeatGroupInput;
  CouncilStakeholder: StakeholderRow;
  CouncilStakeholderInput: CouncilStakeholderInput;
  CouncilTopic: TopicRow;
  CouncilTopicConnection: Omit<CouncilTopicConnection, 'edges'> & { edges: Array<ResolversParentTypes['CouncilTopicEdge']> };
  CouncilTopicEdge: Omit<CouncilTopicEdge, 'node'> & { node: ResolversParentTypes['CouncilTopic'] };
  CouncilTopicPayload: Omit<CouncilTopicPayload, 'councilTopic' | 'topic'> & { councilTopic?: Maybe<ResolversParentTypes['CouncilTopic']>, topic?: Maybe<ResolversParentTypes['CouncilTopic']> };
  CouncilVote: VoteRow;
  CouncilVoteTally: CouncilVoteTally;
  CreateMediationCommitteeInput: CreateMediationCommitteeInput;
  CreateResidentsCouncilInput: CreateResidentsCouncilInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Department: DepartmentRow;
  DispatchGridIncidentInput: DispatchGridIncidentInput;
  DisputeCase: CaseRow;
  DisputeCaseConnection: Omit<DisputeCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisputeCaseEdge']> };
  DisputeCaseEdge: Omit<DisputeCaseEdge, 'node'> & { node: ResolversParentTypes['DisputeCase'] };
  DisputeCaseFilter: DisputeCaseFilter;
  DisputeCasePayload: Omit<DisputeCasePayload, 'disputeCase'> & { disputeCase?: Maybe<ResolversParentTypes['DisputeCase']> };
  DisputeOutcomeStatistics: DisputeOutcomeStatistics;
  DisputeParty: PartyRow;
  DisputePartyInput: DisputePartyInput;
  DisputeReferral: DisputeReferral;
  DisputeStatusChange: CaseTransitionRow;
  DisputeTypeStatistics: DisputeTypeStatistics;
  EvaluateGridIncidentInput: EvaluateGridIncidentInput;
  FailMediationInput: FailMediationInput;
  FollowUpGridIncidentInput: FollowUpGridIncidentInput;
  GridIncident: IncidentRow;
  GridIncidentConnection: Omit<GridIncidentConnection, 'edges'> & { edges: Array<ResolversParentTypes['GridIncidentEdge']> };
  GridIncidentEdge: Omit<GridIncidentEdge, 'node'> & { node: ResolversParentTypes['GridIncident'] };
  GridIncidentFilter: GridIncidentFilter;
  GridIncidentPayload: Omit<GridIncidentPayload, 'gridIncident' | 'incident'> & { gridIncident?: Maybe<ResolversParentTypes['GridIncident']>, incident?: Maybe<ResolversParentTypes['GridIncident']> };
  HandleGridIncidentInput: HandleGridIncidentInput;
  IncidentDepartmentStatistics: IncidentDepartmentStatistics;
  IncidentEvaluation: EvaluationRow;
  IncidentRoute: RouteRow;
  IncidentRouteConnection: Omit<IncidentRouteConnection, 'edges'> & { edges: Array<ResolversParentTypes['IncidentRouteEdge']> };
  IncidentRouteEdge: Omit<IncidentRouteEdge, 'node'> & { node: ResolversParentTypes['IncidentRoute'] };
  IncidentRoutePayload: Omit<IncidentRoutePayload, 'incidentRoute' | 'route'> & { incidentRoute?: Maybe<ResolversParentTypes['IncidentRoute']>, route?: Maybe<ResolversParentTypes['IncidentRoute']> };
  IncidentStepChange: StepRow;
  IncidentStepStatistics: IncidentStepStatistics;
  MediationAgreement: MediationAgreement;
  MediationCommittee: CommitteeRow;
  MediationCommitteeConnection: Omit<MediationCommitteeConnection, 'edges'> & { edges: Array<ResolversParentTypes['MediationCommitteeEdge']> };
  MediationCommitteeEdge: Omit<MediationCommitteeEdge, 'node'> & { node: ResolversParentTypes['MediationCommittee'] };
  MediationCommitteePayload: Omit<MediationCommitteePayload, 'committee' | 'mediationCommittee'> & { committee?: Maybe<ResolversParentTypes['MediationCommittee']>, mediationCommittee?: Maybe<ResolversParentTypes['MediationCommittee']> };
  MediationMonthStatistics: MediationMonthStatistics;
  MediationPeriodStatistics: MediationPeriodStatistics;
  Float: Scalars['Float']['output'];
  MediationSession: SessionRow;
  MediationStatistics: MediationStatistics;
  Mediator: MediatorRow;
  MediatorPayload: Omit<MediatorPayload, 'mediator'> & { mediator?: Maybe<ResolversParentTypes['Mediator']> };
  Mutation: {};
  OpenDisputeCaseInput: OpenDisputeCaseInput;
  PageInfo: PageInfo;
  PeriodInput: PeriodInput;
  Person: PersonRef;
  Query: {};
  RaiseCouncilTopicInput: RaiseCouncilTopicInput;
  ReachAgreementInput: ReachAgreementInput;
  RecordCouncilMeetingInput: RecordCouncilMeetingInput;
  RecordMediationSessionInput: RecordMediationSessionInput;
  RecordNonFulfillmentInput: RecordNonFulfillmentInput;
  ReferDisputeCaseInput: ReferDisputeCaseInput;
  ReportGridIncidentInput: ReportGridIncidentInput;
  ResidentsCouncil: CouncilRow;
  ResidentsCouncilConnection: Omit<ResidentsCouncilConnection, 'edges'> & { edges: Array<ResolversParentTypes['ResidentsCouncilEdge']> };
  ResidentsCouncilEdge: Omit<ResidentsCouncilEdge, 'node'> & { node: ResolversParentTypes['ResidentsCouncil'] };
  ResidentsCouncilPayload: Omit<ResidentsCouncilPayload, 'council' | 'residentsCouncil'> & { council?: Maybe<ResolversParentTypes['ResidentsCouncil']>, residentsCouncil?: Maybe<ResolversParentTypes['ResidentsCouncil']> };
  ResolveCouncilTopicInput: ResolveCouncilTopicInput;
  SeatCouncilMemberInput: SeatCouncilMemberInput;
  SetIncidentRouteInput: SetIncidentRouteInput;
  SuppressibleCount: SuppressibleCount;
  TopicImplementation: TopicImplementation;
  UnseatCouncilMemberInput: UnseatCouncilMemberInput;
  UpdateTopicImplementationInput: UpdateTopicImplementationInput;
  UserError: UserError;
  WithdrawDisputeCaseInput: WithdrawDisputeCaseInput;
}>;

export type AreaResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediation?: Resolver<Maybe<ResolversTypes['MediationStatistics']>, ParentType, ContextType, Partial<AreaMediationArgs>>;
  mediationSeries?: Resolver<Maybe<Array<ResolversTypes['MediationPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaMediationSeriesArgs, 'every' | 'period'>>;
  mediationTrend?: Resolver<Maybe<Array<ResolversTypes['MediationMonthStatistics']>>, ParentType, ContextType, RequireFields<AreaMediationTrendArgs, 'period'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMeetingResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMeeting'] = ResolversParentTypes['CouncilMeeting']> = ResolversObject<{
  attendees?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['CouncilTopic']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMeetingConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMeetingConnection'] = ResolversParentTypes['CouncilMeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CouncilMeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMeetingEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMeetingEdge'] = ResolversParentTypes['CouncilMeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilMeeting'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMeetingPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMeetingPayload'] = ResolversParentTypes['CouncilMeetingPayload']> = ResolversObject<{
  councilMeeting?: Resolver<Maybe<ResolversTypes['CouncilMeeting']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['CouncilMeeting']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMemberResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMember'] = ResolversParentTypes['CouncilMember']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  seatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilMemberPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilMemberPayload'] = ResolversParentTypes['CouncilMemberPayload']> = ResolversObject<{
  councilMember?: Resolver<Maybe<ResolversTypes['CouncilMember']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['CouncilMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilSeatGroupResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilSeatGroup'] = ResolversParentTypes['CouncilSeatGroup']> = ResolversObject<{
  filled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilStakeholderResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilStakeholder'] = ResolversParentTypes['CouncilStakeholder']> = ResolversObject<{
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilTopicResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilTopic'] = ResolversParentTypes['CouncilTopic']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilTopic']>, { __typename: 'CouncilTopic' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  council?: Resolver<ResolversTypes['ResidentsCouncil'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementation?: Resolver<ResolversTypes['TopicImplementation'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['GridIncident']>, ParentType, ContextType>;
  raisedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  stakeholders?: Resolver<Array<ResolversTypes['CouncilStakeholder']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  tally?: Resolver<ResolversTypes['CouncilVoteTally'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  votes?: Resolver<Array<ResolversTypes['CouncilVote']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilTopicConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilTopicConnection'] = ResolversParentTypes['CouncilTopicConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CouncilTopicEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilTopicEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilTopicEdge'] = ResolversParentTypes['CouncilTopicEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilTopic'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilTopicPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilTopicPayload'] = ResolversParentTypes['CouncilTopicPayload']> = ResolversObject<{
  councilTopic?: Resolver<Maybe<ResolversTypes['CouncilTopic']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['CouncilTopic']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilVoteResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilVote'] = ResolversParentTypes['CouncilVote']> = ResolversObject<{
  castOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  choice?: Resolver<ResolversTypes['VoteChoice'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouncilVoteTallyResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['CouncilVoteTally'] = ResolversParentTypes['CouncilVoteTally']> = ResolversObject<{
  abstain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  against?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  for?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeCaseResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeCase'] = ResolversParentTypes['DisputeCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisputeCase']>, { __typename: 'DisputeCase' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  agreement?: Resolver<Maybe<ResolversTypes['MediationAgreement']>, ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['DisputeTransition']>, ParentType, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  committee?: Resolver<Maybe<ResolversTypes['MediationCommittee']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisputeStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['GridIncident']>, ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['DisputeParty']>, ParentType, ContextType>;
  referral?: Resolver<Maybe<ResolversTypes['DisputeReferral']>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['MediationSession']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DisputeType'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeCaseConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeCaseConnection'] = ResolversParentTypes['DisputeCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DisputeCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeCaseEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeCaseEdge'] = ResolversParentTypes['DisputeCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisputeCase'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeCasePayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeCasePayload'] = ResolversParentTypes['DisputeCasePayload']> = ResolversObject<{
  disputeCase?: Resolver<Maybe<ResolversTypes['DisputeCase']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeOutcomeStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeOutcomeStatistics'] = ResolversParentTypes['DisputeOutcomeStatistics']> = ResolversObject<{
  cases?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputePartyResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeParty'] = ResolversParentTypes['DisputeParty']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['PartyRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeReferralResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeReferral'] = ResolversParentTypes['DisputeReferral']> = ResolversObject<{
  institution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ReferralTarget'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeStatusChangeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeStatusChange'] = ResolversParentTypes['DisputeStatusChange']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['DisputeStatus']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DisputeTypeStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['DisputeTypeStatistics'] = ResolversParentTypes['DisputeTypeStatistics']> = ResolversObject<{
  cases?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DisputeType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridIncidentResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridIncident'] = ResolversParentTypes['GridIncident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GridIncident']>, { __typename: 'GridIncident' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  categoryName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  councilTopic?: Resolver<Maybe<ResolversTypes['CouncilTopic']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatchedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  disputeCase?: Resolver<Maybe<ResolversTypes['DisputeCase']>, ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['IncidentEvaluation']>, ParentType, ContextType>;
  followUpNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followedUpOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  handledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  handling?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['IncidentStepChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reopenCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reporter?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  reporterKind?: Resolver<ResolversTypes['IncidentReporterKind'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['IncidentStep'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridIncidentConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridIncidentConnection'] = ResolversParentTypes['GridIncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GridIncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridIncidentEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridIncidentEdge'] = ResolversParentTypes['GridIncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GridIncident'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridIncidentPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['GridIncidentPayload'] = ResolversParentTypes['GridIncidentPayload']> = ResolversObject<{
  gridIncident?: Resolver<Maybe<ResolversTypes['GridIncident']>, ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['GridIncident']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentDepartmentStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentDepartmentStatistics'] = ResolversParentTypes['IncidentDepartmentStatistics']> = ResolversObject<{
  departmentCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dispatched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handledOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentEvaluationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentEvaluation'] = ResolversParentTypes['IncidentEvaluation']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentRouteResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentRoute'] = ResolversParentTypes['IncidentRoute']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentRouteConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentRouteConnection'] = ResolversParentTypes['IncidentRouteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentRouteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentRouteEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentRouteEdge'] = ResolversParentTypes['IncidentRouteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IncidentRoute'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentRoutePayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentRoutePayload'] = ResolversParentTypes['IncidentRoutePayload']> = ResolversObject<{
  incidentRoute?: Resolver<Maybe<ResolversTypes['IncidentRoute']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['IncidentRoute']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentStepChangeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentStepChange'] = ResolversParentTypes['IncidentStepChange']> = ResolversObject<{
  from?: Resolver<Maybe<ResolversTypes['IncidentStep']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['IncidentStep'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncidentStepStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['IncidentStepStatistics'] = ResolversParentTypes['IncidentStepStatistics']> = ResolversObject<{
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['IncidentStep'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationAgreementResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationAgreement'] = ResolversParentTypes['MediationAgreement']> = ResolversObject<{
  fulfilledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fulfillmentDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fulfilmentDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reachedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationCommitteeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationCommittee'] = ResolversParentTypes['MediationCommittee']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MediationCommittee']>, { __typename: 'MediationCommittee' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediators?: Resolver<Array<ResolversTypes['Mediator']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationCommitteeConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationCommitteeConnection'] = ResolversParentTypes['MediationCommitteeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MediationCommitteeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationCommitteeEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationCommitteeEdge'] = ResolversParentTypes['MediationCommitteeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MediationCommittee'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationCommitteePayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationCommitteePayload'] = ResolversParentTypes['MediationCommitteePayload']> = ResolversObject<{
  committee?: Resolver<Maybe<ResolversTypes['MediationCommittee']>, ParentType, ContextType>;
  mediationCommittee?: Resolver<Maybe<ResolversTypes['MediationCommittee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationMonthStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationMonthStatistics'] = ResolversParentTypes['MediationMonthStatistics']> = ResolversObject<{
  casesClosed?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesFulfilled?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  councilMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsClosed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationPeriodStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationPeriodStatistics'] = ResolversParentTypes['MediationPeriodStatistics']> = ResolversObject<{
  averageDaysToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  casesByOutcome?: Resolver<Array<ResolversTypes['DisputeOutcomeStatistics']>, ParentType, ContextType>;
  casesByType?: Resolver<Array<ResolversTypes['DisputeTypeStatistics']>, ParentType, ContextType>;
  casesClosed?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesFulfilled?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  councilMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  incidentsByDepartment?: Resolver<Array<ResolversTypes['IncidentDepartmentStatistics']>, ParentType, ContextType>;
  incidentsByStep?: Resolver<Array<ResolversTypes['IncidentStepStatistics']>, ParentType, ContextType>;
  incidentsHandled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTimeHandlingRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueCases?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  successRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  topicsImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicsResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationSessionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationSession'] = ResolversParentTypes['MediationSession']> = ResolversObject<{
  attendees?: Resolver<Array<Maybe<ResolversTypes['Person']>>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediationStatisticsResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediationStatistics'] = ResolversParentTypes['MediationStatistics']> = ResolversObject<{
  averageDaysToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  casesByOutcome?: Resolver<Array<ResolversTypes['DisputeOutcomeStatistics']>, ParentType, ContextType>;
  casesByType?: Resolver<Array<ResolversTypes['DisputeTypeStatistics']>, ParentType, ContextType>;
  casesClosed?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesFulfilled?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  casesOpened?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  councilMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  incidentsByDepartment?: Resolver<Array<ResolversTypes['IncidentDepartmentStatistics']>, ParentType, ContextType>;
  incidentsByStep?: Resolver<Array<ResolversTypes['IncidentStepStatistics']>, ParentType, ContextType>;
  incidentsHandled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidentsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeHandlingRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueCases?: Resolver<ResolversTypes['SuppressibleCount'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  successRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  topicsImplemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicsRaised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topicsResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediatorResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Mediator'] = ResolversParentTypes['Mediator']> = ResolversObject<{
  committee?: Resolver<ResolversTypes['MediationCommittee'], ParentType, ContextType>;
  employment?: Resolver<ResolversTypes['MediatorEmployment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  volunteerLawyer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MediatorPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['MediatorPayload'] = ResolversParentTypes['MediatorPayload']> = ResolversObject<{
  mediator?: Resolver<Maybe<ResolversTypes['Mediator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addMediator?: Resolver<ResolversTypes['MediatorPayload'], ParentType, ContextType, RequireFields<MutationAddMediatorArgs, 'input'>>;
  assignMediator?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationAssignMediatorArgs, 'input'>>;
  castCouncilVote?: Resolver<ResolversTypes['CouncilTopicPayload'], ParentType, ContextType, RequireFields<MutationCastCouncilVoteArgs, 'input'>>;
  confirmFulfillment?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationConfirmFulfillmentArgs, 'input'>>;
  confirmFulfilment?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationConfirmFulfilmentArgs, 'input'>>;
  createMediationCommittee?: Resolver<ResolversTypes['MediationCommitteePayload'], ParentType, ContextType, RequireFields<MutationCreateMediationCommitteeArgs, 'input'>>;
  createResidentsCouncil?: Resolver<ResolversTypes['ResidentsCouncilPayload'], ParentType, ContextType, RequireFields<MutationCreateResidentsCouncilArgs, 'input'>>;
  dispatchGridIncident?: Resolver<ResolversTypes['GridIncidentPayload'], ParentType, ContextType, RequireFields<MutationDispatchGridIncidentArgs, 'input'>>;
  evaluateGridIncident?: Resolver<ResolversTypes['GridIncidentPayload'], ParentType, ContextType, RequireFields<MutationEvaluateGridIncidentArgs, 'input'>>;
  failMediation?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationFailMediationArgs, 'input'>>;
  followUpGridIncident?: Resolver<ResolversTypes['GridIncidentPayload'], ParentType, ContextType, RequireFields<MutationFollowUpGridIncidentArgs, 'input'>>;
  handleGridIncident?: Resolver<ResolversTypes['GridIncidentPayload'], ParentType, ContextType, RequireFields<MutationHandleGridIncidentArgs, 'input'>>;
  openDisputeCase?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationOpenDisputeCaseArgs, 'input'>>;
  raiseCouncilTopic?: Resolver<ResolversTypes['CouncilTopicPayload'], ParentType, ContextType, RequireFields<MutationRaiseCouncilTopicArgs, 'input'>>;
  reachAgreement?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationReachAgreementArgs, 'input'>>;
  recordCouncilMeeting?: Resolver<ResolversTypes['CouncilMeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordCouncilMeetingArgs, 'input'>>;
  recordMediationSession?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationRecordMediationSessionArgs, 'input'>>;
  recordNonFulfillment?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationRecordNonFulfillmentArgs, 'input'>>;
  referDisputeCase?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationReferDisputeCaseArgs, 'input'>>;
  reportGridIncident?: Resolver<ResolversTypes['GridIncidentPayload'], ParentType, ContextType, RequireFields<MutationReportGridIncidentArgs, 'input'>>;
  resolveCouncilTopic?: Resolver<ResolversTypes['CouncilTopicPayload'], ParentType, ContextType, RequireFields<MutationResolveCouncilTopicArgs, 'input'>>;
  seatCouncilMember?: Resolver<ResolversTypes['CouncilMemberPayload'], ParentType, ContextType, RequireFields<MutationSeatCouncilMemberArgs, 'input'>>;
  setIncidentRoute?: Resolver<ResolversTypes['IncidentRoutePayload'], ParentType, ContextType, RequireFields<MutationSetIncidentRouteArgs, 'input'>>;
  startMediation?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationStartMediationArgs, 'input'>>;
  unseatCouncilMember?: Resolver<ResolversTypes['CouncilMemberPayload'], ParentType, ContextType, RequireFields<MutationUnseatCouncilMemberArgs, 'input'>>;
  updateTopicImplementation?: Resolver<ResolversTypes['CouncilTopicPayload'], ParentType, ContextType, RequireFields<MutationUpdateTopicImplementationArgs, 'input'>>;
  withdrawDisputeCase?: Resolver<ResolversTypes['DisputeCasePayload'], ParentType, ContextType, RequireFields<MutationWithdrawDisputeCaseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  disputeCases?: Resolver<Maybe<ResolversTypes['DisputeCaseConnection']>, ParentType, ContextType, RequireFields<PersonDisputeCasesArgs, 'first'>>;
  disputes?: Resolver<Maybe<Array<ResolversTypes['DisputeCase']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  councilTopic?: Resolver<Maybe<ResolversTypes['CouncilTopic']>, ParentType, ContextType, RequireFields<QueryCouncilTopicArgs, 'id'>>;
  disputeCase?: Resolver<Maybe<ResolversTypes['DisputeCase']>, ParentType, ContextType, RequireFields<QueryDisputeCaseArgs, 'id'>>;
  disputeCases?: Resolver<ResolversTypes['DisputeCaseConnection'], ParentType, ContextType, RequireFields<QueryDisputeCasesArgs, 'first'>>;
  gridIncident?: Resolver<Maybe<ResolversTypes['GridIncident']>, ParentType, ContextType, RequireFields<QueryGridIncidentArgs, 'id'>>;
  gridIncidents?: Resolver<ResolversTypes['GridIncidentConnection'], ParentType, ContextType, RequireFields<QueryGridIncidentsArgs, 'first'>>;
  incidentRoutes?: Resolver<ResolversTypes['IncidentRouteConnection'], ParentType, ContextType, RequireFields<QueryIncidentRoutesArgs, 'first'>>;
  mediationCommittee?: Resolver<Maybe<ResolversTypes['MediationCommittee']>, ParentType, ContextType, RequireFields<QueryMediationCommitteeArgs, 'id'>>;
  mediationCommittees?: Resolver<ResolversTypes['MediationCommitteeConnection'], ParentType, ContextType, RequireFields<QueryMediationCommitteesArgs, 'first'>>;
  residentsCouncil?: Resolver<Maybe<ResolversTypes['ResidentsCouncil']>, ParentType, ContextType, RequireFields<QueryResidentsCouncilArgs, 'id'>>;
  residentsCouncils?: Resolver<ResolversTypes['ResidentsCouncilConnection'], ParentType, ContextType, RequireFields<QueryResidentsCouncilsArgs, 'first'>>;
}>;

export type ResidentsCouncilResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ResidentsCouncil'] = ResolversParentTypes['ResidentsCouncil']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResidentsCouncil']>, { __typename: 'ResidentsCouncil' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['CouncilMeetingConnection'], ParentType, ContextType, RequireFields<ResidentsCouncilMeetingsArgs, 'first'>>;
  members?: Resolver<Array<ResolversTypes['CouncilMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quorum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatPlan?: Resolver<Array<ResolversTypes['CouncilSeatGroup']>, ParentType, ContextType>;
  topics?: Resolver<ResolversTypes['CouncilTopicConnection'], ParentType, ContextType, RequireFields<ResidentsCouncilTopicsArgs, 'first'>>;
  totalSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidentsCouncilConnectionResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ResidentsCouncilConnection'] = ResolversParentTypes['ResidentsCouncilConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResidentsCouncilEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidentsCouncilEdgeResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ResidentsCouncilEdge'] = ResolversParentTypes['ResidentsCouncilEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResidentsCouncil'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ResidentsCouncilPayloadResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['ResidentsCouncilPayload'] = ResolversParentTypes['ResidentsCouncilPayload']> = ResolversObject<{
  council?: Resolver<Maybe<ResolversTypes['ResidentsCouncil']>, ParentType, ContextType>;
  residentsCouncil?: Resolver<Maybe<ResolversTypes['ResidentsCouncil']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SuppressibleCountResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['SuppressibleCount'] = ResolversParentTypes['SuppressibleCount']> = ResolversObject<{
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TopicImplementationResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['TopicImplementation'] = ResolversParentTypes['TopicImplementation']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImplementationStatus'], ParentType, ContextType>;
  updatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MediationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MediationContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  CouncilMeeting?: CouncilMeetingResolvers<ContextType>;
  CouncilMeetingConnection?: CouncilMeetingConnectionResolvers<ContextType>;
  CouncilMeetingEdge?: CouncilMeetingEdgeResolvers<ContextType>;
  CouncilMeetingPayload?: CouncilMeetingPayloadResolvers<ContextType>;
  CouncilMember?: CouncilMemberResolvers<ContextType>;
  CouncilMemberPayload?: CouncilMemberPayloadResolvers<ContextType>;
  CouncilSeatGroup?: CouncilSeatGroupResolvers<ContextType>;
  CouncilStakeholder?: CouncilStakeholderResolvers<ContextType>;
  CouncilTopic?: CouncilTopicResolvers<ContextType>;
  CouncilTopicConnection?: CouncilTopicConnectionResolvers<ContextType>;
  CouncilTopicEdge?: CouncilTopicEdgeResolvers<ContextType>;
  CouncilTopicPayload?: CouncilTopicPayloadResolvers<ContextType>;
  CouncilVote?: CouncilVoteResolvers<ContextType>;
  CouncilVoteTally?: CouncilVoteTallyResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DisputeCase?: DisputeCaseResolvers<ContextType>;
  DisputeCaseConnection?: DisputeCaseConnectionResolvers<ContextType>;
  DisputeCaseEdge?: DisputeCaseEdgeResolvers<ContextType>;
  DisputeCasePayload?: DisputeCasePayloadResolvers<ContextType>;
  DisputeOutcomeStatistics?: DisputeOutcomeStatisticsResolvers<ContextType>;
  DisputeParty?: DisputePartyResolvers<ContextType>;
  DisputeReferral?: DisputeReferralResolvers<ContextType>;
  DisputeStatusChange?: DisputeStatusChangeResolvers<ContextType>;
  DisputeTypeStatistics?: DisputeTypeStatisticsResolvers<ContextType>;
  GridIncident?: GridIncidentResolvers<ContextType>;
  GridIncidentConnection?: GridIncidentConnectionResolvers<ContextType>;
  GridIncidentEdge?: GridIncidentEdgeResolvers<ContextType>;
  GridIncidentPayload?: GridIncidentPayloadResolvers<ContextType>;
  IncidentDepartmentStatistics?: IncidentDepartmentStatisticsResolvers<ContextType>;
  IncidentEvaluation?: IncidentEvaluationResolvers<ContextType>;
  IncidentRoute?: IncidentRouteResolvers<ContextType>;
  IncidentRouteConnection?: IncidentRouteConnectionResolvers<ContextType>;
  IncidentRouteEdge?: IncidentRouteEdgeResolvers<ContextType>;
  IncidentRoutePayload?: IncidentRoutePayloadResolvers<ContextType>;
  IncidentStepChange?: IncidentStepChangeResolvers<ContextType>;
  IncidentStepStatistics?: IncidentStepStatisticsResolvers<ContextType>;
  MediationAgreement?: MediationAgreementResolvers<ContextType>;
  MediationCommittee?: MediationCommitteeResolvers<ContextType>;
  MediationCommitteeConnection?: MediationCommitteeConnectionResolvers<ContextType>;
  MediationCommitteeEdge?: MediationCommitteeEdgeResolvers<ContextType>;
  MediationCommitteePayload?: MediationCommitteePayloadResolvers<ContextType>;
  MediationMonthStatistics?: MediationMonthStatisticsResolvers<ContextType>;
  MediationPeriodStatistics?: MediationPeriodStatisticsResolvers<ContextType>;
  MediationSession?: MediationSessionResolvers<ContextType>;
  MediationStatistics?: MediationStatisticsResolvers<ContextType>;
  Mediator?: MediatorResolvers<ContextType>;
  MediatorPayload?: MediatorPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResidentsCouncil?: ResidentsCouncilResolvers<ContextType>;
  ResidentsCouncilConnection?: ResidentsCouncilConnectionResolvers<ContextType>;
  ResidentsCouncilEdge?: ResidentsCouncilEdgeResolvers<ContextType>;
  ResidentsCouncilPayload?: ResidentsCouncilPayloadResolvers<ContextType>;
  SuppressibleCount?: SuppressibleCountResolvers<ContextType>;
  TopicImplementation?: TopicImplementationResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

