import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import {
  CASE_M,
  COMMUNITY,
  createAreas,
  daysAgo,
  DISTRICT,
  GRID,
  INCIDENT_M,
  mutation,
  ok,
  openCase,
  OTHER_COMMUNITY,
  OTHER_GRID,
  partiesOf,
  payloadOf,
  persons,
  reportIncident,
  STREET,
  TOPIC_M,
  written,
} from './builders';

const COMMITTEE = mutation('createMediationCommittee', 'CreateMediationCommitteeInput', 'mediationCommittee { id }');
const COUNCIL = mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'residentsCouncil { id }');
const SEAT = mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'councilMember { id }');
const ROUTE = mutation('setIncidentRoute', 'SetIncidentRouteInput', 'incidentRoute { category timeLimitDays }');
const DISPATCH = INCIDENT_M('dispatchGridIncident', 'DispatchGridIncidentInput');
const HANDLE = INCIDENT_M('handleGridIncident', 'HandleGridIncidentInput');
const FOLLOW_UP = INCIDENT_M('followUpGridIncident', 'FollowUpGridIncidentInput');
const EVALUATE = INCIDENT_M('evaluateGridIncident', 'EvaluateGridIncidentInput');
const RAISE = TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput');
const VOTE = TOPIC_M('castCouncilVote', 'CastCouncilVoteInput');
const RESOLVE = TOPIC_M('resolveCouncilTopic', 'ResolveCouncilTopicInput');
const IMPLEMENT = TOPIC_M('updateTopicImplementation', 'UpdateTopicImplementationInput');
const AGREE = CASE_M('reachAgreement', 'ReachAgreementInput');

/** Every statistic of mediation, the figures and the monthly trend. */
const EVERY_STATISTIC = `query ($code: ID!, $period: PeriodInput!) { area(code: $code) { code
  mediation(period: $period) { from to casesOpened { value suppressed } casesByType { type cases { value suppressed } } casesClosed { value suppressed }
    casesByOutcome { outcome cases { value suppressed } } casesFulfilled { value suppressed } successRate averageDaysToClose overdueCases { value suppressed }
    incidentsReported incidentsByStep { step incidents } incidentsByDepartment { departmentCode departmentName dispatched handled handledOnTime overdue }
    incidentsHandled onTimeHandlingRate evaluations satisfactionRate averageScore councilMeetings topicsRaised topicsResolved topicsImplemented }
  mediationTrend(period: $period) { month casesOpened { value suppressed } casesClosed { value suppressed } casesFulfilled { value suppressed }
    incidentsReported incidentsClosed councilMeetings topicsRaised }
  mediationSeries(period: $period, every: QUARTER) { label from to casesOpened { value suppressed } casesClosed { value suppressed } successRate averageDaysToClose
    incidentsHandled onTimeHandlingRate averageScore topicsImplemented } } }`;

const endOfMonth = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
const outOfRange = (...field: string[]) => ({ field: ['input', ...field], code: 'OUT_OF_RANGE', message: expect.any(String) });

describe('limits: lost races, bounds, the largest accepted values and renamed fields, through the gateway', () => {
  let fed: TestFederation;
  let admin: string;
  let streetAdmin: string;
  let worker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    await createAreas(fed, admin);
    streetAdmin = await tokenFor('STREET_ADMIN', [STREET]);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  /** An incident walked to FOLLOWED_UP, ready to be evaluated. */
  async function followedUp(category = 'ENVIRONMENT_SANITATION', deadline?: string): Promise<string> {
    const { id } = await reportIncident(fed, worker, { category });
    await ok(fed, worker, DISPATCH, { incidentId: id, ...(deadline ? { deadline } : {}) });
    await ok(fed, worker, HANDLE, { incidentId: id, handling: '已处理' });
    await ok(fed, worker, FOLLOW_UP, { incidentId: id, note: '已回访' });
    return id;
  }

  /** A carried topic on a one-seat council, ready for its implementation. */
  async function carriedTopic(name: string): Promise<string> {
    const council = await ok(fed, worker, COUNCIL, { areaCode: COMMUNITY, name, seatPlan: [{ group: '居民', seats: 1 }] });
    const [member] = await persons(fed, 1);
    await ok(fed, worker, SEAT, { councilId: council.id, personId: member, group: '居民' });
    const topic = await ok(fed, worker, RAISE, { councilId: council.id, title: '停车' });
    await ok(fed, worker, VOTE, { topicId: topic.id, personId: member, choice: 'FOR' });
    await ok(fed, worker, RESOLVE, { topicId: topic.id, resolution: '划线' });
    return topic.id;
  }

  it('answers eight parallel requests for one community’s committee with one committee and seven COMMITTEE_EXISTS, naming no constraint', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => fed.query(streetAdmin, COMMITTEE, { input: { areaCode: OTHER_COMMUNITY, name: `荔景调委会${i}` } })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const payloads = results.map((r) => r.data!.createMediationCommittee);
    expect(payloads.filter((p) => p.mediationCommittee !== null)).toHaveLength(1);
    const losers = payloads.filter((p) => p.mediationCommittee === null);
    expect(losers).toHaveLength(7);
    for (const loser of losers) expect(loser.userErrors).toEqual([{ field: ['input', 'areaCode'], code: 'COMMITTEE_EXISTS', message: expect.any(String) }]);
    expect(JSON.stringify(results)).not.toMatch(/mediation_committees|constraint|duplicate key|violates/i);
    const [{ n }] = await rows<{ n: number }>(
      fed.service('mediation').deps.dataSource,
      `SELECT count(*)::int AS n FROM mediation_committees WHERE area_code = $1`,
      [OTHER_COMMUNITY],
    );
    expect(n).toBe(1);
  });

  it('refuses every number and list outside its bounds with OUT_OF_RANGE naming the field, writing nothing', async () => {
    const incidentId = await followedUp();
    const topicId = await carriedTopic('界限议事厅');
    const mediating = await openCase(fed, worker);
    await ok(fed, worker, CASE_M('startMediation'), { caseId: mediating.id });
    const reported = await reportIncident(fed, worker);
    const many = await persons(fed, 51);
    const attempts: [string, string, Record<string, unknown>, ReturnType<typeof outOfRange>][] = [
      [admin, ROUTE, { category: 'OTHER', name: '其他', timeLimitDays: 0 }, outOfRange('timeLimitDays')],
      [admin, ROUTE, { category: 'OTHER', name: '其他', timeLimitDays: 366 }, outOfRange('timeLimitDays')],
      [worker, COUNCIL, { areaCode: COMMUNITY, name: '零席', seatPlan: [{ group: '居民', seats: 0 }] }, outOfRange('seatPlan', '0', 'seats')],
      [worker, COUNCIL, { areaCode: COMMUNITY, name: '百席', seatPlan: [{ group: '居民', seats: 100 }] }, outOfRange('seatPlan', '0', 'seats')],
      [
        worker,
        COUNCIL,
        { areaCode: COMMUNITY, name: '多组', seatPlan: Array.from({ length: 21 }, (_, i) => ({ group: `组${i}`, seats: 1 })) },
        outOfRange('seatPlan'),
      ],
      [worker, EVALUATE, { incidentId, satisfied: true, score: 0 }, outOfRange('score')],
      [worker, EVALUATE, { incidentId, satisfied: true, score: 6 }, outOfRange('score')],
      [worker, IMPLEMENT, { topicId, progress: -1 }, outOfRange('progress')],
      [worker, IMPLEMENT, { topicId, progress: 101 }, outOfRange('progress')],
      [worker, DISPATCH, { incidentId: reported.id, deadline: addDays(today(), 366) }, outOfRange('deadline')],
      [worker, AGREE, { caseId: mediating.id, terms: '赔偿', fulfillmentDeadline: addDays(today(), 1827) }, outOfRange('fulfillmentDeadline')],
      [
        worker,
        CASE_M('openDisputeCase', 'OpenDisputeCaseInput'),
        { areaCode: GRID, type: 'NEIGHBOR', summary: '群体纠纷', parties: many.map((personId, i) => ({ personId, role: i ? 'RESPONDENT' : 'APPLICANT' })) },
        outOfRange('parties'),
      ],
    ];
    for (const [token, query, input, error] of attempts) {
      const before = await written(fed);
      const result = await payloadOf(fed, token, query, input);
      expect({ input, userErrors: result.userErrors }).toEqual({ input, userErrors: [error] });
      expect(await written(fed)).toEqual(before);
    }
  });

  it('takes the largest accepted value of every numeric input and answers every statistic at grid, community, street and district without an error', async () => {
    await ok(fed, admin, ROUTE, { category: 'SLOW_MATTER', name: '慢件', departmentCode: 'URBAN_MANAGEMENT', timeLimitDays: 365 });
    const incidentId = await followedUp('SLOW_MATTER', addDays(today(), 365));
    await ok(fed, worker, EVALUATE, { incidentId, satisfied: true, score: 5 });
    await ok(fed, worker, COUNCIL, { areaCode: COMMUNITY, name: '大议事厅', seatPlan: Array.from({ length: 20 }, (_, i) => ({ group: `组${i}`, seats: 99 })) });
    await ok(fed, worker, IMPLEMENT, { topicId: await carriedTopic('满额议事厅'), progress: 100 });
    const c = await openCase(fed, worker, {
      parties: [...(await partiesOf(fed)), ...(await persons(fed, 48)).map((personId) => ({ personId, role: 'RESPONDENT' }))],
    });
    expect(c.parties).toHaveLength(50);
    await ok(fed, worker, CASE_M('startMediation'), { caseId: c.id });
    await ok(fed, worker, CASE_M('recordMediationSession', 'RecordMediationSessionInput'), {
      caseId: c.id,
      heldOn: daysAgo(0),
      attendeeIds: c.parties.map((p: { person: { id: string } }) => p.person.id),
      notes: '全体调解',
    });
    await ok(fed, worker, AGREE, { caseId: c.id, terms: '分期赔偿', fulfillmentDeadline: addDays(today(), 1826) });
    await ok(fed, worker, CASE_M('confirmFulfillment'), { caseId: c.id });

    // whole calendar months: the only periods a statistics-only caller may ask for
    const period = { from: `${daysAgo(400).slice(0, 7)}-01`, to: endOfMonth(daysAgo(0)) };
    const integrator = await tokenFor('INTEGRATOR', [DISTRICT]);
    for (const token of [admin, integrator])
      for (const code of [GRID, COMMUNITY, STREET, DISTRICT]) {
        const answer = await fed.query(token, EVERY_STATISTIC, { code, period });
        expect({ code, errors: answer.errors }).toEqual({ code, errors: undefined });
        expect(answer.data!.area.mediation).not.toBeNull();
        expect(answer.data!.area.mediationTrend.length).toBeGreaterThan(12);
        expect(answer.data!.area.mediationSeries.length).toBeGreaterThanOrEqual(5);
      }
    const { area } = await fed.ok(admin, EVERY_STATISTIC, { code: DISTRICT, period });
    expect(area.mediation).toMatchObject({ evaluations: 1, averageScore: 5, topicsImplemented: 1, casesFulfilled: { value: 1 } });
  });

  it('closes a case whose agreement was not honored as UNFULFILLED, then refers it to court', async () => {
    const c = await openCase(fed, worker, { openedOn: daysAgo(20) });
    await ok(fed, worker, CASE_M('startMediation'), { caseId: c.id, on: daysAgo(19) });
    const agreed = await ok(fed, worker, AGREE, { caseId: c.id, terms: '一周内还款', fulfillmentDeadline: daysAgo(10), on: daysAgo(17) });
    expect(agreed.allowedTransitions).toEqual(['FULFILL', 'BREACH']);
    const broken = await ok(fed, worker, CASE_M('recordNonFulfillment', 'RecordNonFulfillmentInput'), { caseId: c.id, reason: '未按期还款', on: daysAgo(9) });
    expect(broken).toMatchObject({ status: 'UNFULFILLED', closedOn: daysAgo(9), failureReason: '未按期还款', allowedTransitions: ['REFER'] });
    const referred = await ok(fed, worker, CASE_M('referDisputeCase', 'ReferDisputeCaseInput'), {
      caseId: c.id,
      target: 'COURT',
      institution: '增城区人民法院',
      on: daysAgo(8),
    });
    expect(referred).toMatchObject({ status: 'REFERRED', closedOn: daysAgo(9) });
    expect(referred.history.map((h: { to: string }) => h.to)).toEqual(['INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'UNFULFILLED', 'REFERRED']);
    const [closed] = await rows<{ outcome: string }>(
      fed.service('mediation').deps.dataSource,
      `SELECT envelope->'data'->>'outcome' AS outcome FROM outbox WHERE type = 'mediation.case.closed' AND envelope->'data'->>'caseId' = $1`,
      [c.id],
    );
    expect(closed.outcome).toBe('UNFULFILLED');
  });

  it('answers the renamed fields under their deprecated names as well', async () => {
    const c = await openCase(fed, worker);
    await ok(fed, worker, CASE_M('startMediation'), { caseId: c.id });
    const deadline = addDays(today(), 7);
    const agreed = await payloadOf(
      fed,
      worker,
      mutation('reachAgreement', 'ReachAgreementInput', 'disputeCase { allowedTransitions agreement { fulfilmentDeadline fulfillmentDeadline } }'),
      {
        caseId: c.id,
        terms: '修复',
        fulfilmentDeadline: deadline,
      },
    );
    expect(agreed).toEqual({
      disputeCase: { allowedTransitions: ['FULFILL', 'BREACH'], agreement: { fulfilmentDeadline: deadline, fulfillmentDeadline: deadline } },
      userErrors: [],
    });
    const fulfilled = await payloadOf(fed, worker, mutation('confirmFulfilment', 'CaseTransitionInput', 'disputeCase { status }'), { caseId: c.id });
    expect(fulfilled).toEqual({ disputeCase: { status: 'FULFILLED' }, userErrors: [] });
    const reported = await payloadOf(fed, worker, mutation('reportGridIncident', 'ReportGridIncidentInput', 'incident { id } gridIncident { id }'), {
      areaCode: GRID,
      category: 'OTHER',
      place: '凤馨路3号',
      description: '路灯坏',
      reporterKind: 'GRID_WORKER',
    });
    expect(reported.incident).toEqual(reported.gridIncident);
    const neighbor = await openCase(fed, worker, { type: 'NEIGHBOUR' });
    const read = await fed.ok(
      worker,
      `query ($id: ID!) { disputeCase(id: $id) { type } disputeCases(filter: { type: NEIGHBOUR }) { edges { node { id type } } } }`,
      { id: neighbor.id },
    );
    expect(read.disputeCase.type).toBe('NEIGHBOR');
    expect(read.disputeCases.edges).toContainEqual({ node: { id: neighbor.id, type: 'NEIGHBOR' } });
    expect(reported.gridIncident.id).toEqual(expect.any(String));
  });

  it('gives statistics-only callers an average of whole days, withheld with its count, and staff the exact mean', async () => {
    const there = await tokenFor('COMMUNITY_WORKER', [OTHER_COMMUNITY]);
    // six cases closed after 1, 1, 2, 2, 3 and 4 days, all in last month: one community-month cell of 6, a mean of 13/6 days
    const lastMonth = `${addDays(`${today().slice(0, 7)}-01`, -1).slice(0, 7)}-01`;
    for (const days of [1, 1, 2, 2, 3, 4]) {
      const c = await openCase(fed, there, { areaCode: OTHER_GRID, openedOn: lastMonth, parties: await partiesIn(OTHER_GRID) });
      await ok(fed, there, CASE_M('withdrawDisputeCase', 'WithdrawDisputeCaseInput'), { caseId: c.id, reason: '和解', on: addDays(lastMonth, days) });
    }
    const period = { from: lastMonth, to: endOfMonth(lastMonth) };
    const QUERY = `query ($code: ID!, $period: PeriodInput!) { area(code: $code) { mediation(period: $period) { casesClosed { value suppressed } averageDaysToClose successRate } } }`;
    const staff = (await fed.ok(there, QUERY, { code: OTHER_COMMUNITY, period })).area.mediation;
    expect(staff.casesClosed).toEqual({ value: 6, suppressed: false });
    expect(staff.averageDaysToClose).toBeCloseTo(13 / 6);
    expect(staff.successRate).toBe(0);
    const integrator = await tokenFor('INTEGRATOR', [DISTRICT]);
    const shown = (await fed.ok(integrator, QUERY, { code: OTHER_COMMUNITY, period })).area.mediation;
    expect(shown.casesClosed).toEqual({ value: 5, suppressed: false });
    expect(shown.averageDaysToClose).toBe(2);
    // nothing fulfilled is a withheld count: the rate would give it away
    expect(shown.successRate).toBeNull();
    // a grid is finer than a cell: its count and its average are both withheld
    const few = (await fed.ok(integrator, QUERY, { code: GRID, period })).area.mediation;
    expect(few.casesClosed.suppressed).toBe(true);
    expect(few.averageDaysToClose).toBeNull();
  });

  it('nulls only Area.mediation, with an error naming it, when mediation cannot answer; the area and its housing figures still arrive', async () => {
    const db = fed.service('mediation').deps.dataSource;
    const QUERY = `query ($code: ID!) { area(code: $code) { code name housing { buildings } mediation { councilMeetings } } }`;
    // a real failure, not a stub: the statement behind the figures finds a table gone
    await rows(db, `ALTER TABLE council_meetings RENAME TO council_meetings_away`);
    try {
      const answer = await fed.query(admin, QUERY, { code: COMMUNITY });
      expect(answer.data!.area).toEqual({ code: COMMUNITY, name: '凤馨苑社区', housing: { buildings: expect.any(Number) }, mediation: null });
      expect(answer.errors?.map((e) => e.path)).toEqual([['area', 'mediation']]);
      expect(JSON.stringify(answer.errors)).not.toMatch(/council_meetings|relation|SELECT/i);
    } finally {
      await rows(db, `ALTER TABLE council_meetings_away RENAME TO council_meetings`);
    }
    expect((await fed.ok(admin, QUERY, { code: COMMUNITY })).area.mediation).toEqual({ councilMeetings: expect.any(Number) });
  });

  /** An applicant and a respondent living in the given area. */
  async function partiesIn(areaCode: string) {
    const [applicant, respondent] = await persons(fed, 2, areaCode);
    return [
      { personId: applicant, role: 'APPLICANT' },
      { personId: respondent, role: 'RESPONDENT' },
    ];
  }
});
