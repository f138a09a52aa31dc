import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { TestFederation, tokenFor } from '@linli/infra/testing';

const COMMUNITY = '440118001001';
const DASHBOARD = `query Dashboard($code: ID!) { area(code: $code) { code population { residents migrants } } }`;

/** Statements of population's statistics among those recorded. */
const figures = (statements: string[]) => statements.filter((s) => s.includes('/* populationByAreas */')).length;

describe('identical reads in flight at once', () => {
  let fed: TestFederation;
  beforeAll(async () => {
    fed = await TestFederation.start([housing, population], { gatewayEnv: { RATE_LIMIT_PER_MINUTE: '100000' } });
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    for (const [code, name] of [['440118', '增城区'], ['440118001', '永宁街道'], [COMMUNITY, '凤馨苑社区'], ['440118001002', '另一社区']])
      await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, { input: { code, name } });
  });
  afterAll(() => fed.stop());

  it('share one subgraph fetch when callers of the same scope ask the same at the same time', async () => {
    const tokens = await Promise.all(Array.from({ length: 12 }, (_, i) => tokenFor('COMMUNITY_WORKER', [COMMUNITY], { sub: `worker-${i}` })));
    const { result, statements } = await fed.service('population').deps.queries.record(() => Promise.all(tokens.map((t) => fed.ok(t, DASHBOARD, { code: COMMUNITY }))));
    for (const data of result) expect(data.area).toEqual({ code: COMMUNITY, population: { residents: 0, migrants: 0 } });
    expect(figures(statements)).toBeGreaterThanOrEqual(1);
    expect(figures(statements)).toBeLessThan(tokens.length);
  });

  it('never share between callers of different scopes', async () => {
    const worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    const admin = await tokenFor('STREET_ADMIN', ['440118001']);
    const { result, statements } = await fed.service('population').deps.queries.record(() =>
      Promise.all([fed.ok(worker, DASHBOARD, { code: COMMUNITY }), fed.ok(admin, DASHBOARD, { code: COMMUNITY })]),
    );
    expect(result.map((r) => r.area.population)).toEqual([
      { residents: 0, migrants: 0 },
      { residents: 0, migrants: 0 },
    ]);
    // the same question from two scopes: each scope's answer is computed for it
    expect(figures(statements)).toBe(2);
  });

  it('never share a change: two identical mutations at once both run', async () => {
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const create = `mutation ($input: CreateAreaInput!) { createArea(input: $input) { area { code } userErrors { code } } }`;
    const input = { code: '440118001003', name: '第三社区' };
    const answers = await Promise.all([fed.ok(admin, create, { input }), fed.ok(admin, create, { input })]);
    const codes = answers.map((a) => a.createArea.userErrors.map((e: { code: string }) => e.code).join() || 'created').sort();
    // one created it; the other ran too and was refused by the rule, not handed the first one's answer
    expect(codes[0]).not.toBe(codes[1]);
    expect(codes).toContain('created');
  });
});
