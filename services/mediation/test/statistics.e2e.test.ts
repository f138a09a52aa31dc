import { rows } from '@linli/db';
import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import {
  CASE_M,
  COMMUNITY,
  createAreas,
  daysAgo,
  INCIDENT_M,
  mutation,
  ok,
  openCase as openCaseWith,
  OTHER_COMMUNITY,
  OTHER_GRID,
  persons,
  recordStatements,
  reportIncident,
  TOPIC_M,
} from './builders';

const STATS = `query ($code: ID!, $period: PeriodInput) { area(code: $code) { code mediation(period: $period) {
  from to casesOpened { value suppressed } casesClosed { value suppressed } casesFulfilled { value suppressed } successRate averageDaysToClose
  overdueCases { value suppressed } casesByType { type cases { value suppressed } } casesByOutcome { outcome cases { value } }
  incidentsReported incidentsByStep { step incidents } incidentsByDepartment { departmentCode dispatched handled handledOnTime overdue }
  incidentsHandled onTimeHandlingRate evaluations satisfactionRate averageScore councilMeetings topicsRaised topicsResolved topicsImplemented } } }`;

const endOfMonth = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);

describe('mediation statistics on Area, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  const period = { from: daysAgo(60), to: daysAgo(0) };

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    await createAreas(fed, await tokenFor('DISTRICT_ADMIN', ['440118']));
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    const m = await tokenFor('MEDIATOR', [COMMUNITY]);
    const t = (name: string, type = 'CaseTransitionInput') => CASE_M(name, type);
    const streetAdmin = await tokenFor('STREET_ADMIN', ['440118001']);

    // committees in both communities, two mediators here (assigned to every case) and one there; they change no figure
    const COMMITTEE = mutation('createMediationCommittee', 'CreateMediationCommitteeInput', 'committee { id }');
    const ADD_MEDIATOR = mutation('addMediator', 'AddMediatorInput', 'mediator { id }');
    const here = await ok(fed, worker, COMMITTEE, { areaCode: COMMUNITY, name: '凤馨苑调委会' });
    const there = await ok(fed, streetAdmin, COMMITTEE, { areaCode: OTHER_COMMUNITY, name: '荔景调委会' });
    const mediatorPersons = await persons(fed, 3);
    const mediatorIds: string[] = [];
    for (const personId of mediatorPersons.slice(0, 2))
      mediatorIds.push((await ok(fed, worker, ADD_MEDIATOR, { committeeId: here.id, personId, employment: 'FULL_TIME' })).id);
    await ok(fed, streetAdmin, ADD_MEDIATOR, { committeeId: there.id, personId: mediatorPersons[2], employment: 'PART_TIME' });
    const openCase = (f: typeof fed, token: string, overrides: Record<string, unknown>) => openCaseWith(f, token, { mediatorIds, ...overrides });

    // hand-counted fixture: 6 cases opened, 5 closed (3 fulfilled, 1 failed and referred, 1 withdrawn), 1 open past its limit
    const fulfil = async (opened: number, closed: number, type = 'NEIGHBOR') => {
      const c = await openCase(fed, m, { openedOn: daysAgo(opened), type });
      await ok(fed, m, t('startMediation'), { caseId: c.id, on: daysAgo(opened) });
      await ok(fed, m, t('reachAgreement', 'ReachAgreementInput'), { caseId: c.id, terms: '赔偿', fulfillmentDeadline: daysAgo(closed), on: daysAgo(closed) });
      await ok(fed, m, t('confirmFulfillment'), { caseId: c.id, on: daysAgo(closed) });
    };
    await fulfil(40, 30);
    await fulfil(35, 25);
    await fulfil(20, 14, 'FAMILY');
    const failed = await openCase(fed, m, { openedOn: daysAgo(16) });
    await ok(fed, m, t('startMediation'), { caseId: failed.id, on: daysAgo(16) });
    await ok(fed, m, t('failMediation', 'FailMediationInput'), { caseId: failed.id, reason: '不成', on: daysAgo(10) });
    await ok(fed, m, t('referDisputeCase', 'ReferDisputeCaseInput'), { caseId: failed.id, target: 'DEPARTMENT', institution: '司法所', on: daysAgo(9) });
    const withdrawn = await openCase(fed, m, { openedOn: daysAgo(12) });
    await ok(fed, m, t('withdrawDisputeCase', 'WithdrawDisputeCaseInput'), { caseId: withdrawn.id, reason: '和解', on: daysAgo(11) });
    const open = await openCase(fed, m, { openedOn: daysAgo(45) });
    await ok(fed, m, t('startMediation'), { caseId: open.id, on: daysAgo(44) });

    // incidents: 6 reported; 5 dispatched to urban management, 4 handled (1 of them late), 1 waiting past its deadline; 2 closed (scores 5 and 3)
    const grid = await tokenFor('GRID_WORKER', [COMMUNITY]);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await reportIncident(fed, grid)).id);
    for (const id of ids.slice(0, 5)) await ok(fed, worker, INCIDENT_M('dispatchGridIncident', 'DispatchGridIncidentInput'), { incidentId: id });
    for (const id of ids.slice(0, 4)) await ok(fed, grid, INCIDENT_M('handleGridIncident', 'HandleGridIncidentInput'), { incidentId: id, handling: '已处理' });
    for (const [i, score] of [5, 3].entries()) {
      await ok(fed, grid, INCIDENT_M('followUpGridIncident', 'FollowUpGridIncidentInput'), { incidentId: ids[i], note: '已回访' });
      await ok(fed, grid, INCIDENT_M('evaluateGridIncident', 'EvaluateGridIncidentInput'), { incidentId: ids[i], satisfied: true, score });
    }
    // time passes: deadlines cannot be set in the past through the API, so move two of them back
    const db = fed.service('mediation').deps.dataSource;
    await rows(db, `UPDATE grid_incidents SET deadline = handled_on - 1, dispatched_on = handled_on - 4 WHERE id = $1`, [ids[3]]);
    await rows(db, `UPDATE incident_handlings SET deadline = handled_on - 1 WHERE incident_id = $1`, [ids[3]]);
    await rows(db, `UPDATE grid_incidents SET deadline = current_date - 2, dispatched_on = current_date - 5 WHERE id = $1`, [ids[4]]);

    // council: 3 seats (quorum 2), 1 meeting, 2 topics raised, 1 carried and fully implemented
    const council = await ok(fed, worker, mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'council { id }'), {
      areaCode: COMMUNITY,
      name: '议事厅',
      seatPlan: [{ group: '居民', seats: 3 }],
    });
    const seated = await persons(fed, 2);
    for (const personId of seated)
      await ok(fed, worker, mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'member { id }'), { councilId: council.id, personId, group: '居民' });
    const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: council.id, title: '停车', raisedOn: daysAgo(5) });
    await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: council.id, title: '绿化', raisedOn: daysAgo(4) });
    for (const personId of seated) await ok(fed, worker, TOPIC_M('castCouncilVote', 'CastCouncilVoteInput'), { topicId: topic.id, personId, choice: 'FOR' });
    await ok(fed, worker, TOPIC_M('resolveCouncilTopic', 'ResolveCouncilTopicInput'), { topicId: topic.id, resolution: '划线停车' });
    await ok(fed, worker, TOPIC_M('updateTopicImplementation', 'UpdateTopicImplementationInput'), { topicId: topic.id, progress: 100 });
    await ok(fed, worker, mutation('recordCouncilMeeting', 'RecordCouncilMeetingInput', 'meeting { id }'), {
      councilId: council.id,
      heldOn: daysAgo(5),
      attendeeIds: seated,
      minutes: '纪要',
      topicIds: [topic.id],
    });

    // a second council, in the other community, so council lists batch over more than one parent
    const other = await ok(fed, streetAdmin, mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'council { id }'), {
      areaCode: OTHER_COMMUNITY,
      name: '荔景议事厅',
      seatPlan: [{ group: '居民', seats: 1 }],
    });
    const [otherMember, stakeholder] = await persons(fed, 2, OTHER_GRID);
    await ok(fed, streetAdmin, mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'member { id }'), {
      councilId: other.id,
      personId: otherMember,
      group: '居民',
    });
    const otherTopic = await ok(fed, streetAdmin, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), {
      councilId: other.id,
      title: '照明',
      raisedOn: daysAgo(3),
      stakeholders: [{ personId: stakeholder, group: '租户' }],
    });
    await ok(fed, streetAdmin, TOPIC_M('castCouncilVote', 'CastCouncilVoteInput'), { topicId: otherTopic.id, personId: otherMember, choice: 'FOR' });
    await ok(fed, streetAdmin, mutation('recordCouncilMeeting', 'RecordCouncilMeetingInput', 'meeting { id }'), {
      councilId: other.id,
      heldOn: daysAgo(2),
      attendeeIds: [otherMember],
      minutes: '纪要',
      topicIds: [otherTopic.id],
    });
  });
  afterAll(() => fed.stop());

  it('matches the hand-counted success rate, days to close, overdue cases and on-time handling rate', async () => {
    const { area } = await fed.ok(worker, STATS, { code: COMMUNITY, period });
    const s = area.mediation;
    expect(s).toMatchObject({
      from: period.from,
      to: period.to,
      casesOpened: { value: 6, suppressed: false },
      casesClosed: { value: 5, suppressed: false },
      casesFulfilled: { value: 3, suppressed: false },
      overdueCases: { value: 1, suppressed: false },
      incidentsReported: 6,
      incidentsHandled: 4,
      evaluations: 2,
      satisfactionRate: 1,
      averageScore: 4,
      councilMeetings: 1,
      topicsRaised: 2,
      topicsResolved: 1,
      topicsImplemented: 1,
    });
    expect(s.successRate).toBeCloseTo(3 / 5); // fulfilled over closed
    expect(s.averageDaysToClose).toBeCloseTo((10 + 10 + 6 + 6 + 1) / 5);
    expect(s.onTimeHandlingRate).toBeCloseTo(3 / 4);
    expect(s.casesByOutcome).toEqual([
      { outcome: 'FULFILLED', cases: { value: 3 } },
      { outcome: 'UNFULFILLED', cases: { value: 0 } },
      { outcome: 'FAILED', cases: { value: 0 } },
      { outcome: 'REFERRED', cases: { value: 1 } },
      { outcome: 'WITHDRAWN', cases: { value: 1 } },
    ]);
    expect(s.incidentsByStep).toEqual([
      { step: 'REPORTED', incidents: 1 },
      { step: 'DISPATCHED', incidents: 1 },
      { step: 'HANDLED', incidents: 2 },
      { step: 'FOLLOWED_UP', incidents: 0 },
      { step: 'CLOSED', incidents: 2 },
    ]);
    // the late handling and the incident waiting past its deadline both count against the department
    expect(s.incidentsByDepartment).toEqual([{ departmentCode: 'URBAN_MANAGEMENT', dispatched: 5, handled: 4, handledOnTime: 3, overdue: 2 }]);
  });

  it('includes everything beneath an area and nothing from a sibling', async () => {
    const street = await fed.ok(worker, STATS, { code: '440118001', period });
    expect(street.area).toBeNull(); // a community worker cannot see the street as an area
    const admin = await tokenFor('STREET_ADMIN', ['440118001']);
    const [streetStats, sibling] = await Promise.all([
      fed.ok(admin, STATS, { code: '440118001', period }),
      fed.ok(admin, STATS, { code: OTHER_COMMUNITY, period }),
    ]);
    expect(streetStats.area.mediation.casesOpened.value).toBe(6);
    expect(sibling.area.mediation.casesOpened.value).toBe(0);
  });

  it('shows integrators whole calendar months only, each figure the sum of the published community-month cells, and rates that would reveal a withheld one withheld', async () => {
    const integrator = await tokenFor('INTEGRATOR', ['440118']);
    // arbitrary days would let an edge slide a day at a time and watch a rounded count step
    const days = await fed.query(integrator, STATS, { code: COMMUNITY, period });
    expect(days.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const months = { from: `${period.from.slice(0, 7)}-01`, to: endOfMonth(period.to) };
    // a period reaching today counts to the end of this month: nothing has happened after today
    const toToday = await fed.query(integrator, STATS, { code: COMMUNITY, period: { from: months.from, to: period.to } });
    expect(toToday.errors).toBeUndefined();
    expect(toToday.data!.area.mediation.to).toBe(months.to);
    const { area } = await fed.ok(integrator, STATS, { code: COMMUNITY, period: months });
    const s = area.mediation;
    // 6 cases opened 12 to 45 days ago fall in two or three months: published only where a community-month holds 5, rounded to 5
    expect(s.casesOpened.suppressed ? s.casesOpened.value : s.casesOpened.value % 5).toBe(s.casesOpened.suppressed ? null : 0);
    expect(s.casesOpened.value ?? 0).toBeLessThanOrEqual(5);
    expect(s.casesFulfilled).toEqual({ value: null, suppressed: true });
    expect(s.overdueCases).toEqual({ value: null, suppressed: true });
    expect(s.casesByType.find((t: { type: string }) => t.type === 'FAMILY').cases).toEqual({ value: null, suppressed: true });
    // none is withheld too, so "none" and "a few" look alike
    expect(s.casesByType.find((t: { type: string }) => t.type === 'LABOR').cases).toEqual({ value: null, suppressed: true });
    expect(s.successRate).toBeNull();
    // the average follows its count as published: withheld with it, else whole days (which months the fixture falls in depends on today)
    if (s.casesClosed.suppressed) expect(s.averageDaysToClose).toBeNull();
    else expect(Number.isInteger(s.averageDaysToClose)).toBe(true);
    expect(s.onTimeHandlingRate).toBeCloseTo(0.75);
    // a grid is finer than a cell: its dispute figures are withheld whole
    const grid = (await fed.ok(integrator, STATS, { code: `${COMMUNITY}001`, period: months })).area.mediation;
    expect(grid.casesOpened).toEqual({ value: null, suppressed: true });
    const rowLevel = await fed.query(integrator, `{ gridIncidents { totalCount } }`);
    expect(rowLevel.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a monthly trend over a range, months clipped to it', async () => {
    const { area } = await fed.ok(
      worker,
      `query ($code: ID!, $period: PeriodInput!) { area(code: $code) { mediationTrend(period: $period) { month casesOpened { value } casesClosed { value } incidentsReported topicsRaised } } }`,
      {
        code: COMMUNITY,
        period,
      },
    );
    const trend = area.mediationTrend;
    expect(trend[0].month).toBe(period.from.slice(0, 7));
    expect(trend.at(-1).month).toBe(period.to.slice(0, 7));
    expect(trend.reduce((sum: number, m: { casesOpened: { value: number } }) => sum + m.casesOpened.value, 0)).toBe(6);
    expect(trend.reduce((sum: number, m: { casesClosed: { value: number } }) => sum + m.casesClosed.value, 0)).toBe(5);
    expect(trend.reduce((sum: number, m: { incidentsReported: number }) => sum + m.incidentsReported, 0)).toBe(6);
  });

  it('answers a series of months, quarters or years under the field names of Area.mediation, its periods adding up to the range', async () => {
    const SERIES = `query ($code: ID!, $period: PeriodInput!, $every: SeriesInterval) { area(code: $code) {
      mediation(period: $period) { casesOpened { value } incidentsReported topicsRaised }
      mediationSeries(period: $period, every: $every) { label from to casesOpened { value } casesClosed { value } incidentsReported incidentsHandled topicsRaised councilMeetings } } }`;
    const monthly = (await fed.ok(worker, SERIES, { code: COMMUNITY, period })).area;
    expect(monthly.mediationSeries[0]).toMatchObject({ label: period.from.slice(0, 7), from: period.from });
    expect(monthly.mediationSeries.at(-1)).toMatchObject({ label: period.to.slice(0, 7), to: period.to });
    const sum = (points: any[], pick: (p: any) => number) => points.reduce((total, point) => total + pick(point), 0);
    for (const every of ['MONTH', 'QUARTER', 'YEAR']) {
      const { area } = await fed.ok(worker, SERIES, { code: COMMUNITY, period, every });
      expect({ every, opened: sum(area.mediationSeries, (p) => p.casesOpened.value) }).toEqual({ every, opened: area.mediation.casesOpened.value });
      expect({ every, reported: sum(area.mediationSeries, (p) => p.incidentsReported) }).toEqual({ every, reported: area.mediation.incidentsReported });
      expect({ every, raised: sum(area.mediationSeries, (p) => p.topicsRaised) }).toEqual({ every, raised: area.mediation.topicsRaised });
    }
    const quarters = (await fed.ok(worker, SERIES, { code: COMMUNITY, period: { from: '2026-02-15', to: '2026-08-01' }, every: 'QUARTER' })).area.mediationSeries;
    expect(quarters.map((q: { label: string; from: string; to: string }) => [q.label, q.from, q.to])).toEqual([
      ['2026Q1', '2026-02-15', '2026-03-31'],
      ['2026Q2', '2026-04-01', '2026-06-30'],
      ['2026Q3', '2026-07-01', '2026-08-01'],
    ]);
    const tooLong = await fed.query(worker, SERIES, { code: COMMUNITY, period: { from: '2020-01-01', to: '2026-01-01' }, every: 'MONTH' });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fed.ok(worker, SERIES, { code: COMMUNITY, period: { from: '2020-01-01', to: '2026-01-01' }, every: 'YEAR' })).area.mediationSeries).toHaveLength(7);
  });

  it('computes a series for a list of areas in one statement', async () => {
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(admin, `query ($period: PeriodInput!) { areas(within: "440118", first: 10) { edges { node { code mediationSeries(period: $period, every: QUARTER) { label casesOpened { value } } } } } }`, {
        period,
      }),
    );
    expect(result.areas.edges.length).toBeGreaterThanOrEqual(6);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\/\* mediationByAreas \*\//);
  });

  it('computes the figures of a list of areas in one statement', async () => {
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(
        admin,
        `query ($period: PeriodInput) { areas(within: "440118", first: 10) { edges { node { code mediation(period: $period) { casesOpened { value } } } } } }`,
        { period },
      ),
    );
    expect(result.areas.edges.length).toBeGreaterThanOrEqual(6);
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^\/\* mediationByAreas \*\//);
  });

  it('loads every hop of a case list with one statement each', async () => {
    const m = await tokenFor('MEDIATOR', [COMMUNITY]);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(
        m,
        `{ disputeCases(first: 10) { totalCount edges { node { id parties { role person { id disputes { id } } } mediators { id } sessions { notes } history { to } committee { id } } } } }`,
      ),
    );
    expect(result.disputeCases.edges.length).toBe(6);
    const names = statements.map((s) => /^\/\* ([\w:]+) \*\//.exec(s)?.[1]);
    const counts = names.reduce<Record<string, number>>((acc, n) => ({ ...acc, [n!]: (acc[n!] ?? 0) + 1 }), {});
    expect(counts).toEqual({
      casesCount: 1,
      casesList: 1,
      partiesOfCases: 1,
      casesOfPersons: 1,
      mediatorsOfCases: 1,
      mediatorsByIds: 1,
      sessionsOfCases: 1,
      transitionsOfCases: 1,
      committeesByIds: 1,
      'readModelByIds:known_persons': 1,
    });
  });

  /** How many statements of each kind (named by their leading comment) ran. */
  const countByName = (statements: string[]) =>
    statements.map((s) => /^\/\* ([\w:]+) \*\//.exec(s)?.[1] ?? s).reduce<Record<string, number>>((acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }), {});

  it('loads the mediators of a case list, their persons’ disputes and their committees’ mediators with one statement each', async () => {
    const m = await tokenFor('MEDIATOR', [COMMUNITY]);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(m, `{ disputeCases(first: 10) { edges { node { id mediators { id person { id disputes { id } } committee { id name mediators { id } } } } } } }`),
    );
    const nodes = result.disputeCases.edges.map((e: { node: any }) => e.node);
    expect(nodes).toHaveLength(6);
    for (const node of nodes) {
      expect(node.mediators).toHaveLength(2);
      for (const mediator of node.mediators) {
        expect(mediator.person.disputes).toEqual([]); // mediators here are no party to any case
        expect(mediator.committee.mediators.map((x: { id: string }) => x.id).sort()).toEqual(node.mediators.map((x: { id: string }) => x.id).sort());
      }
    }
    expect(countByName(statements)).toEqual({
      casesCount: 1,
      casesList: 1,
      mediatorsOfCases: 1,
      mediatorsByIds: 1,
      casesOfPersons: 1,
      committeesByIds: 1,
      mediatorsOfCommittees: 1,
      'readModelByIds:known_persons': 1,
    });
  });

  it('loads the mediators of a committee list, each mediator’s person and committee, with one statement each', async () => {
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(
        admin,
        `{ mediationCommittees(first: 10) { totalCount edges { node { id areaCode mediators { id person { id disputes { id } } committee { id areaCode } } } } } }`,
      ),
    );
    const committees = result.mediationCommittees.edges.map((e: { node: any }) => e.node);
    expect(committees.map((c: { areaCode: string }) => c.areaCode).sort()).toEqual([COMMUNITY, OTHER_COMMUNITY]);
    expect(committees.map((c: { mediators: unknown[] }) => c.mediators.length).sort()).toEqual([1, 2]);
    for (const c of committees) for (const mediator of c.mediators) expect(mediator.committee).toEqual({ id: c.id, areaCode: c.areaCode });
    expect(countByName(statements)).toEqual({
      committeesCount: 1,
      committeesList: 1,
      mediatorsOfCommittees: 1,
      casesOfPersons: 1,
      committeesByIds: 1,
      'readModelByIds:known_persons': 1,
    });
  });

  it('pages the meetings and topics of a council list, with every hop beneath them, in one statement each', async () => {
    const admin = await tokenFor('STREET_ADMIN', ['440118001']);
    const { result, statements } = await recordStatements(fed, () =>
      fed.ok(
        admin,
        `{ residentsCouncils(first: 10) { totalCount edges { node { id areaCode seatPlan { group } members { person { id } }
          meetings(first: 5) { totalCount edges { node { heldOn attendees { id } topics { id council { id } } } } }
          topics(first: 5) { totalCount edges { node { id title stakeholders { person { id } } votes { choice } incident { id } } } } } } } }`,
      ),
    );
    const councils = result.residentsCouncils.edges.map((e: { node: any }) => e.node);
    expect(councils).toHaveLength(2);
    const here = councils.find((c: { areaCode: string }) => c.areaCode === COMMUNITY);
    const there = councils.find((c: { areaCode: string }) => c.areaCode === OTHER_COMMUNITY);
    expect(here.meetings.totalCount).toBe(1);
    expect(here.topics.totalCount).toBe(2);
    expect(here.meetings.edges[0].node.topics).toEqual([{ id: expect.any(String), council: { id: here.id } }]);
    expect(there.meetings.edges[0].node.topics[0].council).toEqual({ id: there.id });
    expect(there.topics.edges[0].node).toMatchObject({ title: '照明', votes: [{ choice: 'FOR' }], incident: null });
    expect(there.topics.edges[0].node.stakeholders).toHaveLength(1);
    expect(countByName(statements)).toEqual({
      councilsCount: 1,
      councilsList: 1,
      seatGroupsOfCouncils: 1,
      membersOfCouncils: 1,
      meetingsOfCouncils: 1,
      topicsOfMeetings: 1,
      councilsByIds: 1,
      topicsOfCouncils: 1,
      stakeholdersOfTopics: 1,
      votesOfTopics: 1,
      // the persons a page names are checked against the caller's areas once per hop they appear at: members, then attendees and stakeholders
      'readModelByIds:known_persons': 2,
    });
  });
});
