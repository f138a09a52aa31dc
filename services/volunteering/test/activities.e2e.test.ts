import { rows, transaction, type Conflicts } from '@linli/db';
import { UserErrorsException } from '@linli/domain';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { ACTIVITY_CONFLICTS } from '../src/domain/activity-service';
import { VOLUNTEER_CONFLICTS } from '../src/domain/volunteer-service';
import { volunteering } from '../src/module';

const CONFLICTS = { ...VOLUNTEER_CONFLICTS, ...ACTIVITY_CONFLICTS };
import {
  activity,
  ADJUST,
  announce,
  applied,
  APPROVE,
  CANCEL_SIGN_UP,
  CHECK_IN,
  CHECK_OUT,
  COMMUNITY,
  count,
  GATEWAY_ENV,
  minutesAfter,
  NO_SHOW,
  organization,
  OTHER_COMMUNITY,
  POST_ACTIVITY,
  REVERSE,
  served,
  SIGN_UP,
  signUp,
  startOf,
  team,
  volunteers,
} from './builders';

const HOUR = 3600_000;
const ACTIVITY = `query ($id: ID!) { volunteerActivity(id: $id) { id status signedUp capacity attendances { totalCount edges { node { id status volunteer { id } } } } } }`;

describe('volunteer activities, sign-up and service hours, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  let teamId: string;
  const db = () => fed.service('volunteering').deps.dataSource;
  const outbox = (type: string, key: string, value: string) =>
    rows<{ id: string; data: Record<string, any> }>(db(), `SELECT envelope->>'id' AS id, envelope->'data' AS data FROM outbox WHERE type = $1 AND envelope->'data'->>'${key}' = $2 ORDER BY seq`, [type, value]);

  beforeAll(async () => {
    fed = await TestFederation.start([volunteering], { gatewayEnv: GATEWAY_ENV });
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    teamId = await team(fed, worker);
  });
  afterAll(() => fed.stop());

  describe('posting', () => {
    it('posts a team’s activity open with no place taken and publishes volunteering.activity.posted', async () => {
      const startsAt = new Date(Date.now() + 24 * HOUR);
      const data = await fed.ok(worker, POST_ACTIVITY, {
        input: { organiser: { teamId }, title: ' 邻里巡逻 ', areaCode: COMMUNITY, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString(), capacity: 3, requiredSkills: ['Patrol'] },
      });
      const posted = data.postVolunteerActivity;
      expect(posted.userErrors).toEqual([]);
      expect(posted.activity).toMatchObject({ title: '邻里巡逻', status: 'OPEN', capacity: 3, signedUp: 0, requiredSkills: ['patrol'], organiserKind: 'TEAM', organiser: { __typename: 'VolunteerTeam', id: teamId } });
      const [event] = await outbox('volunteering.activity.posted', 'activityId', posted.activity.id);
      expect(event.data).toEqual({ activityId: posted.activity.id, organiser: { kind: 'TEAM', teamId }, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString() });
    });

    it('refuses an activity that ends before it starts, writing nothing', async () => {
      const before = await count(fed, 'activities');
      const data = await fed.ok(worker, POST_ACTIVITY, {
        input: { organiser: { teamId }, title: '倒流时间', areaCode: COMMUNITY, startsAt: '2026-03-01T10:00:00+08:00', endsAt: '2026-03-01T09:00:00+08:00', capacity: 3 },
      });
      expect(data.postVolunteerActivity).toEqual({ activity: null, userErrors: [{ field: ['input', 'endsAt'], code: 'ENDS_BEFORE_START', message: expect.any(String) }] });
      expect(await count(fed, 'activities')).toBe(before);
      expect(await count(fed, 'outbox', `type = 'volunteering.activity.posted'`)).toBe(before);
    });

    it('refuses bad capacity, an area outside the caller’s, and an organiser that is neither or both, all at once', async () => {
      const before = await count(fed, 'activities');
      const data = await fed.ok(worker, POST_ACTIVITY, {
        input: { organiser: {}, title: '', areaCode: OTHER_COMMUNITY, startsAt: '2026-03-01T10:00:00+08:00', endsAt: '2026-03-01T12:00:00+08:00', capacity: 0 },
      });
      expect(data.postVolunteerActivity.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['AREA_OUT_OF_SCOPE', 'ORGANIZER_REQUIRED', 'OUT_OF_RANGE', 'TITLE_INVALID']);
      expect(await count(fed, 'activities')).toBe(before);
    });

    it('refuses an activity by a suspended or deregistered organisation, writing nothing, and takes one by an active organisation', async () => {
      const before = await count(fed, 'activities');
      for (const status of ['SUSPENDED', 'DEREGISTERED'] as const) {
        const organizationId = await organization(fed, status);
        const data = await fed.ok(worker, POST_ACTIVITY, {
          input: { organiser: { organizationId }, title: '义诊', areaCode: COMMUNITY, startsAt: '2026-03-01T10:00:00+08:00', endsAt: '2026-03-01T12:00:00+08:00', capacity: 5 },
        });
        expect(data.postVolunteerActivity.userErrors).toEqual([{ field: ['input', 'organizer', 'organizationId'], code: 'ORGANIZATION_NOT_ACTIVE', message: expect.stringContaining(status.toLowerCase()) }]);
      }
      expect(await count(fed, 'activities')).toBe(before);

      const organizationId = await organization(fed, 'ACTIVE');
      const data = await fed.ok(worker, POST_ACTIVITY, {
        input: { organiser: { organizationId }, title: '义诊', areaCode: COMMUNITY, startsAt: '2026-03-01T10:00:00+08:00', endsAt: '2026-03-01T12:00:00+08:00', capacity: 5 },
      });
      expect(data.postVolunteerActivity.userErrors).toEqual([]);
      expect(data.postVolunteerActivity.activity.organiser).toEqual({ __typename: 'Organization', id: organizationId });
      const listed = await fed.ok(worker, `query ($id: ID!) { volunteerActivity(id: $id) { organiser { ... on Organization { volunteerActivities { totalCount edges { node { id } } } } } } }`, {
        id: data.postVolunteerActivity.activity.id,
      });
      expect(listed.volunteerActivity.organiser.volunteerActivities).toEqual({ totalCount: 1, edges: [{ node: { id: data.postVolunteerActivity.activity.id } }] });
    });

    it('stops an organisation suspended after registering from posting, whatever order its events arrive in', async () => {
      const organizationId = await organization(fed, 'ACTIVE');
      const data = { organizationId, name: '凤馨苑公益协会', category: 'PUBLIC_WELFARE', areaCode: COMMUNITY };
      const suspendedAt = new Date(Date.now() + 1_000);
      await applied(fed, [
        await announce(fed, 'organizations.organization.status_changed', COMMUNITY, { ...data, status: 'SUSPENDED', previousStatus: 'ACTIVE', reason: '年检不合格', changedOn: '2026-01-01' }, suspendedAt),
        // an update from before the suspension, delivered late, must not make it active again
        await announce(fed, 'organizations.organization.updated', COMMUNITY, { ...data, status: 'ACTIVE' }, new Date(suspendedAt.getTime() - 500)),
      ]);
      const posted = await fed.ok(worker, POST_ACTIVITY, {
        input: { organiser: { organizationId }, title: '义诊', areaCode: COMMUNITY, startsAt: '2026-03-01T10:00:00+08:00', endsAt: '2026-03-01T12:00:00+08:00', capacity: 5 },
      });
      expect(posted.postVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['ORGANIZATION_NOT_ACTIVE']);
    });
  });

  describe('sign-up', () => {
    it('refuses a sign-up beyond capacity, writing nothing, and frees the place when a sign-up is cancelled', async () => {
      const [a, b] = await volunteers(fed, worker, 2);
      const activityId = await activity(fed, worker, teamId, { capacity: 1 });
      const attendanceId = await signUp(fed, worker, activityId, a.id);
      expect((await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity).toMatchObject({ status: 'FULL', signedUp: 1 });

      const refused = await fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: b.id } });
      expect(refused.signUpForVolunteerActivity).toEqual({ attendance: null, userErrors: [{ field: ['input', 'activityId'], code: 'ACTIVITY_FULL', message: expect.any(String) }] });
      expect(await count(fed, 'attendances', 'activity_id = $1', [activityId])).toBe(1);

      expect((await fed.ok(worker, CANCEL_SIGN_UP, { input: { attendanceId } })).cancelVolunteerSignUp.attendance.status).toBe('CANCELLED');
      expect((await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity).toMatchObject({ status: 'OPEN', signedUp: 0 });
      await signUp(fed, worker, activityId, b.id);
      const after = (await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity;
      expect(after).toMatchObject({ status: 'FULL', signedUp: 1 });
      expect(after.attendances.totalCount).toBe(2);
    });

    it('gives exactly 5 of 20 concurrent sign-ups the last 5 places', async () => {
      const early = await volunteers(fed, worker, 2);
      const racing = await volunteers(fed, worker, 20);
      const activityId = await activity(fed, worker, teamId, { capacity: 7 });
      for (const v of early) await signUp(fed, worker, activityId, v.id);

      const results = await Promise.all(racing.map((v) => fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: v.id } })));
      const outcomes = results.map((r) => r.signUpForVolunteerActivity);
      expect(outcomes.filter((o) => o.attendance !== null)).toHaveLength(5);
      const refusals = outcomes.filter((o) => o.attendance === null).map((o) => o.userErrors.map((e: { code: string }) => e.code));
      expect(refusals).toEqual(Array.from({ length: 15 }, () => ['ACTIVITY_FULL']));

      expect(await count(fed, 'attendances', `activity_id = $1 AND status <> 'CANCELLED'`, [activityId])).toBe(7);
      expect((await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity).toMatchObject({ status: 'FULL', signedUp: 7, capacity: 7 });
    });

    it('refuses a sign-up that clashes in time with another activity of the same volunteer, writing nothing', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const start = Date.now() + 48 * HOUR;
      const first = await activity(fed, worker, teamId, { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * HOUR).toISOString() });
      const overlapping = await activity(fed, worker, teamId, { title: '应急演练', startsAt: new Date(start + HOUR).toISOString(), endsAt: new Date(start + 3 * HOUR).toISOString() });
      const adjacent = await activity(fed, worker, teamId, { startsAt: new Date(start + 2 * HOUR).toISOString(), endsAt: new Date(start + 4 * HOUR).toISOString() });
      const firstAttendance = await signUp(fed, worker, first, v.id);

      const refused = await fed.ok(worker, SIGN_UP, { input: { activityId: overlapping, volunteerId: v.id } });
      expect(refused.signUpForVolunteerActivity.userErrors).toEqual([{ field: ['input', 'volunteerId'], code: 'TIME_CLASH', message: expect.stringContaining('爱心车队送老人就医') }]);
      expect(await count(fed, 'attendances', 'activity_id = $1', [overlapping])).toBe(0);

      await signUp(fed, worker, adjacent, v.id); // ending as the other begins is no clash
      await fed.ok(worker, CANCEL_SIGN_UP, { input: { attendanceId: firstAttendance } });
      const stillClashing = await fed.ok(worker, SIGN_UP, { input: { activityId: overlapping, volunteerId: v.id } });
      expect(stillClashing.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['TIME_CLASH']); // still clashes with the adjacent one
    });

    it('refuses a sign-up by a volunteer missing a required skill, writing nothing', async () => {
      const [walker] = await volunteers(fed, worker, 1, ['first-aid']);
      const [driver] = await volunteers(fed, worker, 1, ['Driving', 'first-aid']);
      const activityId = await activity(fed, worker, teamId, { requiredSkills: ['driving', 'first-aid'] });
      const refused = await fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: walker.id } });
      expect(refused.signUpForVolunteerActivity.userErrors).toEqual([{ field: ['input', 'volunteerId'], code: 'SKILL_MISSING', message: 'the activity requires driving' }]);
      expect(await count(fed, 'attendances', 'activity_id = $1', [activityId])).toBe(0);
      await signUp(fed, worker, activityId, driver.id);
    });

    it('refuses a second sign-up of the same volunteer and a sign-up by a suspended volunteer', async () => {
      const [v, paused] = await volunteers(fed, worker, 2);
      await fed.ok(worker, `mutation ($input: UpdateVolunteerInput!) { updateVolunteer(input: $input) { userErrors { code } } }`, { input: { volunteerId: paused.id, status: 'SUSPENDED' } });
      const activityId = await activity(fed, worker, teamId);
      await signUp(fed, worker, activityId, v.id);
      const again = await fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: v.id } });
      expect(again.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_SIGNED_UP']);
      const suspended = await fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: paused.id } });
      expect(suspended.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['VOLUNTEER_NOT_ACTIVE']);
      expect(await count(fed, 'attendances', 'activity_id = $1', [activityId])).toBe(1);
    });

    it('lets a volunteer sign themself up, but not someone else (unknown to them), and not record their own attendance', async () => {
      const [self, other] = await volunteers(fed, worker, 2);
      const activityId = await activity(fed, worker, teamId);
      const volunteerToken = await tokenFor('VOLUNTEER', [COMMUNITY], { personId: self.personId });
      const attendanceId = await signUp(fed, volunteerToken, activityId, self.id);
      // another volunteer's record is not the volunteer's to see: naming it is naming an unknown one
      const forOther = await fed.ok(volunteerToken, SIGN_UP, { input: { activityId, volunteerId: other.id } });
      expect(forOther.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['VOLUNTEER_UNKNOWN']);
      const checkIn = await fed.query(volunteerToken, CHECK_IN, { input: { attendanceId } });
      expect(checkIn.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await count(fed, 'attendances', 'activity_id = $1', [activityId])).toBe(1);
    });
  });

  describe('attendance and hours', () => {
    it('counts hours from check-in to check-out and refuses a check-out before the check-in, writing nothing', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const start = await startOf(fed, activityId);
      const attendanceId = await signUp(fed, worker, activityId, v.id);

      const early = await fed.ok(worker, CHECK_OUT, { input: { attendanceId, at: minutesAfter(start, 60).toISOString() } });
      expect(early.checkOutVolunteer).toEqual({ attendance: null, userErrors: [{ field: ['input', 'attendanceId'], code: 'CHECK_OUT_BEFORE_CHECK_IN', message: expect.any(String) }] });

      const checkedIn = await fed.ok(worker, CHECK_IN, { input: { attendanceId, at: minutesAfter(start, 5).toISOString() } });
      expect(checkedIn.checkInVolunteer.attendance.status).toBe('CHECKED_IN');
      const backwards = await fed.ok(worker, CHECK_OUT, { input: { attendanceId, at: start.toISOString() } });
      expect(backwards.checkOutVolunteer.userErrors).toEqual([{ field: ['input', 'at'], code: 'CHECK_OUT_BEFORE_CHECK_IN', message: expect.any(String) }]);
      expect(await count(fed, 'attendances', `id = $1 AND checked_out_at IS NULL AND status = 'CHECKED_IN'`, [attendanceId])).toBe(1);

      const out = await fed.ok(worker, CHECK_OUT, { input: { attendanceId, at: minutesAfter(start, 125).toISOString() } });
      expect(out.checkOutVolunteer.attendance).toMatchObject({ status: 'CHECKED_OUT', recordedMinutes: 120, hours: 2, hoursStatus: 'PENDING', adjustedMinutes: null });
    });

    it('refuses a check-in recorded ahead of time', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId, { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString() });
      const attendanceId = await signUp(fed, worker, activityId, v.id);
      const ahead = await fed.ok(worker, CHECK_IN, { input: { attendanceId, at: new Date(Date.now() + 30 * 60_000).toISOString() } });
      expect(ahead.checkInVolunteer.userErrors.map((e: { code: string }) => e.code)).toEqual(['AT_IN_FUTURE']);
    });

    it('lets the organiser adjust hours with a reason and approve them, publishing volunteering.hours.approved', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, 120));

      const noReason = await fed.ok(worker, ADJUST, { input: { attendanceId, minutes: 90, reason: '  ' } });
      expect(noReason.adjustVolunteerHours.userErrors.map((e: { code: string }) => e.code)).toEqual(['REASON_REQUIRED']);
      const tooMany = await fed.ok(worker, ADJUST, { input: { attendanceId, minutes: 2000, reason: '多算' } });
      expect(tooMany.adjustVolunteerHours.userErrors.map((e: { code: string }) => e.code)).toEqual(['OUT_OF_RANGE']);
      expect(await count(fed, 'attendances', 'id = $1 AND adjusted_minutes IS NULL', [attendanceId])).toBe(1);

      const adjusted = await fed.ok(worker, ADJUST, { input: { attendanceId, minutes: 90, reason: '提前半小时离开' } });
      expect(adjusted.adjustVolunteerHours.attendance).toMatchObject({ recordedMinutes: 120, adjustedMinutes: 90, adjustmentReason: '提前半小时离开', hours: 1.5 });

      const approved = await fed.ok(worker, APPROVE, { input: { attendanceId } });
      expect(approved.approveVolunteerHours.attendance).toMatchObject({ hoursStatus: 'APPROVED', hours: 1.5 });
      const events = await outbox('volunteering.hours.approved', 'attendanceId', attendanceId);
      expect(events).toHaveLength(1);
      expect(events[0].data).toEqual({
        attendanceId,
        volunteerId: v.id,
        personId: v.personId,
        activityId,
        organiser: { kind: 'TEAM', teamId },
        minutes: 90,
        hours: 1.5,
        servedOn: new Date(start.getTime() + 8 * HOUR).toISOString().slice(0, 10),
      });
      await eventually(async () => expect(await count(fed, 'outbox', 'id = $1 AND sent_at IS NOT NULL', [events[0].id])).toBe(1));
    });

    it('keeps approved hours unchanged: adjusting or approving again is refused', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, 60));
      await fed.ok(worker, APPROVE, { input: { attendanceId } });

      const adjust = await fed.ok(worker, ADJUST, { input: { attendanceId, minutes: 600, reason: '悄悄改' } });
      expect(adjust.adjustVolunteerHours.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOURS_APPROVED']);
      const again = await fed.ok(worker, APPROVE, { input: { attendanceId } });
      expect(again.approveVolunteerHours.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOURS_APPROVED']);
      expect(await count(fed, 'hours_entries', 'attendance_id = $1', [attendanceId])).toBe(1);
      expect(await count(fed, 'outbox', `type = 'volunteering.hours.approved' AND envelope->'data'->>'attendanceId' = $1`, [attendanceId])).toBe(1);
      // and not even the database lets the ledger be rewritten
      await expect(db().query(`UPDATE hours_entries SET minutes = 600 WHERE attendance_id = $1`, [attendanceId])).rejects.toThrow(/never changed/);
    });

    it('corrects approved hours only by an explicit reversal that names the approval, after which corrected hours are approved anew', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, 120));
      const notYet = await fed.ok(worker, REVERSE, { input: { attendanceId, reason: '录错' } });
      expect(notYet.reverseVolunteerHours.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOURS_NOT_APPROVED']);
      await fed.ok(worker, APPROVE, { input: { attendanceId } });

      const reversed = await fed.ok(worker, REVERSE, { input: { attendanceId, reason: '签退时间录错' } });
      expect(reversed.reverseVolunteerHours.attendance.hoursStatus).toBe('REVERSED');
      const [approval] = await outbox('volunteering.hours.approved', 'attendanceId', attendanceId);
      const [reversal] = await outbox('volunteering.hours.reversed', 'attendanceId', attendanceId);
      expect(reversal.data).toMatchObject({ attendanceId, minutes: 120, hours: 2, reason: '签退时间录错', approvedEventId: approval.id, personId: v.personId });

      await fed.ok(worker, ADJUST, { input: { attendanceId, minutes: 100, reason: '按实际签退时间' } });
      const reapproved = await fed.ok(worker, APPROVE, { input: { attendanceId } });
      expect(reapproved.approveVolunteerHours.attendance).toMatchObject({ hoursStatus: 'APPROVED', hours: 1.67 });
      expect(await count(fed, 'hours_entries', 'attendance_id = $1', [attendanceId])).toBe(3);
      const record = await fed.ok(worker, `query ($id: ID!) { volunteer(id: $id) { approvedHours } }`, { id: v.id });
      expect(record.volunteer.approvedHours).toBe(1.67);
    });

    it('refuses to approve hours for a no-show, writing nothing, and a no-show before the start', async () => {
      const [v, w] = await volunteers(fed, worker, 2);
      const future = await activity(fed, worker, teamId, { startsAt: new Date(Date.now() + 5 * HOUR).toISOString(), endsAt: new Date(Date.now() + 6 * HOUR).toISOString() });
      const early = await fed.ok(worker, NO_SHOW, { input: { attendanceId: await signUp(fed, worker, future, w.id) } });
      expect(early.markVolunteerNoShow.userErrors.map((e: { code: string }) => e.code)).toEqual(['ACTIVITY_NOT_STARTED']);

      const activityId = await activity(fed, worker, teamId);
      const attendanceId = await signUp(fed, worker, activityId, v.id);
      expect((await fed.ok(worker, NO_SHOW, { input: { attendanceId } })).markVolunteerNoShow.attendance).toMatchObject({ status: 'NO_SHOW', hours: null, hoursStatus: null });
      const refused = await fed.ok(worker, APPROVE, { input: { attendanceId } });
      expect(refused.approveVolunteerHours).toEqual({ attendance: null, userErrors: [{ field: ['input', 'attendanceId'], code: 'NO_SHOW_HAS_NO_HOURS', message: expect.any(String) }] });
      expect(await count(fed, 'hours_entries', 'attendance_id = $1', [attendanceId])).toBe(0);
      expect(await count(fed, 'outbox', `type LIKE 'volunteering.hours.%' AND envelope->'data'->>'attendanceId' = $1`, [attendanceId])).toBe(0);
      const checkOut = await fed.ok(worker, CHECK_OUT, { input: { attendanceId } });
      expect(checkOut.checkOutVolunteer.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_CHECKED_IN']);
    });

    it('cancels an activity with its sign-ups, and completes another, turning those who never came into no-shows', async () => {
      const [a, b, c] = await volunteers(fed, worker, 3);
      const cancelled = await activity(fed, worker, teamId, { startsAt: new Date(Date.now() + 72 * HOUR).toISOString(), endsAt: new Date(Date.now() + 73 * HOUR).toISOString() });
      await signUp(fed, worker, cancelled, a.id);
      const cancel = `mutation ($input: CancelVolunteerActivityInput!) { cancelVolunteerActivity(input: $input) { activity { status signedUp cancellationReason } userErrors { code } } }`;
      expect((await fed.ok(worker, cancel, { input: { activityId: cancelled, reason: '' } })).cancelVolunteerActivity.userErrors).toEqual([{ code: 'REASON_REQUIRED' }]);
      const done = await fed.ok(worker, cancel, { input: { activityId: cancelled, reason: '台风预警' } });
      expect(done.cancelVolunteerActivity).toEqual({ activity: { status: 'CANCELLED', signedUp: 0, cancellationReason: '台风预警' }, userErrors: [] });
      expect(await count(fed, 'attendances', `activity_id = $1 AND status = 'CANCELLED'`, [cancelled])).toBe(1);
      expect(await outbox('volunteering.activity.cancelled', 'activityId', cancelled)).toHaveLength(1);
      const late = await fed.ok(worker, SIGN_UP, { input: { activityId: cancelled, volunteerId: b.id } });
      expect(late.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['ACTIVITY_CLOSED']);

      const held = await activity(fed, worker, teamId);
      const start = await startOf(fed, held);
      await served(fed, worker, held, b.id, start, minutesAfter(start, 60));
      const absent = await signUp(fed, worker, held, c.id);
      const cancelHeld = await fed.ok(worker, cancel, { input: { activityId: held, reason: '改期' } });
      expect(cancelHeld.cancelVolunteerActivity.userErrors).toEqual([{ code: 'ATTENDANCE_RECORDED' }]);
      const complete = await fed.ok(worker, `mutation ($input: CompleteVolunteerActivityInput!) { completeVolunteerActivity(input: $input) { activity { status } userErrors { code } } }`, {
        input: { activityId: held },
      });
      expect(complete.completeVolunteerActivity).toEqual({ activity: { status: 'COMPLETED' }, userErrors: [] });
      expect(await count(fed, 'attendances', `id = $1 AND status = 'NO_SHOW'`, [absent])).toBe(1);
      expect(await outbox('volunteering.activity.completed', 'activityId', held)).toHaveLength(1);
    });

    it('refuses every change to an attendance outside the caller’s areas as unknown, writing nothing', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const attendanceId = await signUp(fed, worker, activityId, v.id);
      const elsewhere = await tokenFor('COMMUNITY_WORKER', [OTHER_COMMUNITY]);
      for (const mutation of [CHECK_IN, NO_SHOW, CANCEL_SIGN_UP]) {
        const data = await fed.ok(elsewhere, mutation, { input: { attendanceId } });
        expect((Object.values(data)[0] as { userErrors: { code: string }[] }).userErrors.map((e) => e.code)).toEqual(['ATTENDANCE_UNKNOWN']);
      }
      const signUpElsewhere = await fed.ok(elsewhere, SIGN_UP, { input: { activityId, volunteerId: v.id } });
      expect(signUpElsewhere.signUpForVolunteerActivity.userErrors.map((e: { code: string }) => e.code)).toEqual(['VOLUNTEER_UNKNOWN']);
      expect(await count(fed, 'attendances', `id = $1 AND status = 'SIGNED_UP'`, [attendanceId])).toBe(1);
      expect((await fed.ok(elsewhere, ACTIVITY, { id: activityId })).volunteerActivity).toBeNull();
    });
  });

  describe('requests racing past a check', () => {
    const codesOf = (result: { userErrors: { code: string }[] }) => result.userErrors.map((e) => e.code);

    it('signs a volunteer up once when the same sign-up is sent ten times at once, taking one place', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId, { capacity: 3 });
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, SIGN_UP, { input: { activityId, volunteerId: v.id } })));
      const outcomes = results.map((r) => r.signUpForVolunteerActivity);
      expect(outcomes.filter((o) => o.attendance !== null)).toHaveLength(1);
      expect(outcomes.filter((o) => o.attendance === null).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['ALREADY_SIGNED_UP']));
      expect((await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity).toMatchObject({ signedUp: 1, attendances: { totalCount: 1 } });
    });

    it('reverses approved hours once when ten reversals race, with one reversal event', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const activityId = await activity(fed, worker, teamId);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, 60));
      await fed.ok(worker, APPROVE, { input: { attendanceId } });
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, REVERSE, { input: { attendanceId, reason: '重复登记' } })));
      const outcomes = results.map((r) => r.reverseVolunteerHours);
      expect(outcomes.filter((o) => o.attendance !== null)).toHaveLength(1);
      expect(outcomes.filter((o) => o.attendance === null).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['HOURS_NOT_APPROVED']));
      expect(await outbox('volunteering.hours.reversed', 'attendanceId', attendanceId)).toHaveLength(1);
    });

    it('answers the rule’s user error, and keeps nothing of the change, when a constraint backing the rule refuses a write', async () => {
      // the locks order these changes, so no request reaches the constraint; here the constraint is hit on purpose
      const [v, other] = await volunteers(fed, worker, 2);
      const activityId = await activity(fed, worker, teamId, { capacity: 2 });
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, 60));
      await fed.ok(worker, APPROVE, { input: { attendanceId } });
      await fed.ok(worker, REVERSE, { input: { attendanceId, reason: '录错' } });
      const newTeam = await team(fed, worker);
      const violations: [Conflicts, string, string[]][] = [
        [CONFLICTS.registerVolunteer, `INSERT INTO volunteers (id, person_id, area_code, registered_on) SELECT gen_random_uuid(), person_id, area_code, registered_on FROM volunteers WHERE id = $1`, [v.id]],
        [CONFLICTS.createTeam, `INSERT INTO teams (id, name, kind, area_code) SELECT gen_random_uuid(), name, kind, area_code FROM teams WHERE id = $1`, [newTeam]],
        [CONFLICTS.addTeamMember, `INSERT INTO team_members (team_id, volunteer_id) VALUES ($1, $2), ($1, $2)`, [newTeam, other.id]],
        [CONFLICTS.assignCaptain, `WITH b AS (INSERT INTO known_buildings (id, grid_code, as_of, as_of_event) VALUES (gen_random_uuid(), '${COMMUNITY}001', now(), gen_random_uuid()) RETURNING id)
           INSERT INTO building_captains (building_id, volunteer_id, area_code) SELECT b.id, $1, '${COMMUNITY}001' FROM b, generate_series(1, 2)`, [other.id]],
        [CONFLICTS.giveAward, `INSERT INTO awards (id, volunteer_id, kind, title, awarded_on, awarded_by) SELECT gen_random_uuid(), $1, 'OTHER', '好邻居', '2025-01-01', 'test' FROM generate_series(1, 2)`, [other.id]],
        [CONFLICTS.signUp, `INSERT INTO attendances (id, activity_id, volunteer_id, area_code, served_on, starts_at, ends_at) SELECT gen_random_uuid(), activity_id, volunteer_id, area_code, served_on, starts_at, ends_at FROM attendances WHERE id = $1`, [attendanceId]],
        [CONFLICTS.signUp, `UPDATE activities SET signed_up = capacity + 1 WHERE id = $1`, [activityId]],
        [CONFLICTS.reverseHours, `INSERT INTO hours_entries (id, attendance_id, volunteer_id, activity_id, area_code, served_on, kind, minutes, reason, reverses, recorded_by)
           SELECT gen_random_uuid(), attendance_id, volunteer_id, activity_id, area_code, served_on, kind, minutes, reason, reverses, recorded_by FROM hours_entries WHERE attendance_id = $1 AND kind = 'REVERSAL'`, [attendanceId]],
      ];
      const tables = ['volunteers', 'teams', 'team_members', 'known_buildings', 'building_captains', 'awards', 'attendances', 'hours_entries'];
      const before = await Promise.all(tables.map((table) => count(fed, table)));
      const codes: string[] = [];
      for (const [conflicts, sql, params] of violations) {
        const failure = await transaction(
          db(),
          async (tx) => {
            await tx.query(`INSERT INTO awards (id, volunteer_id, kind, title, awarded_on, awarded_by) VALUES (gen_random_uuid(), $1, 'OTHER', '先写入的一行', '2025-02-01', 'test')`, [v.id]);
            await tx.query(sql, params);
          },
          conflicts,
        ).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(UserErrorsException);
        codes.push(...(failure as UserErrorsException).errors.map((e) => e.code));
      }
      expect(codes).toEqual(['ALREADY_VOLUNTEER', 'TEAM_NAME_TAKEN', 'ALREADY_MEMBER', 'ALREADY_CAPTAIN', 'AWARD_ALREADY_GIVEN', 'ALREADY_SIGNED_UP', 'ACTIVITY_FULL', 'HOURS_NOT_APPROVED']);
      expect(await Promise.all(tables.map((table) => count(fed, table)))).toEqual(before);
      expect((await fed.ok(worker, ACTIVITY, { id: activityId })).volunteerActivity.signedUp).toBe(1);
    });

    it('answers a generic user error, never the constraint’s name, for a violation of a constraint the change does not name', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const failure = await transaction(
        db(),
        (tx) => tx.query(`INSERT INTO volunteers (id, person_id, area_code, registered_on) SELECT gen_random_uuid(), person_id, area_code, registered_on FROM volunteers WHERE id = $1`, [v.id]),
        CONFLICTS.createTeam,
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(UserErrorsException);
      expect((failure as UserErrorsException).errors.map((e) => e.code)).toEqual(['CONFLICT']);
      expect(JSON.stringify((failure as UserErrorsException).errors)).not.toMatch(/volunteers_one_per_person|volunteers/);
    });
  });

  describe('the statistics roll-up', () => {
    /** The day roll-up as kept, and as counted afresh from the tables it sums. */
    const kept = () =>
      rows(db(), `SELECT area_code, to_char(day, 'YYYY-MM-DD') AS day, registrations::text, activities::text, person_times::text, approved_minutes::text
        FROM stats_volunteering_days ORDER BY area_code, day`);
    const live = () =>
      rows(
        db(),
        `SELECT area_code, to_char(day, 'YYYY-MM-DD') AS day, sum(r)::text AS registrations, sum(a)::text AS activities, sum(t)::text AS person_times, sum(m)::text AS approved_minutes
         FROM (SELECT area_code, registered_on AS day, 1 AS r, 0 AS a, 0 AS t, 0 AS m FROM volunteers WHERE status <> 'WITHDRAWN'
           UNION ALL SELECT area_code, (starts_at AT TIME ZONE 'Asia/Shanghai')::date, 0, 1, 0, 0 FROM activities WHERE status <> 'CANCELLED'
           UNION ALL SELECT area_code, served_on, 0, 0, 1, 0 FROM attendances WHERE status = 'CHECKED_OUT'
           UNION ALL SELECT area_code, served_on, 0, 0, 0, CASE kind WHEN 'APPROVAL' THEN minutes ELSE -minutes END FROM hours_entries) d
         GROUP BY 1, 2 HAVING sum(r) <> 0 OR sum(a) <> 0 OR sum(t) <> 0 OR sum(m) <> 0 ORDER BY 1, 2`,
      );

    it('loses no count when twenty check-outs and then twenty approvals of one grid and day commit at once', async () => {
      const crowd = await volunteers(fed, worker, 20);
      const activityId = await activity(fed, worker, teamId, { capacity: 20 });
      const start = await startOf(fed, activityId);
      const attendanceIds = await Promise.all(crowd.map((v) => signUp(fed, worker, activityId, v.id)));
      for (const attendanceId of attendanceIds) await fed.ok(worker, CHECK_IN, { input: { attendanceId, at: start.toISOString() } });
      const before = await rows<{ n: string; m: string }>(db(), `SELECT coalesce(sum(person_times), 0)::text AS n, coalesce(sum(approved_minutes), 0)::text AS m FROM stats_volunteering_days`);
      const outs = await Promise.all(attendanceIds.map((attendanceId) => fed.ok(worker, CHECK_OUT, { input: { attendanceId, at: minutesAfter(start, 30).toISOString() } })));
      expect(outs.every((o) => o.checkOutVolunteer.userErrors.length === 0)).toBe(true);
      const approvals = await Promise.all(attendanceIds.map((attendanceId) => fed.ok(worker, APPROVE, { input: { attendanceId } })));
      expect(approvals.every((a) => a.approveVolunteerHours.userErrors.length === 0)).toBe(true);
      const [after] = await rows<{ n: string; m: string }>(db(), `SELECT coalesce(sum(person_times), 0)::text AS n, coalesce(sum(approved_minutes), 0)::text AS m FROM stats_volunteering_days`);
      expect(Number(after.n) - Number(before[0].n)).toBe(20);
      expect(Number(after.m) - Number(before[0].m)).toBe(20 * 30);
    });

    it('equals live counts of every table it sums after every kind of change above (posting, sign-ups, cancellations, no-shows, approvals, reversals, races)', async () => {
      expect((await kept()).length).toBeGreaterThan(0);
      expect(await kept()).toEqual(await live());
    });
  });
});
