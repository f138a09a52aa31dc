import { exec, rows } from '@linli/db';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { today } from '@linli/domain';
import { BOUNDS } from '../src/domain/rules';
import { organizations } from '../src/module';
import {
  ADD_MEMBER,
  COMMUNITY,
  CREATE_PROJECT,
  daysAgo,
  GRID,
  PROJECT_STATUS,
  RECORD_ACTIVITY,
  RECORD_DONATION,
  RECORD_SERIES,
  registerOrganization,
  registerPerson,
  REPORT_OUTCOME,
  START_CAMPAIGN,
  succeed,
} from './builders';

const DISTRICT = '440118';
const STREET = '440118001';

const FIGURES = `organizationCount organizations byCategory { category organizations } byStatus { status organizations } partyBranches members memberships
  activities participants peopleServed serviceProjects serviceProjectBudgetFen serviceProjectMeasures { measure target achieved }
  fundsRaisedFen donations volunteerHours volunteerMinutes`;
// every level of the tree in one list (housing's areas), each with organizations' figures
const LEVELS = `query ($period: PeriodInput) { areas(within: "${DISTRICT}", first: 10) { edges { node { code level organizations(period: $period) { ${FIGURES} } } } } }`;

/** The figure every level above the community must show; the grid holds no organization's home. */
const expected = (figures: Record<string, unknown>) => ({ community: figures, street: figures, district: figures });

describe('organization figures on Area, through the gateway', () => {
  let fed: TestFederation;
  let admin: string;
  const period = { from: '2000-01-01', to: today() };

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population, organizations]);
    admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    for (const [code, name] of [
      [DISTRICT, '增城区'],
      [STREET, '荔城街道'],
      [COMMUNITY, '凤馨苑社区'],
      [GRID, '凤馨苑第一网格'],
    ]) {
      const data = await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, { input: { code, name } });
      if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
    }
  });
  afterAll(() => fed.stop());

  it('reads every statistic at grid, community, street and district without an error after the largest accepted value of every numeric input', async () => {
    const org = await registerOrganization(fed, admin, { foundedOn: '2000-01-01', partyBranch: true });
    await succeed(fed, admin, ADD_MEMBER, { organizationId: org, personId: await registerPerson(fed, admin), role: 'CHAIR', from: '2001-01-01' });
    const most = { participants: BOUNDS.participants.max, peopleServed: BOUNDS.peopleServed.max };
    await succeed(fed, admin, RECORD_ACTIVITY, { organizationId: org, title: '区级公益节', heldOn: daysAgo(1), place: '广场', ...most });
    const series = await succeed(fed, admin, RECORD_SERIES, {
      organizationId: org,
      title: '周末义诊',
      place: '卫生站',
      frequency: 'WEEKLY',
      from: daysAgo(7 * 119),
      to: daysAgo(0),
      ...most,
    });
    expect(series.series.occurrences).toBe(120);
    const targets = Array.from({ length: BOUNDS.targets.max }, (_, i) => ({ measure: 'OTHER', name: `指标${i + 1}`, target: BOUNDS.target.max }));
    const { serviceProject } = await succeed(fed, admin, CREATE_PROJECT, {
      organizationId: org,
      name: '新悦人家',
      funder: '区民政局',
      budgetFen: BOUNDS.budgetFen.max,
      startsOn: '2000-01-01',
      endsOn: daysAgo(-1),
      targets,
    });
    await succeed(fed, admin, PROJECT_STATUS, { serviceProjectId: serviceProject.id, status: 'RUNNING' });
    await succeed(fed, admin, REPORT_OUTCOME, {
      serviceProjectId: serviceProject.id,
      targetId: serviceProject.targets[0].id,
      value: BOUNDS.outcome.max,
      reportedOn: daysAgo(1),
    });
    const { fundraisingCampaign } = await succeed(fed, admin, START_CAMPAIGN, {
      organizationId: org,
      name: '慈善日',
      startsOn: daysAgo(10),
      endsOn: daysAgo(0),
      goalFen: BOUNDS.goalFen.max,
    });
    for (let i = 0; i < 3; i++)
      await succeed(fed, admin, RECORD_DONATION, {
        campaignId: fundraisingCampaign.id,
        amountFen: BOUNDS.donationFen.max,
        donorKind: 'ENTERPRISE',
        donatedOn: daysAgo(1),
      });

    // many accepted rows at once, as years of a busy district would leave them: every sum passes 2^31
    const db = fed.service('organizations').deps.dataSource;
    await exec(
      db,
      `INSERT INTO activities (id, organization_id, area_code, title, held_on, place, participants, people_served)
       SELECT gen_random_uuid(), $1, $2, '活动', $3, '广场', $4, $5 FROM generate_series(1, 21500)`,
      [org, COMMUNITY, daysAgo(2), BOUNDS.participants.max, BOUNDS.peopleServed.max],
    );
    await exec(
      db,
      `INSERT INTO project_outcomes (id, project_id, target_id, area_code, value, reported_on)
       SELECT gen_random_uuid(), $1, t.id, $2, $3, $4 FROM project_targets t CROSS JOIN generate_series(1, 200) WHERE t.project_id = $1`,
      [serviceProject.id, COMMUNITY, BOUNDS.outcome.max, daysAgo(2)],
    );
    await exec(
      db,
      `INSERT INTO donations (id, campaign_id, area_code, amount_fen, donor_kind, donated_on)
       SELECT gen_random_uuid(), $1, $2, $3, 'ENTERPRISE', $4 FROM generate_series(1, 10000)`,
      [fundraisingCampaign.id, COMMUNITY, BOUNDS.donationFen.max, daysAgo(2)],
    );
    await exec(
      db,
      `INSERT INTO volunteer_hours (approval_event_id, organization_id, minutes, served_on, approved)
       SELECT gen_random_uuid(), $1, 2000000000, $2, true FROM generate_series(1, 3)`,
      [org, daysAgo(2)],
    );

    const [counted] = await rows<{ participants: string; achieved: string; raised: string }>(
      db,
      `SELECT (SELECT sum(participants)::text FROM activities WHERE organization_id = $1) AS participants,
              (SELECT sum(value)::text FROM project_outcomes WHERE project_id = $2) AS achieved,
              (SELECT sum(amount_fen)::text FROM donations WHERE campaign_id = $3) AS raised`,
      [org, serviceProject.id, fundraisingCampaign.id],
    );
    expect(Number(counted.participants)).toBeGreaterThan(2 ** 31);
    expect(Number(counted.achieved)).toBeGreaterThan(2 ** 31);

    for (const token of [admin, await tokenFor('INTEGRATOR', [DISTRICT])]) {
      const answer = await fed.query(token, LEVELS, { period });
      expect(answer.errors).toBeUndefined();
      const figures = Object.fromEntries(answer.data.areas.edges.map(({ node }: any) => [node.level.toLowerCase(), node.organizations]));
      expect(Object.keys(figures).sort()).toEqual(['community', 'district', 'grid', 'street']);
      expect(figures.grid).toMatchObject({ organizationCount: 0, participants: 0, serviceProjectBudgetFen: 0, fundsRaisedFen: 0, volunteerHours: 0 });
      const all = {
        organizationCount: 1,
        partyBranches: 1,
        members: 1,
        memberships: 1,
        activities: 1 + 120 + 21_500,
        participants: Number(counted.participants),
        peopleServed: Number(counted.participants),
        serviceProjects: 1,
        serviceProjectBudgetFen: BOUNDS.budgetFen.max,
        fundsRaisedFen: Number(counted.raised),
        donations: 3 + 10_000,
        volunteerMinutes: 6_000_000_000,
        volunteerHours: 100_000_000,
      };
      expect(figures).toMatchObject(expected(all));
      expect(figures.district.serviceProjectMeasures).toContainEqual({
        measure: 'OTHER',
        target: BOUNDS.targets.max * BOUNDS.target.max,
        achieved: Number(counted.achieved),
      });
    }
  });

  it('answers a trend by month, quarter or year over a range, clipped to it, for many areas in one statement', async () => {
    const OTHER = '440118001002';
    await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, {
      input: { code: OTHER, name: '荔景社区' },
    });
    const org = await registerOrganization(fed, admin, { areaCode: OTHER, foundedOn: '2000-01-01' });
    for (const [heldOn, participants] of [
      ['2025-01-09', 100],
      ['2025-01-15', 10],
      ['2025-02-01', 5],
      ['2025-02-28', 7],
      ['2025-04-10', 1],
    ] as const)
      await succeed(fed, admin, RECORD_ACTIVITY, { organizationId: org, title: '服务日', heldOn, place: '广场', participants, peopleServed: participants * 2 });
    const { fundraisingCampaign } = await succeed(fed, admin, START_CAMPAIGN, {
      organizationId: org,
      name: '慈善年',
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    });
    for (const [donatedOn, amountFen] of [
      ['2025-02-14', 500],
      ['2025-05-01', 100],
    ] as const)
      await succeed(fed, admin, RECORD_DONATION, { campaignId: fundraisingCampaign.id, amountFen, donorKind: 'ANONYMOUS', donatedOn });

    const TREND = `query ($period: PeriodInput!, $every: SeriesInterval) {
      other: area(code: "${OTHER}") { organizationsSeries(period: $period, every: $every) { label from to activities participants peopleServed donations fundsRaisedFen volunteerHours outcomesAchieved } }
      community: area(code: "${COMMUNITY}") { organizationsSeries(period: $period, every: $every) { label activities } }
      street: area(code: "${STREET}") { organizationsSeries(period: $period, every: $every) { label activities } } }`;
    const period = { from: '2025-01-10', to: '2025-05-05' };
    const zero = { peopleServed: 0, donations: 0, fundsRaisedFen: 0, volunteerHours: 0, outcomesAchieved: 0 };
    const result = await fed.ok(admin, TREND, { period });
    expect(result.other.organizationsSeries).toEqual([
      { ...zero, label: '2025-01', from: '2025-01-10', to: '2025-01-31', activities: 1, participants: 10, peopleServed: 20 },
      { ...zero, label: '2025-02', from: '2025-02-01', to: '2025-02-28', activities: 2, participants: 12, peopleServed: 24, donations: 1, fundsRaisedFen: 500 },
      { ...zero, label: '2025-03', from: '2025-03-01', to: '2025-03-31', activities: 0, participants: 0 },
      { ...zero, label: '2025-04', from: '2025-04-01', to: '2025-04-30', activities: 1, participants: 1, peopleServed: 2 },
      { ...zero, label: '2025-05', from: '2025-05-01', to: '2025-05-05', activities: 0, participants: 0, donations: 1, fundsRaisedFen: 100 },
    ]);
    // the street holds both communities: step by step, their sum
    const activities = (level: string) => result[level].organizationsSeries.map((p: any) => p.activities);
    expect(activities('street')).toEqual(activities('community').map((n: number, i: number) => n + activities('other')[i]));
    expect(activities('community').some((n: number) => n > 0)).toBe(true);
    // every area of a list in one statement
    const LIST = `query ($period: PeriodInput!) { areas(within: "${STREET}", first: 10) { edges { node { code organizationsSeries(period: $period) { label } } } } }`;
    const { statements, result: listed } = await fed.service('organizations').deps.queries.record(() => fed.ok(admin, LIST, { period }));
    expect(listed.areas.edges.length).toBeGreaterThanOrEqual(4);
    expect(listed.areas.edges.every((e: any) => e.node.organizationsSeries.length === 5)).toBe(true);
    expect(statements.filter((s) => s.includes('/* organizationTrendByAreas */'))).toHaveLength(1);
    const quarters = await fed.ok(admin, TREND, { period, every: 'QUARTER' });
    expect(quarters.other.organizationsSeries).toMatchObject([
      { label: '2025Q1', from: '2025-01-10', to: '2025-03-31', activities: 3, participants: 22, fundsRaisedFen: 500 },
      { label: '2025Q2', from: '2025-04-01', to: '2025-05-05', activities: 1, participants: 1, fundsRaisedFen: 100 },
    ]);
    const years = await fed.ok(await tokenFor('INTEGRATOR', [DISTRICT]), TREND, { period: { from: '2024-06-01', to: '2025-12-31' }, every: 'YEAR' });
    expect(years.other.organizationsSeries).toMatchObject([
      { label: '2024', from: '2024-06-01', to: '2024-12-31', activities: 0 },
      { label: '2025', from: '2025-01-01', to: '2025-12-31', activities: 5, participants: 123, donations: 2, fundsRaisedFen: 600 },
    ]);
  });

  it('refuses a trend that runs backwards or has more steps than TREND_MAX_POINTS as the caller’s error', async () => {
    const ask = (period: { from: string; to: string }, every = 'MONTH') =>
      fed.query(
        admin,
        `query ($period: PeriodInput!, $every: SeriesInterval) { area(code: "${COMMUNITY}") { name organizationsSeries(period: $period, every: $every) { label } } }`,
        {
          period,
          every,
        },
      );
    for (const answer of [await ask({ from: '2025-05-01', to: '2025-04-30' }), await ask({ from: '2020-01-01', to: '2025-12-31' })]) {
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(answer.data.area).toEqual({ name: '凤馨苑社区', organizationsSeries: null });
    }
    expect((await ask({ from: '2000-01-01', to: '2025-12-31' }, 'YEAR')).errors).toBeUndefined();
  });

  it('keeps the other domains’ answers when organizations fails, with an error naming only its field', async () => {
    const db = fed.service('organizations').deps.dataSource;
    await exec(db, `ALTER TABLE donations RENAME TO donations_away`);
    try {
      const answer = await fed.query(
        admin,
        `{ areas(within: "${COMMUNITY}", level: COMMUNITY) { totalCount edges { node { code name level population { residents } organizations { organizationCount } } } } }`,
      );
      expect(answer.data.areas).toMatchObject({
        totalCount: 1,
        edges: [{ node: { code: COMMUNITY, name: '凤馨苑社区', level: 'COMMUNITY', population: { residents: expect.any(Number) }, organizations: null } }],
      });
      expect(answer.errors?.map((e) => e.path)).toEqual([['areas', 'edges', 0, 'node', 'organizations']]);
      expect(JSON.stringify(answer.errors)).not.toMatch(/donations|relation|SELECT/);
    } finally {
      await exec(db, `ALTER TABLE donations_away RENAME TO donations`);
    }
  });
});
