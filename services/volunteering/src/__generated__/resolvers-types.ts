import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { VolunteerRow, AwardRow } from '../repositories/volunteer-repository';
import { TeamRow } from '../repositories/team-repository';
import { ActivityRow } from '../repositories/activity-repository';
import { AttendanceRow } from '../repositories/attendance-repository';
import { LeaderboardRow, VolunteeringFigures, SeriesPoint, AreaRef } from '../repositories/statistics-repository';
import { PersonRef, BuildingRef, OrganizationRef } from '../resolvers/refs';
import { VolunteeringContext } from '../context';
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

/** A place in the district; volunteering adds its figures. */
export type Area = {
  __typename?: 'Area';
  /** The area code. */
  code: Scalars['ID']['output'];
  /** Volunteering figures for this area and everything beneath it, in the period (default: this year to date); null only when they cannot be computed (with an error). */
  volunteering: Maybe<VolunteeringStatistics>;
  /**
   * Volunteering figures of this area and everything beneath it as a series: one point per month,
   * quarter or year of the period (the first and last clipped to it), at most 120 points, all in one
   * statement; null only when they cannot be computed (with an error).
   */
  volunteeringSeries: Maybe<Array<VolunteeringPeriodStatistics>>;
};


/** A place in the district; volunteering adds its figures. */
export type AreaVolunteeringArgs = {
  period?: InputMaybe<PeriodInput>;
};


/** A place in the district; volunteering adds its figures. */
export type AreaVolunteeringSeriesArgs = {
  every?: InputMaybe<SeriesInterval>;
  period: PeriodInput;
};

/** A building, as volunteering knows it from housing's events; volunteering adds its captains. */
export type Building = {
  __typename?: 'Building';
  /** The building captains (楼长) within the caller's areas. */
  captains: Array<Volunteer>;
  /** Building id. */
  id: Scalars['ID']['output'];
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

/** An activity to call off, and why. */
export type CancelVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** Why it is called off. */
  reason: Scalars['String']['input'];
};

/** A team and its new leader. */
export type ChangeVolunteerTeamLeaderInput = {
  /** The new leader: an active volunteer within the team's area, a member or not yet. */
  leaderId: Scalars['ID']['input'];
  /** The team (within your areas). */
  teamId: Scalars['ID']['input'];
};

/** An activity that has ended. */
export type CompleteVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a volunteer to a team. */
  addVolunteerTeamMember: VolunteerTeamPayload;
  /** The organizer corrects the served hours of a checked-out attendance before approval, with a reason. */
  adjustVolunteerHours: VolunteerAttendancePayload;
  /** The organizer approves the served hours; publishes volunteering.hours.approved. Approved hours never change. */
  approveVolunteerHours: VolunteerAttendancePayload;
  /** Makes a volunteer a building captain (楼长) of a building known from housing. */
  assignBuildingCaptain: BuildingCaptainPayload;
  /** Cancels an open or full activity nobody has checked in to yet; every sign-up is cancelled with it. */
  cancelVolunteerActivity: VolunteerActivityPayload;
  /** Cancels a sign-up before check-in; the place becomes free again. */
  cancelVolunteerSignUp: VolunteerAttendancePayload;
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
  /** Creates a volunteer team in an area; its leader, if given, becomes its first member. */
  createVolunteerTeam: VolunteerTeamPayload;
  /** Gives a volunteer an award (e.g. a place on the good-deeds board, a good-resident award); the same award (kind and title) once a day. */
  giveVolunteerAward: VolunteerAwardPayload;
  /** Records that a signed-up volunteer did not come, once the activity has started. */
  markVolunteerNoShow: VolunteerAttendancePayload;
  /** Posts an activity organized by a team or an active social organization; it opens for sign-up at once. */
  postVolunteerActivity: VolunteerActivityPayload;
  /** Registers a person (known from population) as a volunteer in an area; a person is registered once. */
  registerVolunteer: VolunteerPayload;
  /** Relieves a building captain of a building. */
  relieveBuildingCaptain: BuildingCaptainPayload;
  /** Removes a volunteer from a team; the leader cannot be removed. */
  removeVolunteerTeamMember: VolunteerTeamPayload;
  /**
   * Reverses approved hours explicitly, with a reason; publishes volunteering.hours.reversed. The hours may then
   * be adjusted and approved again.
   */
  reverseVolunteerHours: VolunteerAttendancePayload;
  /**
   * Signs a volunteer up for an activity. Refused when the activity is full (also under concurrent sign-ups),
   * when the volunteer is signed up for another activity at the same time, or lacks a required skill.
   */
  signUpForVolunteerActivity: VolunteerAttendancePayload;
  /** Changes a volunteer's skills or status. */
  updateVolunteer: VolunteerPayload;
};


export type MutationAddVolunteerTeamMemberArgs = {
  input: VolunteerTeamMemberInput;
};


export type MutationAdjustVolunteerHoursArgs = {
  input: AdjustVolunteerHoursInput;
};


export type MutationApproveVolunteerHoursArgs = {
  input: VolunteerAttendanceInput;
};


export type MutationAssignBuildingCaptainArgs = {
  input: BuildingCaptainInput;
};


export type MutationCancelVolunteerActivityArgs = {
  input: CancelVolunteerActivityInput;
};


export type MutationCancelVolunteerSignUpArgs = {
  input: VolunteerAttendanceInput;
};


export type MutationChangeVolunteerTeamLeaderArgs = {
  input: ChangeVolunteerTeamLeaderInput;
};


export type MutationCheckInVolunteerArgs = {
  input: VolunteerAttendanceTimeInput;
};


export type MutationCheckOutVolunteerArgs = {
  input: VolunteerAttendanceTimeInput;
};


export type MutationCompleteVolunteerActivityArgs = {
  input: CompleteVolunteerActivityInput;
};


export type MutationCreateVolunteerTeamArgs = {
  input: CreateVolunteerTeamInput;
};


export type MutationGiveVolunteerAwardArgs = {
  input: GiveVolunteerAwardInput;
};


export type MutationMarkVolunteerNoShowArgs = {
  input: VolunteerAttendanceInput;
};


export type MutationPostVolunteerActivityArgs = {
  input: PostVolunteerActivityInput;
};


export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


export type MutationRelieveBuildingCaptainArgs = {
  input: BuildingCaptainInput;
};


export type MutationRemoveVolunteerTeamMemberArgs = {
  input: VolunteerTeamMemberInput;
};


export type MutationReverseVolunteerHoursArgs = {
  input: ReverseVolunteerHoursInput;
};


export type MutationSignUpForVolunteerActivityArgs = {
  input: SignUpForVolunteerActivityInput;
};


export type MutationUpdateVolunteerArgs = {
  input: UpdateVolunteerInput;
};

/** An organization known from organizations' events; volunteering adds its activities. */
export type Organization = {
  __typename?: 'Organization';
  /** Organization id. */
  id: Scalars['ID']['output'];
  /** Volunteer activities the organization organizes within the caller's areas, newest start first. */
  volunteerActivities: VolunteerActivityConnection;
};


/** An organization known from organizations' events; volunteering adds its activities. */
export type OrganizationVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A person; volunteering adds their volunteer record. */
export type Person = {
  __typename?: 'Person';
  /** Person id. */
  id: Scalars['ID']['output'];
  /** The person's volunteer record, if they are registered as a volunteer within the caller's areas. */
  volunteer: Maybe<Volunteer>;
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

export type Query = {
  __typename?: 'Query';
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


export type QueryVolunteerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVolunteerActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerAttendanceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerLeaderboardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  areaCode: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  period: PeriodInput;
};


export type QueryVolunteerTeamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerTeamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Approved hours to take back, and why. */
export type ReverseVolunteerHoursInput = {
  /** The attendance whose approved hours are reversed. */
  attendanceId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** How long each period of a statistics series is. */
export type SeriesInterval =
  /** A calendar month */
  | 'MONTH'
  /** A calendar quarter */
  | 'QUARTER'
  /** A calendar year */
  | 'YEAR';

/** Who signs up for which activity. */
export type SignUpForVolunteerActivityInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** The volunteer signing up. */
  volunteerId: Scalars['ID']['input'];
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
  /** A stable code, e.g. ACTIVITY_FULL. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault. */
  field: Array<Scalars['String']['output']>;
  /** What is wrong, in a sentence. */
  message: Scalars['String']['output'];
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

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  VolunteerActivityOrganizer: ( OrganizationRef ) | ( TeamRow );
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustVolunteerHoursInput: AdjustVolunteerHoursInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Area: ResolverTypeWrapper<AreaRef>;
  Building: ResolverTypeWrapper<BuildingRef>;
  BuildingCaptainInput: BuildingCaptainInput;
  BuildingCaptainPayload: ResolverTypeWrapper<Omit<BuildingCaptainPayload, 'building'> & { building?: Maybe<ResolversTypes['Building']> }>;
  CancelVolunteerActivityInput: CancelVolunteerActivityInput;
  ChangeVolunteerTeamLeaderInput: ChangeVolunteerTeamLeaderInput;
  CompleteVolunteerActivityInput: CompleteVolunteerActivityInput;
  CreateVolunteerTeamInput: CreateVolunteerTeamInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GiveVolunteerAwardInput: GiveVolunteerAwardInput;
  Mutation: ResolverTypeWrapper<{}>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PeriodInput: PeriodInput;
  Person: ResolverTypeWrapper<PersonRef>;
  PostVolunteerActivityInput: PostVolunteerActivityInput;
  Query: ResolverTypeWrapper<{}>;
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReverseVolunteerHoursInput: ReverseVolunteerHoursInput;
  SeriesInterval: SeriesInterval;
  SignUpForVolunteerActivityInput: SignUpForVolunteerActivityInput;
  UpdateVolunteerInput: UpdateVolunteerInput;
  UserError: ResolverTypeWrapper<UserError>;
  Volunteer: ResolverTypeWrapper<VolunteerRow>;
  VolunteerActivity: ResolverTypeWrapper<ActivityRow>;
  VolunteerActivityConnection: ResolverTypeWrapper<Omit<VolunteerActivityConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerActivityEdge']> }>;
  VolunteerActivityEdge: ResolverTypeWrapper<Omit<VolunteerActivityEdge, 'node'> & { node: ResolversTypes['VolunteerActivity'] }>;
  VolunteerActivityFilter: VolunteerActivityFilter;
  VolunteerActivityOrganizer: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['VolunteerActivityOrganizer']>;
  VolunteerActivityPayload: ResolverTypeWrapper<Omit<VolunteerActivityPayload, 'activity' | 'volunteerActivity'> & { activity?: Maybe<ResolversTypes['VolunteerActivity']>, volunteerActivity?: Maybe<ResolversTypes['VolunteerActivity']> }>;
  VolunteerActivityStatus: VolunteerActivityStatus;
  VolunteerAttendance: ResolverTypeWrapper<AttendanceRow>;
  VolunteerAttendanceConnection: ResolverTypeWrapper<Omit<VolunteerAttendanceConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerAttendanceEdge']> }>;
  VolunteerAttendanceEdge: ResolverTypeWrapper<Omit<VolunteerAttendanceEdge, 'node'> & { node: ResolversTypes['VolunteerAttendance'] }>;
  VolunteerAttendanceInput: VolunteerAttendanceInput;
  VolunteerAttendancePayload: ResolverTypeWrapper<Omit<VolunteerAttendancePayload, 'attendance' | 'volunteerAttendance'> & { attendance?: Maybe<ResolversTypes['VolunteerAttendance']>, volunteerAttendance?: Maybe<ResolversTypes['VolunteerAttendance']> }>;
  VolunteerAttendanceStatus: VolunteerAttendanceStatus;
  VolunteerAttendanceTimeInput: VolunteerAttendanceTimeInput;
  VolunteerAward: ResolverTypeWrapper<AwardRow>;
  VolunteerAwardConnection: ResolverTypeWrapper<Omit<VolunteerAwardConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerAwardEdge']> }>;
  VolunteerAwardEdge: ResolverTypeWrapper<Omit<VolunteerAwardEdge, 'node'> & { node: ResolversTypes['VolunteerAward'] }>;
  VolunteerAwardKind: VolunteerAwardKind;
  VolunteerAwardPayload: ResolverTypeWrapper<Omit<VolunteerAwardPayload, 'award'> & { award?: Maybe<ResolversTypes['VolunteerAward']> }>;
  VolunteerConnection: ResolverTypeWrapper<Omit<VolunteerConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerEdge']> }>;
  VolunteerEdge: ResolverTypeWrapper<Omit<VolunteerEdge, 'node'> & { node: ResolversTypes['Volunteer'] }>;
  VolunteerFilter: VolunteerFilter;
  VolunteerHoursStatus: VolunteerHoursStatus;
  VolunteerLeaderboardConnection: ResolverTypeWrapper<Omit<VolunteerLeaderboardConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerLeaderboardEdge']> }>;
  VolunteerLeaderboardEdge: ResolverTypeWrapper<Omit<VolunteerLeaderboardEdge, 'node'> & { node: ResolversTypes['VolunteerLeaderboardEntry'] }>;
  VolunteerLeaderboardEntry: ResolverTypeWrapper<LeaderboardRow>;
  VolunteerOrganizerInput: VolunteerOrganizerInput;
  VolunteerOrganizerKind: VolunteerOrganizerKind;
  VolunteerPayload: ResolverTypeWrapper<Omit<VolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversTypes['Volunteer']> }>;
  VolunteerStatus: VolunteerStatus;
  VolunteerTeam: ResolverTypeWrapper<TeamRow>;
  VolunteerTeamConnection: ResolverTypeWrapper<Omit<VolunteerTeamConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerTeamEdge']> }>;
  VolunteerTeamEdge: ResolverTypeWrapper<Omit<VolunteerTeamEdge, 'node'> & { node: ResolversTypes['VolunteerTeam'] }>;
  VolunteerTeamFilter: VolunteerTeamFilter;
  VolunteerTeamKind: VolunteerTeamKind;
  VolunteerTeamMemberInput: VolunteerTeamMemberInput;
  VolunteerTeamPayload: ResolverTypeWrapper<Omit<VolunteerTeamPayload, 'team' | 'volunteerTeam'> & { team?: Maybe<ResolversTypes['VolunteerTeam']>, volunteerTeam?: Maybe<ResolversTypes['VolunteerTeam']> }>;
  VolunteeringPeriodStatistics: ResolverTypeWrapper<SeriesPoint>;
  VolunteeringStatistics: ResolverTypeWrapper<VolunteeringFigures>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustVolunteerHoursInput: AdjustVolunteerHoursInput;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Area: AreaRef;
  Building: BuildingRef;
  BuildingCaptainInput: BuildingCaptainInput;
  BuildingCaptainPayload: Omit<BuildingCaptainPayload, 'building'> & { building?: Maybe<ResolversParentTypes['Building']> };
  CancelVolunteerActivityInput: CancelVolunteerActivityInput;
  ChangeVolunteerTeamLeaderInput: ChangeVolunteerTeamLeaderInput;
  CompleteVolunteerActivityInput: CompleteVolunteerActivityInput;
  CreateVolunteerTeamInput: CreateVolunteerTeamInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GiveVolunteerAwardInput: GiveVolunteerAwardInput;
  Mutation: {};
  Organization: OrganizationRef;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PeriodInput: PeriodInput;
  Person: PersonRef;
  PostVolunteerActivityInput: PostVolunteerActivityInput;
  Query: {};
  RegisterVolunteerInput: RegisterVolunteerInput;
  ReverseVolunteerHoursInput: ReverseVolunteerHoursInput;
  SignUpForVolunteerActivityInput: SignUpForVolunteerActivityInput;
  UpdateVolunteerInput: UpdateVolunteerInput;
  UserError: UserError;
  Volunteer: VolunteerRow;
  VolunteerActivity: ActivityRow;
  VolunteerActivityConnection: Omit<VolunteerActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerActivityEdge']> };
  VolunteerActivityEdge: Omit<VolunteerActivityEdge, 'node'> & { node: ResolversParentTypes['VolunteerActivity'] };
  VolunteerActivityFilter: VolunteerActivityFilter;
  VolunteerActivityOrganizer: ResolversUnionTypes<ResolversParentTypes>['VolunteerActivityOrganizer'];
  VolunteerActivityPayload: Omit<VolunteerActivityPayload, 'activity' | 'volunteerActivity'> & { activity?: Maybe<ResolversParentTypes['VolunteerActivity']>, volunteerActivity?: Maybe<ResolversParentTypes['VolunteerActivity']> };
  VolunteerAttendance: AttendanceRow;
  VolunteerAttendanceConnection: Omit<VolunteerAttendanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerAttendanceEdge']> };
  VolunteerAttendanceEdge: Omit<VolunteerAttendanceEdge, 'node'> & { node: ResolversParentTypes['VolunteerAttendance'] };
  VolunteerAttendanceInput: VolunteerAttendanceInput;
  VolunteerAttendancePayload: Omit<VolunteerAttendancePayload, 'attendance' | 'volunteerAttendance'> & { attendance?: Maybe<ResolversParentTypes['VolunteerAttendance']>, volunteerAttendance?: Maybe<ResolversParentTypes['VolunteerAttendance']> };
  VolunteerAttendanceTimeInput: VolunteerAttendanceTimeInput;
  VolunteerAward: AwardRow;
  VolunteerAwardConnection: Omit<VolunteerAwardConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerAwardEdge']> };
  VolunteerAwardEdge: Omit<VolunteerAwardEdge, 'node'> & { node: ResolversParentTypes['VolunteerAward'] };
  VolunteerAwardPayload: Omit<VolunteerAwardPayload, 'award'> & { award?: Maybe<ResolversParentTypes['VolunteerAward']> };
  VolunteerConnection: Omit<VolunteerConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerEdge']> };
  VolunteerEdge: Omit<VolunteerEdge, 'node'> & { node: ResolversParentTypes['Volunteer'] };
  VolunteerFilter: VolunteerFilter;
  VolunteerLeaderboardConnection: Omit<VolunteerLeaderboardConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerLeaderboardEdge']> };
  VolunteerLeaderboardEdge: Omit<VolunteerLeaderboardEdge, 'node'> & { node: ResolversParentTypes['VolunteerLeaderboardEntry'] };
  VolunteerLeaderboardEntry: LeaderboardRow;
  VolunteerOrganizerInput: VolunteerOrganizerInput;
  VolunteerPayload: Omit<VolunteerPayload, 'volunteer'> & { volunteer?: Maybe<ResolversParentTypes['Volunteer']> };
  VolunteerTeam: TeamRow;
  VolunteerTeamConnection: Omit<VolunteerTeamConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerTeamEdge']> };
  VolunteerTeamEdge: Omit<VolunteerTeamEdge, 'node'> & { node: ResolversParentTypes['VolunteerTeam'] };
  VolunteerTeamFilter: VolunteerTeamFilter;
  VolunteerTeamMemberInput: VolunteerTeamMemberInput;
  VolunteerTeamPayload: Omit<VolunteerTeamPayload, 'team' | 'volunteerTeam'> & { team?: Maybe<ResolversParentTypes['VolunteerTeam']>, volunteerTeam?: Maybe<ResolversParentTypes['VolunteerTeam']> };
  VolunteeringPeriodStatistics: SeriesPoint;
  VolunteeringStatistics: VolunteeringFigures;
}>;

export type AreaResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Area']>, { __typename: 'Area' } & GraphQLRecursivePick<ParentType, {"code":true}>, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteering?: Resolver<Maybe<ResolversTypes['VolunteeringStatistics']>, ParentType, ContextType, Partial<AreaVolunteeringArgs>>;
  volunteeringSeries?: Resolver<Maybe<Array<ResolversTypes['VolunteeringPeriodStatistics']>>, ParentType, ContextType, RequireFields<AreaVolunteeringSeriesArgs, 'every' | 'period'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Building']>, { __typename: 'Building' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  captains?: Resolver<Array<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingCaptainPayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['BuildingCaptainPayload'] = ResolversParentTypes['BuildingCaptainPayload']> = ResolversObject<{
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addVolunteerTeamMember?: Resolver<ResolversTypes['VolunteerTeamPayload'], ParentType, ContextType, RequireFields<MutationAddVolunteerTeamMemberArgs, 'input'>>;
  adjustVolunteerHours?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationAdjustVolunteerHoursArgs, 'input'>>;
  approveVolunteerHours?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationApproveVolunteerHoursArgs, 'input'>>;
  assignBuildingCaptain?: Resolver<ResolversTypes['BuildingCaptainPayload'], ParentType, ContextType, RequireFields<MutationAssignBuildingCaptainArgs, 'input'>>;
  cancelVolunteerActivity?: Resolver<ResolversTypes['VolunteerActivityPayload'], ParentType, ContextType, RequireFields<MutationCancelVolunteerActivityArgs, 'input'>>;
  cancelVolunteerSignUp?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationCancelVolunteerSignUpArgs, 'input'>>;
  changeVolunteerTeamLeader?: Resolver<ResolversTypes['VolunteerTeamPayload'], ParentType, ContextType, RequireFields<MutationChangeVolunteerTeamLeaderArgs, 'input'>>;
  checkInVolunteer?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationCheckInVolunteerArgs, 'input'>>;
  checkOutVolunteer?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationCheckOutVolunteerArgs, 'input'>>;
  completeVolunteerActivity?: Resolver<ResolversTypes['VolunteerActivityPayload'], ParentType, ContextType, RequireFields<MutationCompleteVolunteerActivityArgs, 'input'>>;
  createVolunteerTeam?: Resolver<ResolversTypes['VolunteerTeamPayload'], ParentType, ContextType, RequireFields<MutationCreateVolunteerTeamArgs, 'input'>>;
  giveVolunteerAward?: Resolver<ResolversTypes['VolunteerAwardPayload'], ParentType, ContextType, RequireFields<MutationGiveVolunteerAwardArgs, 'input'>>;
  markVolunteerNoShow?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationMarkVolunteerNoShowArgs, 'input'>>;
  postVolunteerActivity?: Resolver<ResolversTypes['VolunteerActivityPayload'], ParentType, ContextType, RequireFields<MutationPostVolunteerActivityArgs, 'input'>>;
  registerVolunteer?: Resolver<ResolversTypes['VolunteerPayload'], ParentType, ContextType, RequireFields<MutationRegisterVolunteerArgs, 'input'>>;
  relieveBuildingCaptain?: Resolver<ResolversTypes['BuildingCaptainPayload'], ParentType, ContextType, RequireFields<MutationRelieveBuildingCaptainArgs, 'input'>>;
  removeVolunteerTeamMember?: Resolver<ResolversTypes['VolunteerTeamPayload'], ParentType, ContextType, RequireFields<MutationRemoveVolunteerTeamMemberArgs, 'input'>>;
  reverseVolunteerHours?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationReverseVolunteerHoursArgs, 'input'>>;
  signUpForVolunteerActivity?: Resolver<ResolversTypes['VolunteerAttendancePayload'], ParentType, ContextType, RequireFields<MutationSignUpForVolunteerActivityArgs, 'input'>>;
  updateVolunteer?: Resolver<ResolversTypes['VolunteerPayload'], ParentType, ContextType, RequireFields<MutationUpdateVolunteerArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']>, { __typename: 'Organization' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteerActivities?: Resolver<ResolversTypes['VolunteerActivityConnection'], ParentType, ContextType, RequireFields<OrganizationVolunteerActivitiesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']>, { __typename: 'Person' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<QueryVolunteerArgs, 'id'>>;
  volunteerActivities?: Resolver<ResolversTypes['VolunteerActivityConnection'], ParentType, ContextType, RequireFields<QueryVolunteerActivitiesArgs, 'first'>>;
  volunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType, RequireFields<QueryVolunteerActivityArgs, 'id'>>;
  volunteerAttendance?: Resolver<Maybe<ResolversTypes['VolunteerAttendance']>, ParentType, ContextType, RequireFields<QueryVolunteerAttendanceArgs, 'id'>>;
  volunteerLeaderboard?: Resolver<ResolversTypes['VolunteerLeaderboardConnection'], ParentType, ContextType, RequireFields<QueryVolunteerLeaderboardArgs, 'areaCode' | 'first' | 'period'>>;
  volunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType, RequireFields<QueryVolunteerTeamArgs, 'id'>>;
  volunteerTeams?: Resolver<ResolversTypes['VolunteerTeamConnection'], ParentType, ContextType, RequireFields<QueryVolunteerTeamsArgs, 'first'>>;
  volunteers?: Resolver<ResolversTypes['VolunteerConnection'], ParentType, ContextType, RequireFields<QueryVolunteersArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']>, { __typename: 'Volunteer' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  approvedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attendances?: Resolver<ResolversTypes['VolunteerAttendanceConnection'], ParentType, ContextType, RequireFields<VolunteerAttendancesArgs, 'first'>>;
  awards?: Resolver<Array<ResolversTypes['VolunteerAward']>, ParentType, ContextType>;
  captainOf?: Resolver<Array<Maybe<ResolversTypes['Building']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  receivedAwards?: Resolver<ResolversTypes['VolunteerAwardConnection'], ParentType, ContextType, RequireFields<VolunteerReceivedAwardsArgs, 'first'>>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VolunteerStatus'], ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerActivityResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerActivity'] = ResolversParentTypes['VolunteerActivity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerActivity']>, { __typename: 'VolunteerActivity' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  attendances?: Resolver<ResolversTypes['VolunteerAttendanceConnection'], ParentType, ContextType, RequireFields<VolunteerActivityAttendancesArgs, 'first'>>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organiser?: Resolver<Maybe<ResolversTypes['VolunteerActivityOrganizer']>, ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['VolunteerOrganizerKind'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['VolunteerActivityOrganizer']>, ParentType, ContextType>;
  organizerKind?: Resolver<ResolversTypes['VolunteerOrganizerKind'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requiredSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  signedUp?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VolunteerActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerActivityConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerActivityConnection'] = ResolversParentTypes['VolunteerActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerActivityEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerActivityEdge'] = ResolversParentTypes['VolunteerActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerActivity'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerActivityOrganizerResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerActivityOrganizer'] = ResolversParentTypes['VolunteerActivityOrganizer']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Organization' | 'VolunteerTeam', ParentType, ContextType>;
}>;

export type VolunteerActivityPayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerActivityPayload'] = ResolversParentTypes['VolunteerActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAttendanceResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAttendance'] = ResolversParentTypes['VolunteerAttendance']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerAttendance']>, { __typename: 'VolunteerAttendance' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  activity?: Resolver<ResolversTypes['VolunteerActivity'], ParentType, ContextType>;
  adjustedHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  adjustedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  adjustmentReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedOutAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  hoursStatus?: Resolver<Maybe<ResolversTypes['VolunteerHoursStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordedMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signedUpAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VolunteerAttendanceStatus'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAttendanceConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAttendanceConnection'] = ResolversParentTypes['VolunteerAttendanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerAttendanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAttendanceEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAttendanceEdge'] = ResolversParentTypes['VolunteerAttendanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerAttendance'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAttendancePayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAttendancePayload'] = ResolversParentTypes['VolunteerAttendancePayload']> = ResolversObject<{
  attendance?: Resolver<Maybe<ResolversTypes['VolunteerAttendance']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerAttendance?: Resolver<Maybe<ResolversTypes['VolunteerAttendance']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAwardResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAward'] = ResolversParentTypes['VolunteerAward']> = ResolversObject<{
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VolunteerAwardKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  volunteer?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAwardConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAwardConnection'] = ResolversParentTypes['VolunteerAwardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerAwardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAwardEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAwardEdge'] = ResolversParentTypes['VolunteerAwardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerAward'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerAwardPayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerAwardPayload'] = ResolversParentTypes['VolunteerAwardPayload']> = ResolversObject<{
  award?: Resolver<Maybe<ResolversTypes['VolunteerAward']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerConnection'] = ResolversParentTypes['VolunteerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerEdge'] = ResolversParentTypes['VolunteerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Volunteer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerLeaderboardConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerLeaderboardConnection'] = ResolversParentTypes['VolunteerLeaderboardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerLeaderboardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerLeaderboardEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerLeaderboardEdge'] = ResolversParentTypes['VolunteerLeaderboardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerLeaderboardEntry'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerLeaderboardEntryResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerLeaderboardEntry'] = ResolversParentTypes['VolunteerLeaderboardEntry']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerPayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerPayload'] = ResolversParentTypes['VolunteerPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerTeamResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerTeam'] = ResolversParentTypes['VolunteerTeam']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VolunteerTeam']>, { __typename: 'VolunteerTeam' } & GraphQLRecursivePick<ParentType, {"id":true}>, ContextType>;
  areaCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VolunteerTeamKind'], ParentType, ContextType>;
  leader?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['VolunteerConnection'], ParentType, ContextType, RequireFields<VolunteerTeamMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerTeamConnectionResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerTeamConnection'] = ResolversParentTypes['VolunteerTeamConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VolunteerTeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerTeamEdgeResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerTeamEdge'] = ResolversParentTypes['VolunteerTeamEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerTeam'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteerTeamPayloadResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteerTeamPayload'] = ResolversParentTypes['VolunteerTeamPayload']> = ResolversObject<{
  team?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  volunteerTeam?: Resolver<Maybe<ResolversTypes['VolunteerTeam']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteeringPeriodStatisticsResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteeringPeriodStatistics'] = ResolversParentTypes['VolunteeringPeriodStatistics']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  personTimes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  volunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VolunteeringStatisticsResolvers<ContextType = VolunteeringContext, ParentType extends ResolversParentTypes['VolunteeringStatistics'] = ResolversParentTypes['VolunteeringStatistics']> = ResolversObject<{
  activeVolunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  buildings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buildingsWithCaptain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  captainCoverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  personTimes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  teams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = VolunteeringContext> = ResolversObject<{
  Area?: AreaResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingCaptainPayload?: BuildingCaptainPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  VolunteerActivity?: VolunteerActivityResolvers<ContextType>;
  VolunteerActivityConnection?: VolunteerActivityConnectionResolvers<ContextType>;
  VolunteerActivityEdge?: VolunteerActivityEdgeResolvers<ContextType>;
  VolunteerActivityOrganizer?: VolunteerActivityOrganizerResolvers<ContextType>;
  VolunteerActivityPayload?: VolunteerActivityPayloadResolvers<ContextType>;
  VolunteerAttendance?: VolunteerAttendanceResolvers<ContextType>;
  VolunteerAttendanceConnection?: VolunteerAttendanceConnectionResolvers<ContextType>;
  VolunteerAttendanceEdge?: VolunteerAttendanceEdgeResolvers<ContextType>;
  VolunteerAttendancePayload?: VolunteerAttendancePayloadResolvers<ContextType>;
  VolunteerAward?: VolunteerAwardResolvers<ContextType>;
  VolunteerAwardConnection?: VolunteerAwardConnectionResolvers<ContextType>;
  VolunteerAwardEdge?: VolunteerAwardEdgeResolvers<ContextType>;
  VolunteerAwardPayload?: VolunteerAwardPayloadResolvers<ContextType>;
  VolunteerConnection?: VolunteerConnectionResolvers<ContextType>;
  VolunteerEdge?: VolunteerEdgeResolvers<ContextType>;
  VolunteerLeaderboardConnection?: VolunteerLeaderboardConnectionResolvers<ContextType>;
  VolunteerLeaderboardEdge?: VolunteerLeaderboardEdgeResolvers<ContextType>;
  VolunteerLeaderboardEntry?: VolunteerLeaderboardEntryResolvers<ContextType>;
  VolunteerPayload?: VolunteerPayloadResolvers<ContextType>;
  VolunteerTeam?: VolunteerTeamResolvers<ContextType>;
  VolunteerTeamConnection?: VolunteerTeamConnectionResolvers<ContextType>;
  VolunteerTeamEdge?: VolunteerTeamEdgeResolvers<ContextType>;
  VolunteerTeamPayload?: VolunteerTeamPayloadResolvers<ContextType>;
  VolunteeringPeriodStatistics?: VolunteeringPeriodStatisticsResolvers<ContextType>;
  VolunteeringStatistics?: VolunteeringStatisticsResolvers<ContextType>;
}>;

