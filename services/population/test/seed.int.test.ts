import { demoDistrict, FENGXINYUAN } from '@linli/demo';
import { rows } from '@linli/db';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import { viaSubgraph } from './builders';

describe('the demo seed', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    const { dataSource, pii, log } = fed.service('population').deps;
    await dataSource.transaction((tx) => population.seed!(tx, { pii, log }));
  });
  afterAll(() => fed.stop());

  it('places every demo person in their demo house, Fengxinyuan about four in five migrants', async () => {
    const district = demoDistrict();
    const inFengxinyuan = district.persons.filter((p) => p.gridCode.startsWith(FENGXINYUAN));
    const { _entities } = await viaSubgraph(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area {
      population { residents migrants locals keyGroupMembers { value } visitsOverdue permitsValid permitsExpiring } } } }`, {
      reps: [{ __typename: 'Area', code: '440118' }, { __typename: 'Area', code: FENGXINYUAN }],
    });
    const [all, fengxinyuan] = _entities.map((e: any) => e.population);
    expect(all.residents).toBe(district.persons.length);
    expect(all.migrants).toBe(district.persons.filter((p) => p.householdType === 'MIGRANT').length);
    expect(fengxinyuan.residents).toBe(inFengxinyuan.length);
    expect(fengxinyuan.migrants / fengxinyuan.residents).toBeGreaterThan(0.75);
    expect(all.keyGroupMembers.value).toBeGreaterThan(50);
    expect(all.visitsOverdue).toBeGreaterThan(100);
    expect(all.visitsOverdue).toBeLessThan(all.residents / 2);
    expect(all.permitsValid).toBeGreaterThan(1000);
    expect(all.permitsExpiring).toBeGreaterThan(0);
  });

  it('makes a demo person findable by their ID number through the gateway, shown masked, with points and an overdue list', async () => {
    const person = demoDistrict().persons.find((p) => p.householdType === 'MIGRANT' && p.gridCode.startsWith(FENGXINYUAN))!;
    const worker = await tokenFor('COMMUNITY_WORKER', [FENGXINYUAN]);
    const data = await fed.ok(worker, `query ($doc: String!, $grid: ID!) { persons(filter: { documentNumber: $doc }) { edges { node { id documentNumber currentResidence { house { id } } pointsAccount { total } } } }
      overdueVisits(areaCode: $grid, first: 5) { totalCount edges { node { daysOverdue } } } }`, { doc: person.idNumber, grid: person.gridCode });
    const [{ node }] = data.persons.edges;
    expect(node).toMatchObject({ id: person.id, currentResidence: { house: { id: person.houseId } } });
    expect(node.documentNumber).not.toBe(person.idNumber);
    expect(node.pointsAccount.total).toBeGreaterThan(0);
    const days = data.overdueVisits.edges.map((e: any) => e.node.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, `SELECT count(*)::int AS n FROM persons WHERE document_enc LIKE '%' || $1 || '%'`, [person.idNumber]);
    expect(n).toBe(0);
  });
});
