import { housing } from '@linli/housing';
import { rows } from '@linli/db';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { volunteering } from '../src/module';
import {
  activity,
  APPROVE,
  COMMUNITY,
  count,
  CREATE_TEAM,
  DISTRICT,
  GATEWAY_ENV,
  GRID,
  minutesAfter,
  OTHER_COMMUNITY,
  OTHER_GRID,
  persons,
  REGISTER_VOLUNTEER,
  REVERSE,
  served,
  startOf,
  team,
  volunteers,
} from './builders';

const CAPTAIN = `mutation ($input: BuildingCaptainInput!) { assignBuildingCaptain(input: $input) { building { id captains { id } } userErrors { field code message } } }`;
const MEMBER = `mutation ($input: VolunteerTeamMemberInput!) { addVolunteerTeamMember(input: $input) { team { id memberCount members { totalCount edges { node { id } } } } userErrors { code } } }`;
const LEADER = `mutation ($input: ChangeVolunteerTeamLeaderInput!) { changeVolunteerTeamLeader(input: $input) {
  team { id leader { id } memberCount members { edges { node { id } } } } userErrors { field code } } }`;
const REMOVE = `mutation ($input: VolunteerTeamMemberInput!) { removeVolunteerTeamMember(input: $input) { team { id } userErrors { code } } }`;
const SUSPEND = `mutation ($id: ID!) { updateVolunteer(input: { volunteerId: $id, status: SUSPENDED }) { userErrors { code } } }`;
const codesOf = (result: { userErrors: { code: string }[] }) => result.userErrors.map((e) => e.code);
const AWARD = `mutation ($input: GiveVolunteerAwardInput!) { giveVolunteerAward(input: $input) { award { id kind title awardedOn volunteer { id } } userErrors { field code } } }`;
const BOARD = `query ($area: ID!, $period: PeriodInput!, $first: Int, $after: String) { volunteerLeaderboard(areaCode: $area, period: $period, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { rank hours activities volunteer { id } } } } }`;
const STATISTICS = `query ($code: ID!, $period: PeriodInput) { area(code: $code) { code volunteering(period: $period) {
  volunteers activeVolunteers teams activities approvedHours personTimes buildings buildingsWithCaptain captainCoverage } } }`;

describe('volunteers, teams, building captains, recognition and statistics, through the gateway', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;
  const buildings: string[] = [];

  beforeAll(async () => {
    fed = await TestFederation.start([housing, volunteering], { gatewayEnv: GATEWAY_ENV });
    admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    for (const [code, name] of [
      [DISTRICT, '增城区'],
      ['440118001', '荔城街道'],
      [COMMUNITY, '凤馨苑社区'],
      [GRID, '凤馨苑第一网格'],
      [OTHER_GRID, '凤馨苑第二网格'],
    ])
      await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, { input: { code, name } });
    // buildings come from housing; volunteering learns them from housing.building.registered
    for (const grid of [GRID, GRID, GRID, OTHER_GRID]) {
      const data = await fed.ok(admin, `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) { building { id } } }`, {
        input: { gridCode: grid, address: `凤馨路${buildings.length + 1}号`, floors: 6 },
      });
      buildings.push(data.registerBuilding.building.id);
    }
    await eventually(async () => expect(await count(fed, 'known_buildings')).toBe(4), 10_000);
  });
  afterAll(() => fed.stop());

  describe('volunteers', () => {
    it('registers a person as a volunteer, publishes volunteering.volunteer.registered, and shows the record on Person.volunteer', async () => {
      const [personId] = await persons(fed, 1);
      const data = await fed.ok(worker, REGISTER_VOLUNTEER, { input: { personId, areaCode: GRID, skills: ['Driving', 'driving ', 'first-aid'], registeredOn: '2025-05-01' } });
      const volunteer = data.registerVolunteer.volunteer;
      expect(data.registerVolunteer.userErrors).toEqual([]);
      expect(volunteer).toMatchObject({ areaCode: GRID, skills: ['driving', 'first-aid'], status: 'ACTIVE', registeredOn: '2025-05-01', person: { id: personId } });
      const [event] = await rows<{ data: unknown }>(fed.service('volunteering').deps.dataSource, `SELECT envelope->'data' AS data FROM outbox WHERE type = 'volunteering.volunteer.registered' AND envelope->'data'->>'personId' = $1`, [personId]);
      expect(event.data).toEqual({ volunteerId: volunteer.id, personId, registeredOn: '2025-05-01' });
      const roundTrip = await fed.ok(worker, `query ($id: ID!) { volunteer(id: $id) { person { id volunteer { id skills } } } }`, { id: volunteer.id });
      expect(roundTrip.volunteer.person).toEqual({ id: personId, volunteer: { id: volunteer.id, skills: ['driving', 'first-aid'] } });
    });

    it('refuses an unknown person, a second registration, an area outside the caller’s and a future date, writing nothing', async () => {
      const [personId] = await persons(fed, 1);
      await fed.ok(worker, REGISTER_VOLUNTEER, { input: { personId, areaCode: GRID } });
      const before = await count(fed, 'volunteers');
      const codes = async (input: Record<string, unknown>) => (await fed.ok(worker, REGISTER_VOLUNTEER, { input })).registerVolunteer.userErrors.map((e: { code: string }) => e.code);
      expect(await codes({ personId: '00000000-0000-4000-8000-000000000001', areaCode: GRID })).toEqual(['PERSON_UNKNOWN']);
      expect(await codes({ personId, areaCode: GRID })).toEqual(['ALREADY_VOLUNTEER']);
      const nextYear = `${new Date().getFullYear() + 1}-01-01`;
      expect(await codes({ personId, areaCode: OTHER_COMMUNITY, registeredOn: nextYear, skills: [''] })).toEqual(['AREA_OUT_OF_SCOPE', 'SKILL_INVALID', 'REGISTERED_ON_IN_FUTURE']);
      expect(await codes({ personId: (await persons(fed, 1))[0], areaCode: GRID, registeredOn: '1999-12-31' })).toEqual(['OUT_OF_RANGE']);
      expect(await count(fed, 'volunteers')).toBe(before);
      expect(await count(fed, 'outbox', `type = 'volunteering.volunteer.registered'`)).toBe(before);
    });

    it('lets only community staff register volunteers', async () => {
      const [personId] = await persons(fed, 1);
      const result = await fed.query(await tokenFor('VOLUNTEER', [COMMUNITY]), REGISTER_VOLUNTEER, { input: { personId, areaCode: GRID } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await count(fed, 'volunteers', 'person_id = $1', [personId])).toBe(0);
    });
  });

  describe('teams and building captains', () => {
    it('creates a team with its leader as first member, adds members, and refuses a duplicate name or member', async () => {
      const [leader, member] = await volunteers(fed, worker, 2);
      const created = await fed.ok(worker, CREATE_TEAM, { input: { name: '凤馨苑反家暴志愿队', kind: 'ANTI_DOMESTIC_VIOLENCE', areaCode: COMMUNITY, leaderId: leader.id } });
      const teamId = created.createVolunteerTeam.team.id;
      expect(created.createVolunteerTeam.team).toMatchObject({ kind: 'ANTI_DOMESTIC_VIOLENCE', memberCount: 1, leader: { id: leader.id } });
      const again = await fed.ok(worker, CREATE_TEAM, { input: { name: '凤馨苑反家暴志愿队', kind: 'OTHER', areaCode: COMMUNITY } });
      expect(again.createVolunteerTeam.userErrors.map((e: { code: string }) => e.code)).toEqual(['TEAM_NAME_TAKEN']);

      const added = await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: member.id } });
      expect(added.addVolunteerTeamMember.team.memberCount).toBe(2);
      expect(added.addVolunteerTeamMember.team.members.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([leader.id, member.id]);
      expect((await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: member.id } })).addVolunteerTeamMember.userErrors).toEqual([{ code: 'ALREADY_MEMBER' }]);
      const leaving = await fed.ok(worker, `mutation ($input: VolunteerTeamMemberInput!) { removeVolunteerTeamMember(input: $input) { userErrors { code } } }`, { input: { teamId, volunteerId: leader.id } });
      expect(leaving.removeVolunteerTeamMember.userErrors).toEqual([{ code: 'LEADER_CANNOT_LEAVE' }]);
      expect(await count(fed, 'team_members', 'team_id = $1', [teamId])).toBe(2);
      const teams = await fed.ok(worker, `query ($id: ID!) { volunteer(id: $id) { teams { id name } } }`, { id: member.id });
      expect(teams.volunteer.teams).toEqual([{ id: teamId, name: '凤馨苑反家暴志愿队' }]);
    });

    it('makes a volunteer captain of housing’s buildings, shown on Building.captains, and refuses an unknown building or a repeat', async () => {
      const [captain] = await volunteers(fed, worker, 1);
      for (const buildingId of buildings.slice(0, 2)) expect((await fed.ok(worker, CAPTAIN, { input: { buildingId, volunteerId: captain.id } })).assignBuildingCaptain.userErrors).toEqual([]);
      const building = await fed.ok(worker, `query ($id: ID!) { building(id: $id) { address captains { id person { id } } } }`, { id: buildings[0] });
      expect(building.building).toEqual({ address: '凤馨路1号', captains: [{ id: captain.id, person: { id: captain.personId } }] });
      const captainOf = await fed.ok(worker, `query ($id: ID!) { volunteer(id: $id) { captainOf { id address } } }`, { id: captain.id });
      expect(captainOf.volunteer.captainOf).toEqual([
        { id: buildings[0], address: '凤馨路1号' },
        { id: buildings[1], address: '凤馨路2号' },
      ]);

      const before = await count(fed, 'building_captains');
      const unknown = await fed.ok(worker, CAPTAIN, { input: { buildingId: '00000000-0000-4000-8000-000000000002', volunteerId: captain.id } });
      expect(unknown.assignBuildingCaptain.userErrors.map((e: { code: string }) => e.code)).toEqual(['BUILDING_UNKNOWN']);
      const repeat = await fed.ok(worker, CAPTAIN, { input: { buildingId: buildings[0], volunteerId: captain.id } });
      expect(repeat.assignBuildingCaptain.userErrors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_CAPTAIN']);
      expect(await count(fed, 'building_captains')).toBe(before);
    });
  });

  describe('team leaders', () => {
    /** A team in the community led by `leader`, with `others` as further members. */
    async function ledTeam(leader: { id: string }, others: { id: string }[] = [], areaCode = COMMUNITY): Promise<string> {
      const teamId = await team(fed, worker, { leaderId: leader.id, areaCode });
      for (const v of others) expect((await fed.ok(worker, MEMBER, { input: { teamId, volunteerId: v.id } })).addVolunteerTeamMember.userErrors).toEqual([]);
      return teamId;
    }
    const membersOf = async (teamId: string) =>
      (await rows<{ id: string }>(fed.service('volunteering').deps.dataSource, `SELECT volunteer_id AS id FROM team_members WHERE team_id = $1 ORDER BY joined_at, volunteer_id`, [teamId])).map((r) => r.id);
    const leaderOf = async (teamId: string) =>
      (await rows<{ id: string | null }>(fed.service('volunteering').deps.dataSource, `SELECT leader_id AS id FROM teams WHERE id = $1`, [teamId]))[0].id;

    it('hands the team to a member, who leads it from then on, and lets the former leader stay or leave', async () => {
      const [first, second] = await volunteers(fed, worker, 2);
      const teamId = await ledTeam(first, [second]);
      const changed = await fed.ok(worker, LEADER, { input: { teamId, leaderId: second.id } });
      expect(changed.changeVolunteerTeamLeader.userErrors).toEqual([]);
      expect(changed.changeVolunteerTeamLeader.team).toMatchObject({ id: teamId, leader: { id: second.id }, memberCount: 2 });
      expect(codesOf((await fed.ok(worker, REMOVE, { input: { teamId, volunteerId: second.id } })).removeVolunteerTeamMember)).toEqual(['LEADER_CANNOT_LEAVE']);
      expect(codesOf((await fed.ok(worker, REMOVE, { input: { teamId, volunteerId: first.id } })).removeVolunteerTeamMember)).toEqual([]);
      expect(await membersOf(teamId)).toEqual([second.id]);
    });

    it('makes a volunteer of the area who is not yet a member the leader and a member in one change', async () => {
      const [first, newcomer] = await volunteers(fed, worker, 2);
      const teamId = await ledTeam(first);
      const changed = await fed.ok(worker, LEADER, { input: { teamId, leaderId: newcomer.id } });
      expect(changed.changeVolunteerTeamLeader.team.leader).toEqual({ id: newcomer.id });
      expect(changed.changeVolunteerTeamLeader.team.members.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([first.id, newcomer.id].sort());
      expect(await leaderOf(teamId)).toBe(newcomer.id);
    });

    it('refuses a leader who is suspended, outside the team’s area, unknown or already leading, and a team outside the caller’s areas, writing nothing', async () => {
      const [first, suspended] = await volunteers(fed, worker, 2);
      const [elsewhere] = await volunteers(fed, worker, 1, [], OTHER_GRID);
      expect((await fed.ok(worker, SUSPEND, { id: suspended.id })).updateVolunteer.userErrors).toEqual([]);
      const teamId = await ledTeam(first, [], GRID);
      const attempt = async (leaderId: string, token = worker, id = teamId) => codesOf((await fed.ok(token, LEADER, { input: { teamId: id, leaderId } })).changeVolunteerTeamLeader);

      expect(await attempt(suspended.id)).toEqual(['VOLUNTEER_NOT_ACTIVE']);
      expect(await attempt(elsewhere.id)).toEqual(['OUTSIDE_TEAM_AREA']);
      expect(await attempt('00000000-0000-4000-8000-000000000003')).toEqual(['VOLUNTEER_UNKNOWN']);
      expect(await attempt(first.id)).toEqual(['ALREADY_LEADER']);
      const gridWorker = await tokenFor('GRID_WORKER', [OTHER_GRID]);
      expect(await attempt(elsewhere.id, gridWorker)).toEqual(['TEAM_UNKNOWN']);
      expect(await leaderOf(teamId)).toBe(first.id);
      expect(await membersOf(teamId)).toEqual([first.id]);
    });

    it('lets only community staff change a leader', async () => {
      const [first, second] = await volunteers(fed, worker, 2);
      const teamId = await ledTeam(first);
      for (const token of [await tokenFor('ORG_STAFF', [COMMUNITY]), await tokenFor('VOLUNTEER', [COMMUNITY], { personId: second.personId })]) {
        const result = await fed.query(token, LEADER, { input: { teamId, leaderId: second.id } });
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await leaderOf(teamId)).toBe(first.id);
      expect(await membersOf(teamId)).toEqual([first.id]);
    });

    it('creates a team only with a leader within its area', async () => {
      const [outside] = await volunteers(fed, worker, 1, [], OTHER_GRID);
      const before = await count(fed, 'teams');
      const created = await fed.ok(worker, CREATE_TEAM, { input: { name: '第一网格巡逻队', kind: 'NEIGHBOURHOOD_PATROL', areaCode: GRID, leaderId: outside.id } });
      expect(created.createVolunteerTeam.userErrors).toEqual([{ field: ['input', 'leaderId'], code: 'OUTSIDE_TEAM_AREA', message: expect.any(String) }]);
      expect(await count(fed, 'teams')).toBe(before);
    });

    it('keeps the leader a member when a leader change races the new leader’s removal', async () => {
      const pairs = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const [first, second] = await volunteers(fed, worker, 2);
          return { teamId: await ledTeam(first, [second]), second };
        }),
      );
      await Promise.all(
        pairs.flatMap(({ teamId, second }) => [
          fed.ok(worker, LEADER, { input: { teamId, leaderId: second.id } }),
          fed.ok(worker, REMOVE, { input: { teamId, volunteerId: second.id } }),
        ]),
      );
      for (const { teamId } of pairs) expect(await membersOf(teamId)).toContain(await leaderOf(teamId));
    });
  });

  describe('requests racing past a check', () => {
    it('creates one team when ten requests race to create teams of the same name, and tells the others TEAM_NAME_TAKEN', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () => fed.ok(worker, CREATE_TEAM, { input: { name: '凤馨苑应急互助队', kind: 'EMERGENCY_MUTUAL_AID', areaCode: COMMUNITY } })),
      );
      const outcomes = results.map((r) => r.createVolunteerTeam);
      expect(outcomes.filter((o) => o.team !== null)).toHaveLength(1);
      expect(outcomes.filter((o) => o.team === null).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['TEAM_NAME_TAKEN']));
      expect(await count(fed, 'teams', 'name = $1', ['凤馨苑应急互助队'])).toBe(1);
    });

    it('registers a person once when ten registrations race, with one event, and tells the others ALREADY_VOLUNTEER', async () => {
      const [personId] = await persons(fed, 1);
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, REGISTER_VOLUNTEER, { input: { personId, areaCode: GRID } })));
      const outcomes = results.map((r) => r.registerVolunteer);
      expect(outcomes.filter((o) => o.volunteer !== null)).toHaveLength(1);
      expect(outcomes.filter((o) => o.volunteer === null).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['ALREADY_VOLUNTEER']));
      expect(await count(fed, 'volunteers', 'person_id = $1', [personId])).toBe(1);
      expect(await count(fed, 'outbox', `type = 'volunteering.volunteer.registered' AND envelope->'data'->>'personId' = $1`, [personId])).toBe(1);
    });

    it('makes a volunteer captain of a building once when ten assignments race, and tells the others ALREADY_CAPTAIN', async () => {
      const [captain] = await volunteers(fed, worker, 1);
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, CAPTAIN, { input: { buildingId: buildings[0], volunteerId: captain.id } })));
      const outcomes = results.map((r) => r.assignBuildingCaptain);
      expect(outcomes.filter((o) => o.userErrors.length === 0)).toHaveLength(1);
      expect(outcomes.filter((o) => o.userErrors.length > 0).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['ALREADY_CAPTAIN']));
      expect(await count(fed, 'building_captains', 'volunteer_id = $1', [captain.id])).toBe(1);
    });

    it('adds a member once when ten additions race, and tells the others ALREADY_MEMBER', async () => {
      const [member] = await volunteers(fed, worker, 1);
      const teamId = await team(fed, worker);
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, MEMBER, { input: { teamId, volunteerId: member.id } })));
      const outcomes = results.map((r) => r.addVolunteerTeamMember);
      expect(outcomes.filter((o) => o.userErrors.length === 0)).toHaveLength(1);
      expect(outcomes.filter((o) => o.userErrors.length > 0).map(codesOf)).toEqual(Array.from({ length: 9 }, () => ['ALREADY_MEMBER']));
      expect(await count(fed, 'team_members', 'team_id = $1', [teamId])).toBe(1);
    });

    it('gives the same award to a volunteer once a day, also when ten requests race, and tells the others AWARD_ALREADY_GIVEN', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const input = { volunteerId: v.id, kind: 'STAR_VOLUNTEER', title: '2025年度优秀志愿者', awardedOn: '2025-12-31' };
      const results = await Promise.all(Array.from({ length: 10 }, () => fed.ok(worker, AWARD, { input })));
      const outcomes = results.map((r) => r.giveVolunteerAward);
      expect(outcomes.filter((o) => o.award !== null)).toHaveLength(1);
      expect(outcomes.filter((o) => o.award === null).map((o) => o.userErrors)).toEqual(Array.from({ length: 9 }, () => [{ field: ['input', 'title'], code: 'AWARD_ALREADY_GIVEN' }]));
      const nextDay = await fed.ok(worker, AWARD, { input: { ...input, awardedOn: '2026-01-01' } });
      expect(nextDay.giveVolunteerAward.userErrors).toEqual([]);
      expect(await count(fed, 'awards', 'volunteer_id = $1', [v.id])).toBe(2);
    });
  });

  describe('recognition', () => {
    it('ranks the area’s volunteers by approved hours in the period on the good-deeds board, page by page, reversals taken off', async () => {
      const [top, second, reversedOne] = await volunteers(fed, worker, 3, [], OTHER_GRID);
      const teamId = await team(fed, worker, { areaCode: OTHER_GRID });
      const activityId = await activity(fed, worker, teamId, { areaCode: OTHER_GRID });
      const start = await startOf(fed, activityId);
      for (const [v, minutes] of [
        [top, 180],
        [second, 60],
        [reversedOne, 120],
      ] as const) {
        const attendanceId = await served(fed, worker, activityId, v.id, start, minutesAfter(start, minutes));
        await fed.ok(worker, APPROVE, { input: { attendanceId } });
        if (v === reversedOne) await fed.ok(worker, REVERSE, { input: { attendanceId, reason: '重复登记' } });
      }
      const period = { from: '2020-01-01', to: '2099-12-31' };
      const page1 = await fed.ok(worker, BOARD, { area: OTHER_GRID, period, first: 1 });
      expect(page1.volunteerLeaderboard).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { rank: 1, hours: 3, activities: 1, volunteer: { id: top.id } } }] });
      const page2 = await fed.ok(worker, BOARD, { area: OTHER_GRID, period, first: 1, after: page1.volunteerLeaderboard.pageInfo.endCursor });
      expect(page2.volunteerLeaderboard).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{ node: { rank: 2, hours: 1, volunteer: { id: second.id } } }] });
      const before = await fed.ok(worker, BOARD, { area: OTHER_GRID, period: { from: '2000-01-01', to: '2000-12-31' } });
      expect(before.volunteerLeaderboard.totalCount).toBe(0);
    });

    it('gives a volunteer an award and lists it, refusing an empty title', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const given = await fed.ok(worker, AWARD, { input: { volunteerId: v.id, kind: 'GOOD_DEEDS_BOARD', title: '2025年度善行义举榜', awardedOn: '2025-12-31' } });
      expect(given.giveVolunteerAward.award).toMatchObject({ kind: 'GOOD_DEEDS_BOARD', title: '2025年度善行义举榜', awardedOn: '2025-12-31', volunteer: { id: v.id } });
      const empty = await fed.ok(worker, AWARD, { input: { volunteerId: v.id, kind: 'GOOD_RESIDENT', title: ' ' } });
      expect(empty.giveVolunteerAward.userErrors).toEqual([{ field: ['input', 'title'], code: 'TITLE_INVALID' }]);
      expect((await fed.ok(worker, `query ($id: ID!) { volunteer(id: $id) { awards { title } } }`, { id: v.id })).volunteer.awards).toEqual([{ title: '2025年度善行义举榜' }]);
    });

    it('pages a volunteer’s awards newest first, the old list kept beside it', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const days = ['2024-03-01', '2025-06-01', '2023-01-15'];
      for (const awardedOn of days) await fed.ok(worker, AWARD, { input: { volunteerId: v.id, kind: 'STAR_VOLUNTEER', title: `星级志愿者${awardedOn}`, awardedOn } });
      const PAGE = `query ($id: ID!, $after: String) { volunteer(id: $id) { awards { awardedOn }
        receivedAwards(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { awardedOn } } } } }`;
      const first = (await fed.ok(worker, PAGE, { id: v.id })).volunteer;
      expect(first.receivedAwards).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, hasPreviousPage: false }, edges: [{ node: { awardedOn: '2025-06-01' } }, { node: { awardedOn: '2024-03-01' } }] });
      expect(first.awards.map((a: { awardedOn: string }) => a.awardedOn)).toEqual(['2025-06-01', '2024-03-01', '2023-01-15']);
      const second = (await fed.ok(worker, PAGE, { id: v.id, after: first.receivedAwards.pageInfo.endCursor })).volunteer.receivedAwards;
      expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { awardedOn: '2023-01-15' } }] });
    });
  });

  describe('scope, statistics and batching', () => {
    it('shows nothing outside the caller’s areas: a volunteer is null, lists and their totals are empty', async () => {
      const [v] = await volunteers(fed, worker, 1);
      const elsewhere = await tokenFor('COMMUNITY_WORKER', [OTHER_COMMUNITY]);
      const data = await fed.ok(elsewhere, `query ($id: ID!) { volunteer(id: $id) { id } volunteers { totalCount edges { node { id } } } volunteerTeams { totalCount } volunteerActivities { totalCount } }`, { id: v.id });
      expect(data).toEqual({ volunteer: null, volunteers: { totalCount: 0, edges: [] }, volunteerTeams: { totalCount: 0 }, volunteerActivities: { totalCount: 0 } });
      const grid = await tokenFor('GRID_WORKER', [OTHER_GRID]);
      const own = await fed.ok(grid, `{ volunteers(filter: { areaCode: "${COMMUNITY}" }) { totalCount edges { node { areaCode } } } }`);
      expect(own.volunteers.totalCount).toBe(await count(fed, 'volunteers', 'area_code LIKE $1', [`${OTHER_GRID}%`]));
      expect(own.volunteers.edges.every((e: { node: { areaCode: string } }) => e.node.areaCode === OTHER_GRID)).toBe(true);
    });

    it('gives an area’s volunteering figures over a period, everything beneath it included', async () => {
      const period = { from: '2020-01-01', to: '2099-12-31' };
      const [community, grid] = await Promise.all([COMMUNITY, OTHER_GRID].map(async (code) => (await fed.ok(worker, STATISTICS, { code, period })).area.volunteering));
      const db = fed.service('volunteering').deps.dataSource;
      const [expected] = await rows<Record<string, number>>(
        db,
        `SELECT (SELECT count(*) FROM volunteers WHERE status <> 'WITHDRAWN')::int AS volunteers, (SELECT count(*) FROM teams)::int AS teams,
           (SELECT count(*) FROM activities WHERE status <> 'CANCELLED')::int AS activities,
           (SELECT count(*) FROM attendances WHERE status = 'CHECKED_OUT')::int AS "personTimes",
           (SELECT count(DISTINCT volunteer_id) FROM attendances WHERE status = 'CHECKED_OUT')::int AS "activeVolunteers"`,
      );
      expect(community).toMatchObject({ ...expected, buildings: 4, buildingsWithCaptain: 2, captainCoverage: 0.5 });
      expect(grid).toMatchObject({ approvedHours: 4, personTimes: 3, activeVolunteers: 3, buildings: 1, buildingsWithCaptain: 0, captainCoverage: 0 });
      const empty = await fed.ok(worker, STATISTICS, { code: COMMUNITY, period: { from: '2000-01-01', to: '2000-12-31' } });
      expect(empty.area.volunteering).toMatchObject({ volunteers: 0, activities: 0, approvedHours: 0, personTimes: 0, buildings: 4 });
      const backwards = await fed.query(worker, STATISTICS, { code: COMMUNITY, period: { from: '2025-12-31', to: '2025-01-01' } });
      expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('lets an integrator read the statistics and nothing row-level', async () => {
      const integrator = await tokenFor('INTEGRATOR', [DISTRICT]);
      const figures = await fed.ok(integrator, STATISTICS, { code: COMMUNITY, period: { from: '2020-01-01', to: '2099-12-31' } });
      expect(figures.area.volunteering.buildings).toBe(4);
      for (const query of ['{ volunteers { totalCount } }', '{ volunteerActivities { edges { node { title } } } }', `{ volunteerLeaderboard(areaCode: "${DISTRICT}", period: { from: "2020-01-01", to: "2099-12-31" }) { totalCount } }`]) {
        const result = await fed.query(integrator, query);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('answers the figures of many areas with one statement', async () => {
      const { result, statements } = await fed.service('volunteering').deps.queries.record(() =>
        fed.ok(worker, `query { areas(within: "${COMMUNITY}", first: 10) { edges { node { code volunteering(period: { from: "2020-01-01", to: "2099-12-31" }) { buildings } } } } }`),
      );
      expect(result.areas.edges.length).toBeGreaterThanOrEqual(3);
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/volunteeringByAreas/);
    });

    it('resolves every hop of a list of volunteers with one statement per hop', async () => {
      const query = `{ volunteers(first: 50) { edges { node { id person { volunteer { id } } teams { id leader { id } memberCount }
        captainOf { id captains { id } } attendances(first: 5) { totalCount edges { node { hours activity { id organizer { ... on VolunteerTeam { id } } } } } }
        approvedHours awards { id } } } } }`;
      const { result, statements } = await fed.service('volunteering').deps.queries.record(() => fed.ok(worker, query));
      expect(result.volunteers.edges.length).toBeGreaterThanOrEqual(10);
      const names = statements.map((s) => /\/\* ([\w:]+) \*\//.exec(s)?.[1]);
      const perName = names.reduce<Record<string, number>>((acc, name) => ({ ...acc, [name!]: (acc[name!] ?? 0) + 1 }), {});
      // one statement per hop, however many volunteers the page holds
      expect(perName).toEqual({
        volunteersCount: 1,
        volunteersList: 1,
        volunteersByPersons: 1,
        teamsOfVolunteers: 1,
        volunteersByIds: 1,
        teamMemberCounts: 1,
        buildingsOfCaptains: 1,
        captainsOfBuildings: 1,
        attendancePagesByVolunteers: 1,
        'readModelByIds:known_persons': 1,
        activitiesByIds: 1,
        teamsByIds: 1,
        approvedMinutesOfVolunteers: 1,
        awardsOfVolunteers: 1,
      });
    });
  });
});
