import { rows } from '@linli/db';
import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import {
  CASE_M,
  COMMUNITY,
  daysAgo,
  GRID,
  mutation,
  ok,
  openCase,
  OTHER_COMMUNITY,
  OTHER_GRID,
  partiesOf,
  payloadOf,
  person,
  persons,
  stranger,
  written,
} from './builders';

const OPEN = CASE_M('openDisputeCase', 'OpenDisputeCaseInput');

describe('dispute cases, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  let mediator: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const { createAreas } = await import('./builders');
    await createAreas(fed, admin);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    mediator = await tokenFor('MEDIATOR', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  async function outboxTypes(caseId: string): Promise<string[]> {
    const found = await rows<{ type: string }>(
      fed.service('mediation').deps.dataSource,
      `SELECT type FROM outbox WHERE envelope->'data'->>'caseId' = $1 ORDER BY created_at, type`,
      [caseId],
    );
    return found.map((r) => r.type);
  }

  it('walks a case from intake through mediation and agreement to fulfilment, with a session and its history', async () => {
    const committee = await ok(fed, worker, mutation('createMediationCommittee', 'CreateMediationCommitteeInput', 'committee { id }'), {
      areaCode: COMMUNITY,
      name: '凤馨苑调委会',
    });
    const added = await ok(fed, worker, mutation('addMediator', 'AddMediatorInput', 'mediator { id employment volunteerLawyer }'), {
      committeeId: committee.id,
      personId: await person(fed),
      employment: 'PART_TIME',
      volunteerLawyer: true,
    });
    expect(added).toMatchObject({ employment: 'PART_TIME', volunteerLawyer: true });
    const [applicant, respondent] = await persons(fed, 2);
    const opened = await openCase(fed, mediator, {
      openedOn: daysAgo(10),
      parties: [
        { personId: applicant, role: 'APPLICANT' },
        { personId: respondent, role: 'RESPONDENT' },
      ],
      mediatorIds: [added.id],
    });
    expect(opened).toMatchObject({
      status: 'INTAKE',
      openedOn: daysAgo(10),
      dueOn: daysAgo(-20),
      overdue: false,
      allowedTransitions: ['START', 'WITHDRAW'],
      mediators: [{ id: added.id }],
    });
    expect(opened.parties).toEqual([
      { role: 'APPLICANT', person: { id: applicant } },
      { role: 'RESPONDENT', person: { id: respondent } },
    ]);

    await ok(fed, mediator, CASE_M('startMediation'), { caseId: opened.id, on: daysAgo(9) });
    const session = await ok(fed, mediator, CASE_M('recordMediationSession', 'RecordMediationSessionInput'), {
      caseId: opened.id,
      heldOn: daysAgo(8),
      attendeeIds: [applicant, respondent],
      notes: '双方同意修复',
    });
    expect(session.sessions).toEqual([{ heldOn: daysAgo(8), notes: '双方同意修复', attendees: [{ id: applicant }, { id: respondent }] }]);
    const agreed = await ok(fed, mediator, CASE_M('reachAgreement', 'ReachAgreementInput'), {
      caseId: opened.id,
      terms: '楼上住户一周内修复',
      fulfillmentDeadline: daysAgo(1),
      on: daysAgo(7),
    });
    expect(agreed.agreement).toEqual({ terms: '楼上住户一周内修复', fulfillmentDeadline: daysAgo(1), reachedOn: daysAgo(7), fulfilledOn: null });
    const fulfilled = await ok(fed, mediator, CASE_M('confirmFulfillment'), { caseId: opened.id, on: daysAgo(2) });
    expect(fulfilled).toMatchObject({ status: 'FULFILLED', closedOn: daysAgo(2), allowedTransitions: [], agreement: { fulfilledOn: daysAgo(2) } });
    expect(fulfilled.history.map((h: { to: string }) => h.to)).toEqual(['INTAKE', 'MEDIATING', 'AGREEMENT_REACHED', 'FULFILLED']);
    const types = await outboxTypes(opened.id);
    expect(types.filter((t) => t === 'mediation.case.opened')).toHaveLength(1);
    expect(types.filter((t) => t === 'mediation.case.transitioned')).toHaveLength(3);
    expect(types.filter((t) => t === 'mediation.case.closed')).toHaveLength(1);
  });

  it('walks a case from mediation to failure and a referral to court', async () => {
    const c = await openCase(fed, mediator, { openedOn: daysAgo(5) });
    await ok(fed, mediator, CASE_M('startMediation'), { caseId: c.id, on: daysAgo(5) });
    const failed = await ok(fed, mediator, CASE_M('failMediation', 'FailMediationInput'), { caseId: c.id, reason: '分歧过大', on: daysAgo(3) });
    expect(failed).toMatchObject({ status: 'FAILED', closedOn: daysAgo(3), failureReason: '分歧过大', allowedTransitions: ['REFER'] });
    const referred = await ok(fed, mediator, CASE_M('referDisputeCase', 'ReferDisputeCaseInput'), {
      caseId: c.id,
      target: 'COURT',
      institution: '增城区人民法院',
      on: daysAgo(1),
    });
    expect(referred).toMatchObject({
      status: 'REFERRED',
      closedOn: daysAgo(3),
      referral: { target: 'COURT', institution: '增城区人民法院', referredOn: daysAgo(1) },
    });
    const [closed] = await rows<{ outcome: string }>(
      fed.service('mediation').deps.dataSource,
      `SELECT envelope->'data'->>'outcome' AS outcome FROM outbox WHERE type = 'mediation.case.closed' AND envelope->'data'->>'caseId' = $1`,
      [c.id],
    );
    expect(closed.outcome).toBe('FAILED');
  });

  it('lets the applicant withdraw a case at intake or while it is mediated', async () => {
    const atIntake = await openCase(fed, mediator);
    expect(await ok(fed, mediator, CASE_M('withdrawDisputeCase', 'WithdrawDisputeCaseInput'), { caseId: atIntake.id, reason: '自行和解' })).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalReason: '自行和解',
    });
    const mediating = await openCase(fed, mediator);
    await ok(fed, mediator, CASE_M('startMediation'), { caseId: mediating.id });
    expect(await ok(fed, mediator, CASE_M('withdrawDisputeCase', 'WithdrawDisputeCaseInput'), { caseId: mediating.id, reason: '不再追究' })).toMatchObject({
      status: 'WITHDRAWN',
    });
  });

  it('refuses every transition the life cycle does not allow, writing nothing', async () => {
    const intake = await openCase(fed, mediator);
    const done = await openCase(fed, mediator);
    await ok(fed, mediator, CASE_M('startMediation'), { caseId: done.id });
    await ok(fed, mediator, CASE_M('reachAgreement', 'ReachAgreementInput'), { caseId: done.id, terms: '赔偿', fulfillmentDeadline: daysAgo(-5) });
    await ok(fed, mediator, CASE_M('confirmFulfillment'), { caseId: done.id });
    const attempts: [string, string, Record<string, unknown>][] = [
      ['confirmFulfillment', 'CaseTransitionInput', { caseId: intake.id }],
      ['reachAgreement', 'ReachAgreementInput', { caseId: intake.id, terms: 'x', fulfillmentDeadline: daysAgo(-1) }],
      ['failMediation', 'FailMediationInput', { caseId: intake.id, reason: 'x' }],
      ['referDisputeCase', 'ReferDisputeCaseInput', { caseId: intake.id, target: 'DEPARTMENT', institution: '司法所' }],
      ['startMediation', 'CaseTransitionInput', { caseId: done.id }],
      ['withdrawDisputeCase', 'WithdrawDisputeCaseInput', { caseId: done.id, reason: 'x' }],
      ['failMediation', 'FailMediationInput', { caseId: done.id, reason: 'x' }],
    ];
    for (const [name, type, input] of attempts) {
      const before = await written(fed);
      const result = await payloadOf(fed, mediator, CASE_M(name, type), input);
      expect({ name, result }).toEqual({
        name,
        result: { disputeCase: null, userErrors: [{ field: ['input', 'caseId'], code: 'TRANSITION_NOT_ALLOWED', message: expect.any(String) }] },
      });
      expect(await written(fed)).toEqual(before);
    }
    const session = await payloadOf(fed, mediator, CASE_M('recordMediationSession', 'RecordMediationSessionInput'), {
      caseId: intake.id,
      heldOn: daysAgo(0),
      attendeeIds: [await person(fed)],
      notes: 'x',
    });
    expect(session.userErrors.map((e: { code: string }) => e.code)).toEqual(['CASE_NOT_MEDIATING']);
  });

  it('refuses a case without parties, without a respondent, or with one person on both sides, writing nothing', async () => {
    const someone = await person(fed);
    const cases: [unknown[], string[]][] = [
      [[], ['PARTIES_REQUIRED']],
      [[{ personId: someone, role: 'APPLICANT' }], ['RESPONDENT_REQUIRED']],
      [
        [
          { personId: someone, role: 'APPLICANT' },
          { personId: someone, role: 'RESPONDENT' },
        ],
        ['PARTY_ON_BOTH_SIDES'],
      ],
    ];
    for (const [parties, codes] of cases) {
      const before = await written(fed);
      const result = await payloadOf(fed, mediator, OPEN, { areaCode: GRID, type: 'FAMILY', summary: '家庭纠纷', parties });
      expect(result.disputeCase).toBeNull();
      expect(result.userErrors.map((e: { code: string }) => e.code)).toEqual(codes);
      expect(await written(fed)).toEqual(before);
    }
  });

  it('refuses a case outside the caller’s areas and a future intake day', async () => {
    const result = await payloadOf(fed, mediator, OPEN, {
      areaCode: OTHER_GRID,
      type: 'FAMILY',
      summary: 'x',
      openedOn: daysAgo(-1),
      parties: await partiesOf(fed),
    });
    expect(result.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['AREA_OUT_OF_SCOPE', 'DATE_IN_FUTURE']);
  });

  it('refuses a party, a mediator or a session attendee population never registered, naming the field and writing nothing', async () => {
    const known = await person(fed);
    const unknownApplicant = stranger();
    const unknownRespondent = stranger();
    let before = await written(fed);
    const opened = await payloadOf(fed, mediator, OPEN, {
      areaCode: GRID,
      type: 'NEIGHBOR',
      summary: '噪音',
      parties: [
        { personId: known, role: 'APPLICANT' },
        { personId: unknownApplicant, role: 'APPLICANT' },
        { personId: unknownRespondent, role: 'RESPONDENT' },
      ],
    });
    expect(opened).toEqual({
      disputeCase: null,
      userErrors: [
        { field: ['input', 'parties', '1', 'personId'], code: 'PERSON_UNKNOWN', message: expect.stringContaining(unknownApplicant) },
        { field: ['input', 'parties', '2', 'personId'], code: 'PERSON_UNKNOWN', message: expect.stringContaining(unknownRespondent) },
      ],
    });
    expect(await written(fed)).toEqual(before);

    const committees = await fed.ok(worker, `{ mediationCommittees(areaCode: "${COMMUNITY}") { edges { node { id } } } }`);
    const committeeId =
      committees.mediationCommittees.edges[0]?.node.id ??
      (
        await ok(fed, worker, mutation('createMediationCommittee', 'CreateMediationCommitteeInput', 'committee { id }'), {
          areaCode: COMMUNITY,
          name: '凤馨苑调委会',
        })
      ).id;
    before = await written(fed);
    const mediatorRefused = await payloadOf(fed, worker, mutation('addMediator', 'AddMediatorInput', 'mediator { id }'), {
      committeeId,
      personId: stranger(),
      employment: 'FULL_TIME',
    });
    expect(mediatorRefused).toEqual({ mediator: null, userErrors: [{ field: ['input', 'personId'], code: 'PERSON_UNKNOWN', message: expect.any(String) }] });
    expect(await written(fed)).toEqual(before);

    const c = await openCase(fed, mediator);
    await ok(fed, mediator, CASE_M('startMediation'), { caseId: c.id });
    before = await written(fed);
    const session = await payloadOf(fed, mediator, CASE_M('recordMediationSession', 'RecordMediationSessionInput'), {
      caseId: c.id,
      attendeeIds: [c.parties[0].person.id, stranger()],
      heldOn: daysAgo(0),
      notes: '首次调解',
    });
    expect(session.userErrors).toEqual([{ field: ['input', 'attendeeIds', '1'], code: 'PERSON_UNKNOWN', message: expect.any(String) }]);
    expect(await written(fed)).toEqual(before);
  });

  it('knows a person from population’s registration or update, whichever arrives first, and ignores an older event arriving late', async () => {
    const db = fed.service('mediation').deps.dataSource;
    const personId = stranger();
    const known = async () =>
      (await rows<{ area_code: string; household_type: string }>(db, `SELECT area_code, household_type FROM known_persons WHERE id = $1`, [personId]))[0];
    const { announcePersons } = await import('./builders');
    await announcePersons(fed, 'population.person.updated', [{ personId, householdType: 'LOCAL', areaCode: GRID }], new Date(Date.now() - 1_000));
    expect(await known()).toEqual({ area_code: GRID, household_type: 'LOCAL' });
    // the registration happened earlier but arrives later: it changes nothing
    await announcePersons(fed, 'population.person.registered', [{ personId, householdType: 'MIGRANT', areaCode: OTHER_GRID }], new Date(Date.now() - 60_000));
    expect(await known()).toEqual({ area_code: GRID, household_type: 'LOCAL' });
    await announcePersons(fed, 'population.person.updated', [{ personId, householdType: 'LOCAL', areaCode: OTHER_GRID }]);
    expect(await known()).toEqual({ area_code: OTHER_GRID, household_type: 'LOCAL' });
    // the person now lives in the other community: a party there, no longer here
    const here = await payloadOf(fed, mediator, OPEN, {
      areaCode: GRID,
      type: 'NEIGHBOR',
      summary: '噪音',
      parties: [
        { personId, role: 'APPLICANT' },
        { personId: await person(fed), role: 'RESPONDENT' },
      ],
    });
    expect(here.userErrors).toEqual([{ field: ['input', 'parties', '0', 'personId'], code: 'PERSON_UNKNOWN', message: expect.any(String) }]);
    const there = await tokenFor('MEDIATOR', [OTHER_COMMUNITY]);
    const c = await openCase(fed, there, {
      areaCode: OTHER_GRID,
      parties: [
        { personId, role: 'APPLICANT' },
        { personId: await person(fed, OTHER_GRID), role: 'RESPONDENT' },
      ],
    });
    expect(c.parties[0].person.id).toBe(personId);
  });

  it('marks a case still open past its time limit as overdue, and finds it by that filter', async () => {
    const late = await openCase(fed, mediator, { openedOn: daysAgo(31) });
    expect(late).toMatchObject({ overdue: true, dueOn: daysAgo(1) });
    const onTime = await openCase(fed, mediator, { openedOn: daysAgo(30) });
    expect(onTime.overdue).toBe(false);
    const data = await fed.ok(mediator, `{ disputeCases(filter: { overdue: true }) { totalCount edges { node { id } } } }`);
    const ids = data.disputeCases.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
  });

  it('shows a person’s disputes to mediators in scope, none out of scope, and refuses grid workers and integrators', async () => {
    const [party, other] = await persons(fed, 2);
    const c = await openCase(fed, mediator, {
      parties: [
        { personId: party, role: 'APPLICANT' },
        { personId: other, role: 'RESPONDENT' },
      ],
    });
    const PERSON_DISPUTES = `query ($id: ID!) { disputeCase(id: $id) { id parties { person { id disputes { id type } } } } }`;
    const mine = await fed.ok(mediator, PERSON_DISPUTES, { id: c.id });
    const applicant = mine.disputeCase.parties.find((p: { person: { id: string } }) => p.person.id === party);
    expect(applicant.person.disputes).toEqual([{ id: c.id, type: 'NEIGHBOR' }]);

    // paged, newest intake first: this case on the first page, an older one of the same person on the next
    const earlier = await openCase(fed, mediator, {
      openedOn: daysAgo(3),
      parties: [
        { personId: party, role: 'RESPONDENT' },
        { personId: await person(fed), role: 'APPLICANT' },
      ],
    });
    const PAGED = `query ($id: ID!, $after: String) { disputeCase(id: $id) { parties { person { id disputeCases(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } } } } }`;
    const pageOf = async (after?: string) =>
      (await fed.ok(mediator, PAGED, { id: c.id, after })).disputeCase.parties.find((p: { person: { id: string } }) => p.person.id === party).person
        .disputeCases;
    const first = await pageOf();
    expect(first).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true, hasPreviousPage: false }, edges: [{ node: { id: c.id } }] });
    expect(await pageOf(first.pageInfo.endCursor)).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      edges: [{ node: { id: earlier.id } }],
    });

    const elsewhere = await tokenFor('MEDIATOR', [OTHER_COMMUNITY]);
    expect((await fed.ok(elsewhere, PERSON_DISPUTES, { id: c.id })).disputeCase).toBeNull();
    expect(
      (await fed.ok(elsewhere, `query ($id: ID!) { disputeCases(filter: { personId: $id }) { totalCount } }`, { id: party })).disputeCases.totalCount,
    ).toBe(0);

    const gridWorker = await tokenFor('GRID_WORKER', [COMMUNITY]);
    const refused = await fed.query(gridWorker, `query ($id: ID!) { disputeCase(id: $id) { id } }`, { id: c.id });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const integrator = await tokenFor('INTEGRATOR', ['440118']);
    const statsOnly = await fed.query(integrator, `{ disputeCases { totalCount } }`);
    expect(statsOnly.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
