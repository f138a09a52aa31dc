import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { makeIdNumber } from '@linli/domain';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { volunteering } from '../src/module';
import { ADJUST, APPROVE, COMMUNITY, count, DISTRICT, GATEWAY_ENV, GRID, minutesAfter, OTHER_COMMUNITY, OTHER_GRID, REGISTER_VOLUNTEER, served, signUp, startOf } from './builders';

const STREET = '440118001';
const HOUR = 3600_000;
const codesOf = (result: { userErrors: { code: string }[] }) => result.userErrors.map((e) => e.code);
const STATISTICS = `query ($code: ID!, $period: PeriodInput) { area(code: $code) { code volunteering(period: $period) {
  volunteers activeVolunteers teams activities approvedHours personTimes buildings buildingsWithCaptain captainCoverage } } }`;
const BOARD = `query ($area: ID!, $period: PeriodInput!) { volunteerLeaderboard(areaCode: $area, period: $period, first: 100) {
  totalCount edges { node { rank hours activities volunteer { id } } } } }`;
const POST = `mutation ($input: PostVolunteerActivityInput!) { postVolunteerActivity(input: $input) { volunteerActivity { id capacity organizerKind organizer { ... on VolunteerTeam { id } } }
  userErrors { field code } } }`;
const CREATE_TEAM = `mutation ($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { volunteerTeam { id } team { id } userErrors { code } } }`;
const MEMBER = `mutation ($input: VolunteerTeamMemberInput!) { addVolunteerTeamMember(input: $input) { volunteerTeam { id memberCount } userErrors { field code } } }`;
const PERIOD = { from: '2020-01-01', to: `${new Date().getFullYear() + 1}-12-31` };

/**
 * Who reads what of volunteering, through the gateway with population's real persons: a
 * volunteer reads only their own volunteer record and attendance; staff read their areas; a
 * person population places outside the caller's areas is null without nulling anything else.
 * Also the bounds of every number volunteering accepts, and its figures at the largest of them.
 */
describe('volunteering access, person references, bounds and hours, through the gateway', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;
  let sequence = 0;
  const period = PERIOD;

  /** A person registered with population in an area; volunteering learns them from population's event. */
  async function person(areaCode: string, name: string): Promise<string> {
    sequence += 1;
    const data = await fed.ok(admin, `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { code message } } }`, {
      input: { name, documentType: 'ID_CARD', documentNumber: makeIdNumber('430102', '1990-01-01', 300 + sequence, 'MALE'), sex: 'MALE', birthDate: '1990-01-01', householdType: 'LOCAL', areaCode },
    });
    expect(data.registerPerson.userErrors).toEqual([]);
    const id = data.registerPerson.person.id as string;
    await eventually(async () => expect(await count(fed, 'known_persons', 'id = $1', [id])).toBe(1), 10_000);
    return id;
  }

  async function register(token: string, personId: string, areaCode: string): Promise<string> {
    const data = await fed.ok(token, REGISTER_VOLUNTEER, { input: { personId, areaCode } });
    expect(data.registerVolunteer.userErrors).toEqual([]);
    return data.registerVolunteer.volunteer.id;
  }

  async function createTeam(areaCode: string, name: string, leaderId?: string): Promise<string> {
    const data = await fed.ok(worker, CREATE_TEAM, { input: { name, kind: 'NEIGHBORHOOD_PATROL', areaCode, leaderId } });
    expect(data.createVolunteerTeam.userErrors).toEqual([]);
    expect(data.createVolunteerTeam.team).toEqual(data.createVolunteerTeam.volunteerTeam);
    return data.createVolunteerTeam.volunteerTeam.id;
  }

  async function post(teamId: string, areaCode: string, extra: Record<string, unknown> = {}): Promise<string> {
    const startsAt = new Date(Date.now() - 3 * HOUR);
    const data = await fed.ok(worker, POST, {
      input: { organizer: { teamId }, title: '楼道清洁', areaCode, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(), capacity: 10, ...extra },
    });
    expect(data.postVolunteerActivity.userErrors).toEqual([]);
    return data.postVolunteerActivity.volunteerActivity.id;
  }

  beforeAll(async () => {
    fed = await TestFederation.start([population, housing, volunteering], { gatewayEnv: GATEWAY_ENV });
    admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    for (const [code, name] of [
      [DISTRICT, '增城区'],
      [STREET, '荔城街道'],
      [COMMUNITY, '凤馨苑社区'],
      [GRID, '凤馨苑第一网格'],
      [OTHER_GRID, '凤馨苑第二网格'],
      ['440118002', '增江街道'],
      [OTHER_COMMUNITY, '光明社区'],
    ])
      await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, { input: { code, name } });
  });
  afterAll(() => fed.stop());

  describe('writes reach only persons and volunteers in scope', () => {
    it('answers PERSON_UNKNOWN, writing nothing, when a worker registers a person living outside their areas', async () => {
      const outsider = await person(OTHER_COMMUNITY, '外社区居民');
      const before = await count(fed, 'volunteers');
      const data = await fed.ok(worker, REGISTER_VOLUNTEER, { input: { personId: outsider, areaCode: GRID } });
      expect(data.registerVolunteer).toEqual({ volunteer: null, userErrors: [{ field: ['input', 'personId'], code: 'PERSON_UNKNOWN', message: expect.not.stringContaining(OTHER_COMMUNITY) }] });
      expect(await count(fed, 'volunteers')).toBe(before);
      expect(await count(fed, 'outbox', `type = 'volunteering.volunteer.registered' AND envelope->'data'->>'personId' = $1`, [outsider])).toBe(0);
    });

    it('refuses a team member registered outside the team’s area with OUTSIDE_TEAM_AREA, writing nothing', async () => {
      const inside = await register(worker, await person(GRID, '网格一志愿者'), GRID);
      const outside = await register(worker, await person(OTHER_GRID, '网格二志愿者'), OTHER_GRID);
      const teamId = await createTeam(GRID, '第一网格平安队');
      const refused = await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: outside } });
      expect(refused.addVolunteerTeamMember).toEqual({ volunteerTeam: null, userErrors: [{ field: ['input', 'volunteerId'], code: 'OUTSIDE_TEAM_AREA' }] });
      expect(await count(fed, 'team_members', 'team_id = $1', [teamId])).toBe(0);
      const added = await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: inside } });
      expect(added.addVolunteerTeamMember).toEqual({ volunteerTeam: { id: teamId, memberCount: 1 }, userErrors: [] });
    });
  });

  describe('a volunteer reads their own record; staff read their areas', () => {
    let self: { personId: string; volunteerId: string };
    let other: { personId: string; volunteerId: string };
    let teamId: string;
    let activityId: string;
    let ownAttendance: string;
    let otherAttendance: string;
    let volunteerToken: string;

    beforeAll(async () => {
      const selfPerson = await person(GRID, '王自己');
      const otherPerson = await person(GRID, '李别人');
      self = { personId: selfPerson, volunteerId: await register(worker, selfPerson, GRID) };
      other = { personId: otherPerson, volunteerId: await register(worker, otherPerson, GRID) };
      teamId = await createTeam(COMMUNITY, '凤馨苑读权限队', other.volunteerId);
      await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: self.volunteerId } });
      activityId = await post(teamId, GRID);
      const start = await startOf(fed, activityId);
      ownAttendance = await served(fed, worker, activityId, self.volunteerId, start, minutesAfter(start, 60));
      otherAttendance = await served(fed, worker, activityId, other.volunteerId, start, minutesAfter(start, 90));
      for (const attendanceId of [ownAttendance, otherAttendance]) await fed.ok(worker, APPROVE, { input: { attendanceId } });
      volunteerToken = await tokenFor('VOLUNTEER', [COMMUNITY], { personId: self.personId });
    });

    it('shows a volunteer only their own volunteer record, with their own person, and another’s as null', async () => {
      const list = await fed.query(volunteerToken, `{ volunteers(first: 100) { totalCount edges { node { id person { id name } } } } }`);
      expect(list.errors).toBeUndefined();
      expect(list.data!.volunteers).toEqual({ totalCount: 1, edges: [{ node: { id: self.volunteerId, person: { id: self.personId, name: '王自己' } } }] });
      const byId = await fed.query(volunteerToken, `query ($a: ID!, $b: ID!) { own: volunteer(id: $a) { id attendances { totalCount } } other: volunteer(id: $b) { id } }`, {
        a: self.volunteerId,
        b: other.volunteerId,
      });
      expect(byId.errors).toBeUndefined();
      expect(byId.data).toEqual({ own: { id: self.volunteerId, attendances: { totalCount: 1 } }, other: null });
      // a volunteer's token that names no person reads no volunteer at all
      const nameless = await fed.ok(await tokenFor('VOLUNTEER', [COMMUNITY]), `{ volunteers { totalCount } }`);
      expect(nameless.volunteers.totalCount).toBe(0);
    });

    it('shows a volunteer the activities and teams of their areas, but of their sign-ups, leaders, members and the board only themself', async () => {
      const result = await fed.query(
        volunteerToken,
        `query ($id: ID!, $team: ID!, $other: ID!, $own: ID!, $area: ID!, $period: PeriodInput!) {
          volunteerActivity(id: $id) { id title capacity signedUp attendances { totalCount edges { node { id volunteer { id } } } } organizer { ... on VolunteerTeam { id name memberCount leader { id } members { totalCount edges { node { id } } } } } }
          volunteerTeam(id: $team) { id }
          otherAttendance: volunteerAttendance(id: $other) { id }
          ownAttendance: volunteerAttendance(id: $own) { id hours }
          volunteerLeaderboard(areaCode: $area, period: $period) { edges { node { hours volunteer { id } } } }
        }`,
        { id: activityId, team: teamId, other: otherAttendance, own: ownAttendance, area: GRID, period },
      );
      expect(result.errors).toBeUndefined();
      const data = result.data!;
      expect(data.volunteerActivity).toMatchObject({ id: activityId, title: '楼道清洁', capacity: 10, signedUp: 2 });
      expect(data.volunteerActivity.attendances).toEqual({ totalCount: 1, edges: [{ node: { id: ownAttendance, volunteer: { id: self.volunteerId } } }] });
      expect(data.volunteerActivity.organizer).toEqual({ id: teamId, name: '凤馨苑读权限队', memberCount: 2, leader: null, members: { totalCount: 1, edges: [{ node: { id: self.volunteerId } }] } });
      expect(data.volunteerTeam).toEqual({ id: teamId });
      expect(data.otherAttendance).toBeNull();
      expect(data.ownAttendance).toEqual({ id: ownAttendance, hours: 1 });
      const board = data.volunteerLeaderboard.edges.map((e: { node: { hours: number; volunteer: { id: string } | null } }) => e.node);
      expect(board).toContainEqual({ hours: 1, volunteer: { id: self.volunteerId } });
      expect(board).toContainEqual({ hours: 1.5, volunteer: null });
    });

    it('shows staff every volunteer of their areas with their persons', async () => {
      const result = await fed.query(worker, `query ($id: ID!) { volunteerActivity(id: $id) { attendances { totalCount edges { node { volunteer { id person { name } } } } } } }`, { id: activityId });
      expect(result.errors).toBeUndefined();
      const names = result.data!.volunteerActivity.attendances.edges.map((e: { node: { volunteer: { person: { name: string } } } }) => e.node.volunteer.person.name);
      expect(names.sort()).toEqual(['李别人', '王自己'].sort());
    });

    it('answers a person population places outside the caller’s areas as null, and the rest of the answer as usual', async () => {
      // registered by the district as a volunteer of the worker's grid, the person lives in another community
      const mover = await person(OTHER_COMMUNITY, '赵外住');
      const volunteerId = await register(admin, mover, GRID);
      const result = await fed.query(worker, `query ($id: ID!) { volunteer(id: $id) { id areaCode person { id name } } volunteers(first: 100) { totalCount edges { node { id person { name } } } } }`, {
        id: volunteerId,
      });
      expect(result.data).not.toBeNull();
      expect(result.data!.volunteer).toEqual({ id: volunteerId, areaCode: GRID, person: null });
      const listed = result.data!.volunteers.edges.map((e: { node: { id: string; person: { name: string } | null } }) => e.node);
      expect(listed).toContainEqual({ id: volunteerId, person: null });
      expect(listed).toContainEqual({ id: self.volunteerId, person: { name: '王自己' } });
      // the district sees the person
      const district = await fed.ok(admin, `query ($id: ID!) { volunteer(id: $id) { person { name } } }`, { id: volunteerId });
      expect(district.volunteer.person).toEqual({ name: '赵外住' });
    });
  });

  describe('the good-deeds board and the figures count hours where they were served', () => {
    it('ranks hours served in an area whoever served them, adding up to the area’s approvedHours, and counts none of them elsewhere', async () => {
      const visitor = await register(worker, await person(OTHER_GRID, '钱来帮忙'), OTHER_GRID);
      const teamId = await createTeam(COMMUNITY, '凤馨苑跨网格队');
      const activityId = await post(teamId, GRID);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, visitor, start, minutesAfter(start, 45));
      await fed.ok(worker, APPROVE, { input: { attendanceId } });
      const [grid, otherGrid] = await Promise.all([GRID, OTHER_GRID].map(async (area) => (await fed.ok(worker, BOARD, { area, period })).volunteerLeaderboard));
      expect(grid.edges.map((e: { node: { volunteer: { id: string } } }) => e.node.volunteer.id)).toContain(visitor);
      expect(otherGrid.edges.map((e: { node: { volunteer: { id: string } } }) => e.node.volunteer.id)).not.toContain(visitor);
      for (const [code, board] of [
        [GRID, grid],
        [OTHER_GRID, otherGrid],
      ] as const) {
        const figures = (await fed.ok(worker, STATISTICS, { code, period })).area.volunteering;
        const sum = board.edges.reduce((total: number, e: { node: { hours: number } }) => total + e.node.hours, 0);
        expect(sum).toBeCloseTo(figures.approvedHours, 1);
      }
    });
  });

  describe('bounds and hours', () => {
    it('refuses implausible capacities, hours and dates with OUT_OF_RANGE, writing nothing', async () => {
      const teamId = await createTeam(COMMUNITY, '凤馨苑边界队');
      const before = await count(fed, 'activities');
      const startsAt = new Date(Date.now() - HOUR);
      const base = { organizer: { teamId }, title: '超大活动', areaCode: GRID, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString() };
      for (const capacity of [0, 10_001, 2_147_483_647, -1]) {
        const data = await fed.ok(worker, POST, { input: { ...base, capacity } });
        expect(data.postVolunteerActivity.userErrors).toEqual([{ field: ['input', 'capacity'], code: 'OUT_OF_RANGE' }]);
      }
      const farAhead = new Date(Date.now() + 400 * 24 * HOUR);
      const late = await fed.ok(worker, POST, { input: { ...base, capacity: 5, startsAt: farAhead.toISOString(), endsAt: new Date(farAhead.getTime() + HOUR).toISOString() } });
      expect(codesOf(late.postVolunteerActivity)).toEqual(['OUT_OF_RANGE']);
      expect(await count(fed, 'activities')).toBe(before);

      const v = await register(worker, await person(GRID, '孙工时'), GRID);
      const activityId = await post(teamId, GRID);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v, start, minutesAfter(start, 30));
      for (const input of [{ hours: 24.01 }, { hours: -0.5 }, { hours: 1e300 }, { minutes: 1441 }]) {
        const data = await fed.ok(worker, ADJUST, { input: { attendanceId, reason: '核对', ...input } });
        expect(codesOf(data.adjustVolunteerHours)).toEqual(['OUT_OF_RANGE']);
      }
      const both = await fed.ok(worker, ADJUST, { input: { attendanceId, reason: '核对', hours: 1, minutes: 60 } });
      expect(codesOf(both.adjustVolunteerHours)).toEqual(['HOURS_REQUIRED']);
      expect(await count(fed, 'attendances', 'id = $1 AND adjusted_minutes IS NOT NULL', [attendanceId])).toBe(0);
    });

    it('takes corrected hours as decimal hours and answers every hours field in hours, the old minute fields kept', async () => {
      const teamId = await createTeam(COMMUNITY, '凤馨苑工时队');
      const v = await register(worker, await person(GRID, '周小时'), GRID);
      const activityId = await post(teamId, GRID);
      const start = await startOf(fed, activityId);
      const attendanceId = await served(fed, worker, activityId, v, start, minutesAfter(start, 100));
      const adjusted = await fed.ok(worker, `mutation ($input: AdjustVolunteerHoursInput!) { adjustVolunteerHours(input: $input) {
        volunteerAttendance { recordedHours recordedMinutes adjustedHours adjustedMinutes hours } userErrors { code } } }`, { input: { attendanceId, hours: 1.25, reason: '中途离开' } });
      expect(adjusted.adjustVolunteerHours).toEqual({ volunteerAttendance: { recordedHours: 1.67, recordedMinutes: 100, adjustedHours: 1.25, adjustedMinutes: 75, hours: 1.25 }, userErrors: [] });
    });

    it('reads every figure at grid, community, street and district after the largest accepted capacity and hours', async () => {
      const teamId = await createTeam(COMMUNITY, '凤馨苑最大队');
      const v = await register(worker, await person(GRID, '吴最大'), GRID);
      const activityId = await post(teamId, GRID, { capacity: 10_000 });
      const start = await startOf(fed, activityId);
      const attendanceId = await signUp(fed, worker, activityId, v);
      for (const [mutation, at] of [
        [`mutation ($input: VolunteerAttendanceTimeInput!) { checkInVolunteer(input: $input) { userErrors { code } } }`, start],
        [`mutation ($input: VolunteerAttendanceTimeInput!) { checkOutVolunteer(input: $input) { userErrors { code } } }`, minutesAfter(start, 5)],
      ] as const)
        expect(Object.values(await fed.ok(worker, mutation, { input: { attendanceId, at: at.toISOString() } }))[0]).toEqual({ userErrors: [] });
      const adjusted = await fed.ok(worker, ADJUST, { input: { attendanceId, hours: 24, reason: '通宵值守' } });
      expect(adjusted.adjustVolunteerHours.userErrors).toEqual([]);
      expect((await fed.ok(worker, APPROVE, { input: { attendanceId } })).approveVolunteerHours.userErrors).toEqual([]);
      for (const code of [GRID, COMMUNITY, STREET, DISTRICT]) {
        const result = await fed.query(admin, STATISTICS, { code, period });
        expect(result.errors).toBeUndefined();
        const figures = result.data!.area.volunteering;
        expect(figures.approvedHours).toBeGreaterThanOrEqual(24);
        for (const value of Object.values(figures)) expect(value === null || Number.isFinite(value)).toBe(true);
      }
    });
  });

  describe('series', () => {
    const SERIES = `query ($code: ID!, $period: PeriodInput!, $every: SeriesInterval!) { area(code: $code) { volunteeringSeries(period: $period, every: $every) {
      from to volunteers activities approvedHours personTimes } } }`;
    const year = new Date().getFullYear();
    const span = { from: `${year - 1}-11-15`, to: `${year}-12-31` };

    it('answers a month, quarter or year series whose every point equals the figures of its own period, the ends clipped to the period', async () => {
      const teamId = await createTeam(COMMUNITY, '凤馨苑序列队');
      const v = await register(worker, await person(GRID, '冯序列'), GRID);
      const activityId = await post(teamId, GRID);
      const start = await startOf(fed, activityId);
      await fed.ok(worker, APPROVE, { input: { attendanceId: await served(fed, worker, activityId, v, start, minutesAfter(start, 40)) } });
      const integrator = await tokenFor('INTEGRATOR', [DISTRICT]);
      for (const [every, count] of [
        ['MONTH', 14],
        ['QUARTER', 5],
        ['YEAR', 2],
      ] as const) {
        const points = (await fed.ok(integrator, SERIES, { code: COMMUNITY, period: span, every })).area.volunteeringSeries;
        expect(points).toHaveLength(count);
        expect(points[0].from).toBe(span.from);
        expect(points.at(-1).to).toBe(span.to);
        for (const point of points) {
          const figures = (await fed.ok(integrator, STATISTICS, { code: COMMUNITY, period: { from: point.from, to: point.to } })).area.volunteering;
          expect(point).toEqual({ from: point.from, to: point.to, volunteers: figures.volunteers, activities: figures.activities, approvedHours: figures.approvedHours, personTimes: figures.personTimes });
        }
        expect(points.reduce((sum: number, p: { personTimes: number }) => sum + p.personTimes, 0)).toBeGreaterThan(0);
      }
    });

    it('refuses a series of more than 120 points as the caller’s error', async () => {
      const result = await fed.query(admin, SERIES, { code: COMMUNITY, period: { from: '2000-01-01', to: '2010-12-31' }, every: 'MONTH' });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
