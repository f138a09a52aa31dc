import { housing } from '@linli/housing';
import { DEMO_DISTRICT, demoDistrict, FENGXINYUAN } from '@linli/demo';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { volunteering } from '../src/module';
import { GATEWAY_ENV } from './builders';

describe('the demo seed', () => {
  let fed: TestFederation;
  let seconds: number;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, volunteering], { gatewayEnv: GATEWAY_ENV });
    for (const module of [housing, volunteering]) {
      const { dataSource, pii, log } = fed.service(module.name).deps;
      const started = Date.now();
      await dataSource.transaction((tx) => module.seed!(tx, { pii, log }));
      if (module === volunteering) seconds = (Date.now() - started) / 1000;
    }
  });
  afterAll(() => fed.stop());

  it('seeds quickly: a few statements, not a row at a time', () => {
    expect(seconds).toBeLessThan(5);
  });

  it('gives the district the Dalong scale over the past year: 68 activities, about 6,500 approved hours, most buildings with a captain', async () => {
    const admin = await tokenFor('DISTRICT_ADMIN', [DEMO_DISTRICT]);
    const period = { from: addDays(today(), -365), to: today() };
    const { area } = await fed.ok(admin, `query ($code: ID!, $period: PeriodInput) { area(code: $code) { name volunteering(period: $period) {
      volunteers activeVolunteers teams activities approvedHours personTimes buildings buildingsWithCaptain captainCoverage } } }`, { code: DEMO_DISTRICT, period });
    const figures = area.volunteering;
    expect(area.name).toBe('增城区');
    expect(figures.activities).toBe(63); // 68 posted: 2 cancelled and 3 still ahead
    expect(figures.approvedHours).toBeGreaterThan(6_000);
    expect(figures.approvedHours).toBeLessThan(7_000);
    expect(figures.teams).toBe(11);
    expect(figures.buildings).toBe(demoDistrict().buildings.length);
    expect(figures.captainCoverage).toBeGreaterThan(0.75);
    expect(figures.captainCoverage).toBeLessThan(0.95);
    expect(figures.activeVolunteers).toBeLessThanOrEqual(figures.volunteers);
    expect(figures.personTimes).toBeGreaterThan(1_500);
    const [{ n }] = await rows<{ n: number }>(fed.service('volunteering').deps.dataSource, `SELECT count(*)::int AS n FROM activities`);
    expect(n).toBe(68);
  });

  it('holds attendance and hours in every state', async () => {
    const db = fed.service('volunteering').deps.dataSource;
    const statuses = await rows<{ status: string; hours: string | null }>(db, `SELECT DISTINCT status, hours_status AS hours FROM attendances`);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['SIGNED_UP', 'CANCELLED', 'CHECKED_OUT', 'NO_SHOW']));
    expect(new Set(statuses.map((s) => s.hours).filter(Boolean))).toEqual(new Set(['PENDING', 'APPROVED', 'REVERSED']));
    const activityStatuses = await rows<{ status: string }>(db, `SELECT DISTINCT status FROM activities`);
    expect(new Set(activityStatuses.map((s) => s.status))).toEqual(new Set(['OPEN', 'FULL', 'CANCELLED', 'COMPLETED']));
  });

  it('shows Fengxinyuan’s care fleet, a demo building’s captain and the good-deeds board through the gateway', async () => {
    const worker = await tokenFor('COMMUNITY_WORKER', [FENGXINYUAN]);
    const data = await fed.ok(worker, `query ($community: ID!, $period: PeriodInput!) {
      volunteerTeams(filter: { areaCode: $community, kind: CARE_FLEET }) { edges { node { name memberCount leader { id } } } }
      volunteerLeaderboard(areaCode: $community, period: $period, first: 3) { totalCount edges { node { rank hours volunteer { awards { kind } } } } } }`, {
      community: FENGXINYUAN,
      period: { from: addDays(today(), -365), to: today() },
    });
    expect(data.volunteerTeams.edges).toEqual([{ node: { name: '凤馨苑爱心车队', memberCount: 24, leader: { id: expect.any(String) } } }]);
    const board = data.volunteerLeaderboard.edges.map((e: any) => e.node);
    expect(board.map((n: any) => n.rank)).toEqual([1, 2, 3]);
    expect(board[0].hours).toBeGreaterThanOrEqual(board[1].hours);
    expect(board[0].volunteer.awards).toEqual([{ kind: 'GOOD_DEEDS_BOARD' }]);

    const [withCaptain] = await rows<{ id: string }>(fed.service('volunteering').deps.dataSource, `SELECT building_id AS id FROM building_captains WHERE area_code LIKE $1 LIMIT 1`, [`${FENGXINYUAN}%`]);
    const building = await fed.ok(worker, `query ($id: ID!) { building(id: $id) { address captains { id teams { kind } } } }`, { id: withCaptain.id });
    expect(building.building.captains.length).toBeGreaterThan(0);
    expect(building.building.captains[0].teams).toContainEqual({ kind: 'BUILDING_CAPTAINS' });
  });
});
