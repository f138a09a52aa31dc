import { FENGXINYUAN } from '@linli/demo';
import { rows } from '@linli/db';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { organizations } from '../src/module';
import { DEMO_ORGANIZATIONS } from '../src/seed';
import { viaSubgraph } from './builders';

describe('the demo district’s organizations', () => {
  let fed: TestFederation;
  let worker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([organizations]);
    worker = await tokenFor('COMMUNITY_WORKER', [FENGXINYUAN]);
    const { dataSource, pii, log } = fed.service('organizations').deps;
    const started = Date.now();
    await dataSource.transaction((tx) => organizations.seed!(tx, { pii, log }));
    expect(Date.now() - started).toBeLessThan(5_000);
  });
  afterAll(() => fed.stop());

  it('gives Fengxinyuan 20+ organizations across the four categories', async () => {
    const data = await fed.ok(worker, `query ($area: ID) { organizations(filter: { areaCode: $area }, first: 100) { totalCount edges { node { category status } } } }`, { area: FENGXINYUAN });
    expect(data.organizations.totalCount).toBeGreaterThanOrEqual(20);
    const categories = new Set(data.organizations.edges.map((e: any) => e.node.category));
    for (const category of ['PUBLIC_WELFARE', 'LEISURE', 'CULTURE_EDUCATION', 'SPORTS']) expect(categories).toContain(category);
    const statuses = data.organizations.edges.map((e: any) => e.node.status);
    expect(statuses).toContain('SUSPENDED');
    expect(statuses).toContain('DEREGISTERED');
  });

  it('gives the welfare association 1,000+ current members, one current chair, and 新悦人家’s reported results', async () => {
    const data = await fed.ok(
      worker,
      `query ($id: ID!) { organization(id: $id) { name memberCount chairs: members(role: CHAIR, current: true) { totalCount }
        serviceProjects(first: 5) { edges { node { name status targets { name target achieved progress } } } }
        activities(first: 1) { totalCount }
        fundraisingCampaigns(first: 5) { edges { node { name raisedFen donationCount goalFen } } } } }`,
      { id: DEMO_ORGANIZATIONS['fxy-welfare'] },
    );
    const org = data.organization;
    expect(org.name).toBe('凤馨苑社区公益服务协会');
    expect(org.memberCount).toBeGreaterThanOrEqual(1000);
    expect(org.chairs.totalCount).toBe(1);
    const xinyue = org.serviceProjects.edges.find((e: any) => e.node.name === '新悦人家').node;
    expect(Object.fromEntries(xinyue.targets.map((t: any) => [t.name, t.achieved]))).toEqual({ 走访来穗家庭: 960, 走访企业: 28, 开展活动: 180, 服务人次: 13_700 });
    const [charityDay] = org.fundraisingCampaigns.edges.map((e: any) => e.node);
    expect(charityDay.raisedFen).toBeGreaterThanOrEqual(10_000_000);
    expect(charityDay.donationCount).toBe(80);
  });

  it('adds up the project’s 180 activities to 13,700 person-times in the area statistics', async () => {
    const [{ served, n }] = await rows<{ served: number; n: number }>(
      fed.service('organizations').deps.dataSource,
      `SELECT sum(people_served)::int AS served, count(*)::int AS n FROM activities WHERE project_id IS NOT NULL AND held_on BETWEEN '2026-01-01' AND '2026-12-31'`,
    );
    expect({ served, n }).toEqual({ served: 13_700, n: 180 });
    const { data } = await viaSubgraph(
      fed,
      { roles: ['INTEGRATOR'], areas: ['440118'] },
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { organizations(period: { from: "2026-01-01", to: "2026-12-31" }) {
        organizations members activities peopleServed serviceProjects serviceProjectMeasures { measure target achieved } fundsRaisedFen donations } } } }`,
      { reps: [{ __typename: 'Area', code: FENGXINYUAN }, { __typename: 'Area', code: '440118' }] },
    );
    const [community, district] = data._entities.map((e: any) => e.organizations);
    expect(community.organizations).toBeGreaterThanOrEqual(20);
    expect(community.members).toBeGreaterThanOrEqual(1000);
    expect(community.peopleServed).toBeGreaterThanOrEqual(13_700);
    expect(community.serviceProjectMeasures).toContainEqual({ measure: 'PERSON_TIMES_SERVED', target: 13_700, achieved: 13_700 });
    expect(community.donations).toBe(105);
    expect(district.organizations).toBeGreaterThan(community.organizations);
  });
});
