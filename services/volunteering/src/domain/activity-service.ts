import { randomUUID } from 'node:crypto';
import { hasRole, inScope, type Viewer } from '@linli/auth';
import type { Organiser } from '@linli/contracts';
import { conflict, transaction, type Conflicts, type DataSource, type EntityManager } from '@linli/db';
import { ForbiddenError, isAreaCode, refuse, Validation } from '@linli/domain';
import { KNOWN_ORGANIZATIONS, ReadModelRepository, type Outbox } from '@linli/events';
import { ActivityRepository, type ActivityRow } from '../repositories/activity-repository';
import { AttendanceRepository, type AttendanceRow } from '../repositories/attendance-repository';
import { TeamRepository } from '../repositories/team-repository';
import { VolunteerRepository } from '../repositories/volunteer-repository';
import { reachOf, requireOrganizer, requireSignUpRight, STAFF, type Reach } from './access';
import {
  checkActivityTime,
  checkRange,
  chinaDay,
  countedMinutes,
  EARLIEST_DAY,
  hoursOf,
  MAX_CAPACITY,
  MAX_HOURS,
  MAX_LEAD_DAYS,
  MAX_MINUTES,
  minutesOfHours,
  missingSkills,
  normalizeSkills,
  servedMinutes,
} from './rules';

/**
 * The constraints each change relies on, and what the request that loses a race past the
 * check hears (the kernel's transaction answers the rule, never the constraint's name).
 */
export const ACTIVITY_CONFLICTS = {
  signUp: {
    attendances_one_live: conflict(['input', 'volunteerId'], 'ALREADY_SIGNED_UP', 'the volunteer is already signed up for this activity'),
    activities_signed_up_within_capacity: conflict(['input', 'activityId'], 'ACTIVITY_FULL', 'all places are taken'),
  },
  reverseHours: {
    hours_entries_one_reversal: conflict(['input', 'attendanceId'], 'HOURS_NOT_APPROVED', 'these hours have already been reversed'),
  },
} as const;

/** Volunteering's own settings (ServiceModule.settings), as the domain needs them. */
export interface ActivitySettings {
  /** How many minutes before the start check-in opens. */
  checkInOpensMinutes: number;
}

export interface PostActivity {
  organizer?: { teamId?: string | null; organizationId?: string | null } | null;
  /** The deprecated spelling of organizer; one of the two is given. */
  organiser?: { teamId?: string | null; organizationId?: string | null } | null;
  title: string;
  areaCode: string;
  place?: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  requiredSkills?: string[] | null;
}

/** Clock skew tolerated between a device's "now" and the server's. */
const SKEW_MS = 60_000;

type Result = { attendance: AttendanceRow };

/**
 * Activities and what happens at them: posting, sign-up (capacity held under concurrency),
 * attendance, and the served hours from counting to approval and reversal. Every change
 * commits with its event; a refusal throws inside the transaction, so nothing is written.
 */
export class ActivityService {
  private readonly reach: Reach;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly viewer: Viewer,
    private readonly settings: ActivitySettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.reach = reachOf(viewer);
  }

  async post(input: PostActivity): Promise<{ activity: ActivityRow }> {
    return transaction(this.dataSource, async (tx) => {
      const v = new Validation();
      const given = [input.organizer, input.organiser].filter((o) => !!o);
      const { teamId, organizationId } = given.length === 1 ? given[0]! : { teamId: null, organizationId: null };
      const title = input.title.trim();
      const place = input.place?.trim() || null;
      const areaOk = v.check(isAreaCode(input.areaCode) && inScope(this.viewer, input.areaCode), ['input', 'areaCode'], 'AREA_OUT_OF_SCOPE', 'areaCode must be an area within your areas');
      v.check(title.length >= 1 && title.length <= 200, ['input', 'title'], 'TITLE_INVALID', 'title must be 1 to 200 characters');
      v.check(place === null || place.length <= 200, ['input', 'place'], 'PLACE_INVALID', 'place must be at most 200 characters');
      checkRange(input.capacity, 1, MAX_CAPACITY, ['input', 'capacity'], v, { integer: true, what: 'capacity (places)' });
      const latest = new Date(this.now().getTime() + MAX_LEAD_DAYS * 86_400_000);
      if (
        v.check(
          input.startsAt.getTime() >= Date.parse(`${EARLIEST_DAY}T00:00:00+08:00`) && input.startsAt.getTime() <= latest.getTime(),
          ['input', 'startsAt'],
          'OUT_OF_RANGE',
          `an activity starts from ${EARLIEST_DAY} to ${MAX_LEAD_DAYS} days ahead`,
        )
      )
        checkActivityTime(input.startsAt, input.endsAt, v);
      const requiredSkills = normalizeSkills(input.requiredSkills, ['input', 'requiredSkills'], v);
      if (!!teamId === !!organizationId) v.add(['input', 'organizer'], 'ORGANIZER_REQUIRED', 'give one organizer with exactly one of teamId and organizationId');
      else if (teamId) {
        if (!hasRole(this.viewer, ...STAFF)) throw new ForbiddenError('only community staff post activities for teams');
        const [team] = await new TeamRepository(tx).byIds([teamId], this.viewer.areas);
        if (v.check(!!team, ['input', 'organizer', 'teamId'], 'TEAM_UNKNOWN', `no team ${teamId} in your areas`) && areaOk)
          v.check(input.areaCode.startsWith(team.areaCode), ['input', 'areaCode'], 'OUTSIDE_TEAM_AREA', `the team serves ${team.areaCode}; its activities take place there`);
      } else {
        if (!hasRole(this.viewer, ...STAFF) && !(hasRole(this.viewer, 'ORG_STAFF') && this.viewer.orgs.includes(organizationId!)))
          throw new ForbiddenError('only community staff or the organization’s own staff post its activities');
        // an organization whose home community lies outside the caller's areas is unknown to them
        const [organization] = await new ReadModelRepository(tx, KNOWN_ORGANIZATIONS).byIds([organizationId!], this.viewer.areas);
        if (v.check(!!organization, ['input', 'organizer', 'organizationId'], 'ORGANIZATION_UNKNOWN', `no organization ${organizationId} in your areas`))
          v.check(
            organization!.status === 'ACTIVE',
            ['input', 'organizer', 'organizationId'],
            'ORGANIZATION_NOT_ACTIVE',
            `${organization!.name} is ${organization!.status.toLowerCase()} and may not post activities`,
          );
      }
      v.throwIfAny();
      const activity = await new ActivityRepository(tx).insert({
        id: randomUUID(),
        organiserKind: teamId ? 'TEAM' : 'ORGANIZATION',
        teamId: teamId ?? null,
        organizationId: organizationId ?? null,
        title,
        areaCode: input.areaCode,
        place,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        capacity: input.capacity,
        signedUp: 0,
        requiredSkills,
        status: 'OPEN',
        cancellationReason: null,
      });
      await this.outbox.add(
        tx,
        'volunteering.activity.posted',
        activity.areaCode,
        { activityId: activity.id, organiser: organiserOf(activity), startsAt: activity.startsAt.toISOString(), endsAt: activity.endsAt.toISOString() },
        this.trace(),
      );
      return { activity };
    });
  }

  async cancel(input: { activityId: string; reason: string }): Promise<{ activity: ActivityRow }> {
    return transaction(this.dataSource, async (tx) => {
      const activity = await this.lockActivity(tx, input.activityId);
      requireOrganizer(this.viewer, activity, 'cancel it');
      const reason = input.reason.trim();
      const v = new Validation();
      v.check(activity.status === 'OPEN' || activity.status === 'FULL', ['input', 'activityId'], 'ACTIVITY_CLOSED', `the activity is already ${activity.status.toLowerCase()}`);
      v.check(reason.length >= 1 && reason.length <= 500, ['input', 'reason'], 'REASON_REQUIRED', 'say why, in 1 to 500 characters');
      v.throwIfAny();
      const attendances = new AttendanceRepository(tx);
      const counts = await attendances.statusesOf(activity.id);
      if (counts.CHECKED_IN + counts.CHECKED_OUT > 0)
        refuse(['input', 'activityId'], 'ATTENDANCE_RECORDED', 'volunteers have already checked in; complete the activity instead');
      await attendances.moveAll(activity.id, 'SIGNED_UP', 'CANCELLED');
      const cancelled = await new ActivityRepository(tx).close(activity.id, 'CANCELLED', reason, 0);
      await this.outbox.add(tx, 'volunteering.activity.cancelled', cancelled.areaCode, { activityId: cancelled.id, organiser: organiserOf(cancelled) }, this.trace());
      return { activity: cancelled };
    });
  }

  async complete(input: { activityId: string }): Promise<{ activity: ActivityRow }> {
    return transaction(this.dataSource, async (tx) => {
      const activity = await this.lockActivity(tx, input.activityId);
      requireOrganizer(this.viewer, activity, 'complete it');
      const v = new Validation();
      v.check(activity.status === 'OPEN' || activity.status === 'FULL', ['input', 'activityId'], 'ACTIVITY_CLOSED', `the activity is already ${activity.status.toLowerCase()}`);
      v.check(activity.endsAt.getTime() <= this.now().getTime(), ['input', 'activityId'], 'ACTIVITY_NOT_ENDED', 'an activity is completed once it has ended');
      v.throwIfAny();
      // whoever is still only signed up when the activity is over did not come
      await new AttendanceRepository(tx).moveAll(activity.id, 'SIGNED_UP', 'NO_SHOW');
      const completed = await new ActivityRepository(tx).close(activity.id, 'COMPLETED', null, activity.signedUp);
      await this.outbox.add(tx, 'volunteering.activity.completed', completed.areaCode, { activityId: completed.id, organiser: organiserOf(completed) }, this.trace());
      return { activity: completed };
    });
  }

  /**
   * Signs a volunteer up. The volunteer's row and then the activity's row are locked, in that
   * order everywhere: concurrent sign-ups for one activity take places one at a time (so 20
   * racing for 5 places give exactly 5), and one volunteer's sign-ups cannot clash by racing.
   * The partial unique index on live sign-ups and the capacity check back the locks.
   */
  async signUp(input: { activityId: string; volunteerId: string }): Promise<Result> {
    return transaction(this.dataSource, async (tx) => {
      // a volunteer signing up sees only their own record: naming another is naming an unknown one
      const [volunteer] = await new VolunteerRepository(tx).byIds([input.volunteerId], this.reach, true);
      if (!volunteer) refuse(['input', 'volunteerId'], 'VOLUNTEER_UNKNOWN', `no volunteer ${input.volunteerId} in your areas`);
      const activity = await this.lockActivity(tx, input.activityId);
      requireSignUpRight(this.viewer, activity, volunteer);
      const attendances = new AttendanceRepository(tx);
      const v = new Validation();
      v.check(volunteer.status === 'ACTIVE', ['input', 'volunteerId'], 'VOLUNTEER_NOT_ACTIVE', `the volunteer is ${volunteer.status.toLowerCase()}`);
      if (v.check(activity.status !== 'CANCELLED' && activity.status !== 'COMPLETED', ['input', 'activityId'], 'ACTIVITY_CLOSED', `the activity is ${activity.status.toLowerCase()}`))
        v.check(activity.signedUp < activity.capacity, ['input', 'activityId'], 'ACTIVITY_FULL', `all ${activity.capacity} places are taken`);
      v.check(!(await attendances.liveSignUp(activity.id, volunteer.id)), ['input', 'volunteerId'], 'ALREADY_SIGNED_UP', 'the volunteer is already signed up for this activity');
      const missing = missingSkills(activity.requiredSkills, volunteer.skills);
      v.check(missing.length === 0, ['input', 'volunteerId'], 'SKILL_MISSING', `the activity requires ${missing.join(', ')}`);
      const clashes = await attendances.clashes(volunteer.id, activity.id, activity.startsAt, activity.endsAt);
      v.check(clashes.length === 0, ['input', 'volunteerId'], 'TIME_CLASH', `the volunteer is signed up for ${clashes.map((c) => c.title).join(', ')} at the same time`);
      v.throwIfAny();
      const attendance = await attendances.insert({
        id: randomUUID(),
        activityId: activity.id,
        volunteerId: volunteer.id,
        areaCode: activity.areaCode,
        servedOn: chinaDay(activity.startsAt),
        startsAt: activity.startsAt,
        endsAt: activity.endsAt,
      });
      await new ActivityRepository(tx).changeSignedUp(activity.id, 1);
      return { attendance };
    }, ACTIVITY_CONFLICTS.signUp);
  }

  async cancelSignUp(input: { attendanceId: string }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      const [volunteer] = await new VolunteerRepository(tx).byIds([attendance.volunteerId], this.reach);
      requireSignUpRight(this.viewer, activity, volunteer ?? { personId: '' });
      if (attendance.status !== 'SIGNED_UP')
        refuse(['input', 'attendanceId'], 'SIGN_UP_NOT_CANCELLABLE', `the sign-up is ${attendance.status.toLowerCase().replace('_', ' ')}; only a sign-up before check-in can be cancelled`);
      const cancelled = await new AttendanceRepository(tx).update(attendance.id, { status: 'CANCELLED', cancelledAt: this.now() });
      if (activity.status === 'OPEN' || activity.status === 'FULL') await new ActivityRepository(tx).changeSignedUp(activity.id, -1);
      return { attendance: cancelled };
    });
  }

  async checkIn(input: { attendanceId: string; at?: Date | null }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'check volunteers in');
      const at = input.at ?? this.now();
      const v = new Validation();
      v.check(activity.status === 'OPEN' || activity.status === 'FULL', ['input', 'attendanceId'], 'ACTIVITY_CLOSED', `the activity is ${activity.status.toLowerCase()}`);
      v.check(attendance.status === 'SIGNED_UP', ['input', 'attendanceId'], 'NOT_SIGNED_UP', `the sign-up is ${attendance.status.toLowerCase().replace('_', ' ')}`);
      this.checkNotFuture(at, v);
      v.check(
        at.getTime() >= activity.startsAt.getTime() - this.settings.checkInOpensMinutes * 60_000,
        ['input', 'at'],
        'CHECK_IN_TOO_EARLY',
        `check-in opens ${this.settings.checkInOpensMinutes} minutes before the start`,
      );
      v.check(at.getTime() <= activity.endsAt.getTime(), ['input', 'at'], 'CHECK_IN_AFTER_END', 'the activity had ended by then');
      v.throwIfAny();
      return { attendance: await new AttendanceRepository(tx).update(attendance.id, { status: 'CHECKED_IN', checkedInAt: at }) };
    });
  }

  async checkOut(input: { attendanceId: string; at?: Date | null }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'check volunteers out');
      const at = input.at ?? this.now();
      const v = new Validation();
      v.check(activity.status !== 'CANCELLED', ['input', 'attendanceId'], 'ACTIVITY_CLOSED', 'the activity was cancelled');
      if (attendance.status === 'SIGNED_UP') v.add(['input', 'attendanceId'], 'CHECK_OUT_BEFORE_CHECK_IN', 'the volunteer has not checked in');
      else if (attendance.status === 'CHECKED_OUT') v.add(['input', 'attendanceId'], 'ALREADY_CHECKED_OUT', 'the volunteer has already checked out');
      else if (attendance.status !== 'CHECKED_IN') v.add(['input', 'attendanceId'], 'NOT_CHECKED_IN', `the sign-up is ${attendance.status.toLowerCase().replace('_', ' ')}`);
      else if (v.check(at.getTime() > attendance.checkedInAt!.getTime(), ['input', 'at'], 'CHECK_OUT_BEFORE_CHECK_IN', 'check-out must come after check-in'))
        v.check(servedMinutes(attendance.checkedInAt!, at) <= MAX_MINUTES, ['input', 'at'], 'SHIFT_TOO_LONG', 'one attendance counts at most 24 hours');
      this.checkNotFuture(at, v);
      v.throwIfAny();
      return {
        attendance: await new AttendanceRepository(tx).update(attendance.id, {
          status: 'CHECKED_OUT',
          checkedOutAt: at,
          recordedMinutes: servedMinutes(attendance.checkedInAt!, at),
          hoursStatus: 'PENDING',
        }),
      };
    });
  }

  async markNoShow(input: { attendanceId: string }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'record no-shows');
      const v = new Validation();
      v.check(activity.status !== 'CANCELLED', ['input', 'attendanceId'], 'ACTIVITY_CLOSED', 'the activity was cancelled');
      v.check(attendance.status === 'SIGNED_UP', ['input', 'attendanceId'], 'NOT_SIGNED_UP', `the sign-up is ${attendance.status.toLowerCase().replace('_', ' ')}`);
      v.check(activity.startsAt.getTime() <= this.now().getTime(), ['input', 'attendanceId'], 'ACTIVITY_NOT_STARTED', 'a volunteer can only miss an activity that has started');
      v.throwIfAny();
      return { attendance: await new AttendanceRepository(tx).update(attendance.id, { status: 'NO_SHOW' }) };
    });
  }

  /** Corrects the served time, in decimal hours (0 to 24, kept as whole minutes) or, deprecated, in minutes (0 to 1,440). */
  async adjust(input: { attendanceId: string; hours?: number | null; minutes?: number | null; reason: string }): Promise<Result> {
    const v = new Validation();
    const reason = input.reason.trim();
    const hours = input.hours ?? null;
    const legacyMinutes = input.minutes ?? null;
    let minutes = 0;
    if ((hours === null) === (legacyMinutes === null)) v.add(['input', 'hours'], 'HOURS_REQUIRED', 'give the served time once, as hours');
    else if (hours !== null) {
      if (checkRange(hours, 0, MAX_HOURS, ['input', 'hours'], v, { what: 'hours' })) minutes = minutesOfHours(hours);
    } else if (checkRange(legacyMinutes!, 0, MAX_MINUTES, ['input', 'minutes'], v, { integer: true, what: 'minutes' })) minutes = legacyMinutes!;
    v.check(reason.length >= 1 && reason.length <= 500, ['input', 'reason'], 'REASON_REQUIRED', 'say why, in 1 to 500 characters');
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'adjust hours');
      this.checkHoursOpen(attendance, v);
      v.throwIfAny();
      return { attendance: await new AttendanceRepository(tx).update(attendance.id, { adjustedMinutes: minutes, adjustmentReason: reason }) };
    });
  }

  /** Approves the counted hours: a ledger entry and volunteering.hours.approved commit together, the entry keyed by the event's id. */
  async approve(input: { attendanceId: string }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'approve hours');
      const v = new Validation();
      this.checkHoursOpen(attendance, v);
      const minutes = countedMinutes(attendance) ?? 0;
      if (!v.failed) v.check(minutes > 0, ['input', 'attendanceId'], 'NO_HOURS', 'there are no served minutes to approve');
      v.throwIfAny();
      const attendances = new AttendanceRepository(tx);
      const event = await this.outbox.add(tx, 'volunteering.hours.approved', attendance.areaCode, await this.hoursData(tx, activity, attendance, minutes), this.trace());
      await attendances.addEntry({ id: event.id, attendance, kind: 'APPROVAL', minutes, reason: null, reverses: null, recordedBy: this.viewer.id });
      return { attendance: await attendances.update(attendance.id, { hoursStatus: 'APPROVED', approvedAt: this.now() }) };
    });
  }

  /** Reverses approved hours explicitly: the approval stays in the ledger, a reversal entry and volunteering.hours.reversed answer it. */
  async reverse(input: { attendanceId: string; reason: string }): Promise<Result> {
    return this.onAttendance(input.attendanceId, async (tx, activity, attendance) => {
      requireOrganizer(this.viewer, activity, 'reverse hours');
      const reason = input.reason.trim();
      const v = new Validation();
      v.check(attendance.hoursStatus === 'APPROVED', ['input', 'attendanceId'], 'HOURS_NOT_APPROVED', 'only approved hours can be reversed');
      v.check(reason.length >= 1 && reason.length <= 500, ['input', 'reason'], 'REASON_REQUIRED', 'say why, in 1 to 500 characters');
      v.throwIfAny();
      const attendances = new AttendanceRepository(tx);
      const approval = (await attendances.entriesOf(attendance.id)).filter((e) => e.kind === 'APPROVAL').at(-1)!;
      const event = await this.outbox.add(
        tx,
        'volunteering.hours.reversed',
        attendance.areaCode,
        { ...(await this.hoursData(tx, activity, attendance, approval.minutes)), reason, approvedEventId: approval.id },
        this.trace(),
      );
      await attendances.addEntry({ id: event.id, attendance, kind: 'REVERSAL', minutes: approval.minutes, reason, reverses: approval.id, recordedBy: this.viewer.id });
      return { attendance: await attendances.update(attendance.id, { hoursStatus: 'REVERSED' }) };
    }, ACTIVITY_CONFLICTS.reverseHours);
  }

  /** Hours can be corrected or approved only after check-out and while not approved. */
  private checkHoursOpen(attendance: AttendanceRow, v: Validation): void {
    const field = ['input', 'attendanceId'];
    if (attendance.status === 'NO_SHOW') v.add(field, 'NO_SHOW_HAS_NO_HOURS', 'the volunteer did not come: there are no hours');
    else if (attendance.status !== 'CHECKED_OUT') v.add(field, 'NOT_CHECKED_OUT', 'hours are known once the volunteer has checked out');
    else if (attendance.hoursStatus === 'APPROVED') v.add(field, 'HOURS_APPROVED', 'approved hours never change; reverse them first, with a reason');
  }

  private checkNotFuture(at: Date, v: Validation): void {
    v.check(at.getTime() <= this.now().getTime() + SKEW_MS, ['input', 'at'], 'AT_IN_FUTURE', 'attendance cannot be recorded ahead of time');
  }

  private async hoursData(tx: EntityManager, activity: ActivityRow, attendance: AttendanceRow, minutes: number) {
    return {
      attendanceId: attendance.id,
      volunteerId: attendance.volunteerId,
      personId: await new VolunteerRepository(tx).personOf(attendance.volunteerId),
      activityId: activity.id,
      organiser: organiserOf(activity),
      minutes,
      hours: hoursOf(minutes),
      servedOn: attendance.servedOn,
    };
  }

  private async lockActivity(tx: EntityManager, id: string): Promise<ActivityRow> {
    const [activity] = await new ActivityRepository(tx).byIds([id], this.reach.areas, true);
    if (!activity) refuse(['input', 'activityId'], 'ACTIVITY_UNKNOWN', `no activity ${id} in your areas`);
    return activity;
  }

  /**
   * Runs a change to one attendance with its activity locked first, then the attendance: the
   * same lock order as everywhere. The locks order concurrent changes; `conflicts` names the
   * constraints that back them.
   */
  private async onAttendance(
    attendanceId: string,
    change: (tx: EntityManager, activity: ActivityRow, attendance: AttendanceRow) => Promise<Result>,
    conflicts: Conflicts = {},
  ): Promise<Result> {
    return transaction(this.dataSource, async (tx) => {
      const attendances = new AttendanceRepository(tx);
      const [seen] = await attendances.byIds([attendanceId], this.reach);
      if (!seen) refuse(['input', 'attendanceId'], 'ATTENDANCE_UNKNOWN', `no sign-up ${attendanceId} in your areas`);
      const [activity] = await new ActivityRepository(tx).byIds([seen.activityId], this.reach.areas, true);
      const [attendance] = await attendances.byIds([attendanceId], this.reach, true);
      return change(tx, activity, attendance);
    }, conflicts);
  }

  private trace() {
    return { requestId: this.viewer.requestId };
  }
}

export function organiserOf(activity: Pick<ActivityRow, 'organiserKind' | 'teamId' | 'organizationId'>): Organiser {
  return activity.organiserKind === 'TEAM' ? { kind: 'TEAM', teamId: activity.teamId! } : { kind: 'ORGANIZATION', organizationId: activity.organizationId! };
}
