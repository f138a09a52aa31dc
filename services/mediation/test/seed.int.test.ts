import { housing } from '@linli/housing';
import { rows } from '@linli/db';
import { demoDistrict, FENGXINYUAN } from '@linli/demo';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import { CASE_M, daysAgo, ok } from './builders';

describe('the mediation demo data', () => {
  let fed: TestFederation;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    for (const [code, name] of [
      ['440118', '增城区'],
      ['440118001', '荔城街道'],
      [FENGXINYUAN, '凤馨苑社区'],
      ['440118001002', '荔景社区'],
    ])
      await fed.ok(admin, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code } } }`, { input: { code, name } });
  });
  afterAll(() => fed.stop());

  it('seeds the Fengxinyuan figures in a fresh database within seconds', async () => {
    const service = fed.service('mediation');
    const started = Date.now();
    await service.deps.dataSource.transaction((tx) => mediation.seed!(tx, { pii: service.deps.pii, log: service.deps.log }));
    expect(Date.now() - started).toBeLessThan(5_000);

    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const { area } = await fed.ok(
      admin,
      `query ($code: ID!, $period: PeriodInput) { area(code: $code) { mediation(period: $period) {
        casesClosed { value } casesFulfilled { value } successRate councilMeetings topicsRaised topicsResolved topicsImplemented
        incidentsByStep { step incidents } incidentsByDepartment { overdue } } } }`,
      { code: FENGXINYUAN, period: { from: daysAgo(365), to: daysAgo(0) } },
    );
    const s = area.mediation;
    expect(s).toMatchObject({
      casesClosed: { value: 21 },
      casesFulfilled: { value: 20 },
      councilMeetings: 9,
      topicsRaised: 20,
      topicsResolved: 19,
      topicsImplemented: 19,
    });
    expect(s.successRate).toBeCloseTo(20 / 21);
    for (const step of s.incidentsByStep) expect(step.incidents).toBeGreaterThan(0);
    expect(s.incidentsByDepartment.reduce((sum: number, d: { overdue: number }) => sum + d.overdue, 0)).toBeGreaterThan(0);

    const committee = await fed.ok(
      admin,
      `{ mediationCommittees(areaCode: "${FENGXINYUAN}") { edges { node { mediators { employment volunteerLawyer } } } } }`,
    );
    const mediators = committee.mediationCommittees.edges[0].node.mediators;
    expect(mediators).toHaveLength(8);
    expect(mediators.filter((m: { volunteerLawyer: boolean }) => m.volunteerLawyer)).toHaveLength(1);
    const overdue = await fed.ok(admin, `{ disputeCases(filter: { overdue: true }) { totalCount } }`);
    expect(overdue.disputeCases.totalCount).toBe(1);
  });

  it('holds every demo person in the read model of population’s persons, so they can be parties', async () => {
    const district = demoDistrict();
    const [{ n, migrants }] = await rows<{ n: number; migrants: number }>(
      fed.service('mediation').deps.dataSource,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE household_type = 'MIGRANT')::int AS migrants FROM known_persons`,
    );
    expect(n).toBe(district.persons.length);
    expect(migrants).toBe(district.persons.filter((p) => p.householdType === 'MIGRANT').length);
    const [a, b] = district.persons.filter((p) => p.gridCode.startsWith(FENGXINYUAN)).slice(-2);
    const mediator = await tokenFor('MEDIATOR', [FENGXINYUAN]);
    const opened = await ok(fed, mediator, CASE_M('openDisputeCase', 'OpenDisputeCaseInput'), {
      areaCode: a.gridCode,
      type: 'NEIGHBOR',
      summary: '晾衣纠纷',
      parties: [
        { personId: a.id, role: 'APPLICANT' },
        { personId: b.id, role: 'RESPONDENT' },
      ],
    });
    expect(opened.parties.map((p: { person: { id: string } }) => p.person.id)).toEqual([a.id, b.id]);
  });
});
