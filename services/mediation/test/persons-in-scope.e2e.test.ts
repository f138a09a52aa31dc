import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import {
  CASE,
  CASE_M,
  COMMUNITY,
  createAreas,
  daysAgo,
  GRID,
  INCIDENT_M,
  mutation,
  ok,
  OTHER_GRID,
  payloadOf,
  person,
  persons,
  TOPIC_M,
  written,
} from './builders';

const OPEN = CASE_M('openDisputeCase', 'OpenDisputeCaseInput');
const refusedAt = (...field: string[]) => ({ field: ['input', ...field], code: 'PERSON_UNKNOWN', message: expect.any(String) });

/**
 * Issue 12: every person a write names must live within the caller's areas (PERSON_UNKNOWN
 * otherwise, nothing written), and a person a row names who lives elsewhere reads as null,
 * never as an error that takes the case, council or incident with it.
 */
describe('persons in writes and reads are held to the caller’s areas, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  let streetAdmin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    await createAreas(fed, await tokenFor('DISTRICT_ADMIN', ['440118']));
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    streetAdmin = await tokenFor('STREET_ADMIN', ['440118001']);
  });
  afterAll(() => fed.stop());

  it('refuses a community worker a dispute case whose party lives in another community, writing nothing', async () => {
    const here = await person(fed, GRID);
    const elsewhere = await person(fed, OTHER_GRID);
    const before = await written(fed);
    const refused = await payloadOf(fed, worker, OPEN, {
      areaCode: GRID,
      type: 'NEIGHBOR',
      summary: '噪音',
      parties: [
        { personId: here, role: 'APPLICANT' },
        { personId: elsewhere, role: 'RESPONDENT' },
      ],
    });
    expect(refused).toEqual({ disputeCase: null, userErrors: [refusedAt('parties', '1', 'personId')] });
    // the refusal reads exactly like one for a person nobody registered: it tells nothing of where they live
    expect(refused.userErrors[0].message).not.toContain(OTHER_GRID);
    expect(await written(fed)).toEqual(before);
  });

  it('refuses mediators, session attendees, reporters, council members, proposers, stakeholders, meeting attendees and voters from another community, writing nothing', async () => {
    const elsewhere = await person(fed, OTHER_GRID);
    const [a, b, member] = await persons(fed, 3, GRID);

    const committee = await ok(fed, worker, mutation('createMediationCommittee', 'CreateMediationCommitteeInput', 'mediationCommittee { id }'), {
      areaCode: COMMUNITY,
      name: '凤馨苑调委会',
    });
    const c = await ok(fed, worker, OPEN, {
      areaCode: GRID,
      type: 'FAMILY',
      summary: '家事',
      parties: [
        { personId: a, role: 'APPLICANT' },
        { personId: b, role: 'RESPONDENT' },
      ],
    });
    await ok(fed, worker, CASE_M('startMediation'), { caseId: c.id });
    const council = await ok(fed, worker, mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'residentsCouncil { id }'), {
      areaCode: COMMUNITY,
      name: '议事厅',
      seatPlan: [{ group: '居民', seats: 3 }],
    });
    await ok(fed, worker, mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'councilMember { id }'), {
      councilId: council.id,
      personId: member,
      group: '居民',
    });
    const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: council.id, title: '停车' });

    const attempts: [string, Record<string, unknown>, string[]][] = [
      [
        mutation('addMediator', 'AddMediatorInput', 'mediator { id }'),
        { committeeId: committee.id, personId: elsewhere, employment: 'FULL_TIME' },
        ['personId'],
      ],
      [
        CASE_M('recordMediationSession', 'RecordMediationSessionInput'),
        { caseId: c.id, heldOn: daysAgo(0), attendeeIds: [a, elsewhere], notes: '调解' },
        ['attendeeIds', '1'],
      ],
      [
        INCIDENT_M('reportGridIncident', 'ReportGridIncidentInput'),
        { areaCode: GRID, category: 'OTHER', place: '凤馨路1号', description: '噪音', reporterKind: 'RESIDENT', reporterId: elsewhere },
        ['reporterId'],
      ],
      [
        mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'councilMember { id }'),
        { councilId: council.id, personId: elsewhere, group: '居民' },
        ['personId'],
      ],
      [TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: council.id, title: '绿化', raisedById: elsewhere }, ['raisedById']],
      [
        TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'),
        { councilId: council.id, title: '照明', stakeholders: [{ personId: elsewhere, group: '租户' }] },
        ['stakeholders', '0', 'personId'],
      ],
      [
        mutation('recordCouncilMeeting', 'RecordCouncilMeetingInput', 'councilMeeting { id }'),
        { councilId: council.id, heldOn: daysAgo(0), attendeeIds: [elsewhere], minutes: '纪要' },
        ['attendeeIds', '0'],
      ],
      [TOPIC_M('castCouncilVote', 'CastCouncilVoteInput'), { topicId: topic.id, personId: elsewhere, choice: 'FOR' }, ['personId']],
    ];
    for (const [query, input, field] of attempts) {
      const before = await written(fed);
      const result = await payloadOf(fed, worker, query, input);
      expect({ query, userErrors: result.userErrors }).toEqual({ query, userErrors: [refusedAt(...field)] });
      expect(await written(fed)).toEqual(before);
    }
  });

  it('shows a party, an attendee, a member and a voter who live elsewhere as null, and the rest of the answer in full', async () => {
    const [here, local] = await persons(fed, 2, GRID);
    const [there, remote] = await persons(fed, 2, OTHER_GRID);
    // a street admin sees both communities and may name people from each
    const c = await ok(fed, streetAdmin, OPEN, {
      areaCode: GRID,
      type: 'NEIGHBOR',
      summary: '界墙',
      parties: [
        { personId: here, role: 'APPLICANT' },
        { personId: there, role: 'RESPONDENT' },
      ],
    });
    await ok(fed, streetAdmin, CASE_M('startMediation'), { caseId: c.id });
    await ok(fed, streetAdmin, CASE_M('recordMediationSession', 'RecordMediationSessionInput'), {
      caseId: c.id,
      heldOn: daysAgo(0),
      attendeeIds: [here, there],
      notes: '首次调解',
    });
    const council = await ok(fed, streetAdmin, mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'residentsCouncil { id }'), {
      areaCode: COMMUNITY,
      name: '联合议事厅',
      seatPlan: [{ group: '居民', seats: 3 }],
    });
    for (const personId of [local, remote])
      await ok(fed, streetAdmin, mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'councilMember { id }'), {
        councilId: council.id,
        personId,
        group: '居民',
      });
    const topic = await ok(fed, streetAdmin, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), {
      councilId: council.id,
      title: '围墙',
      raisedById: remote,
    });
    await ok(fed, streetAdmin, TOPIC_M('castCouncilVote', 'CastCouncilVoteInput'), { topicId: topic.id, personId: remote, choice: 'AGAINST' });

    const read = await fed.query(worker, `query ($id: ID!) { disputeCase(id: $id) { ${CASE} } }`, { id: c.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.disputeCase.parties).toEqual([
      { role: 'APPLICANT', person: { id: here } },
      { role: 'RESPONDENT', person: null },
    ]);
    expect(read.data!.disputeCase.sessions[0].attendees).toEqual([{ id: here }, null]);

    const councilRead = await fed.query(
      worker,
      `query ($id: ID!, $topic: ID!) { residentsCouncil(id: $id) { members { person { id } } } councilTopic(id: $topic) { title raisedBy { id } votes { choice person { id } } } }`,
      { id: council.id, topic: topic.id },
    );
    expect(councilRead.errors).toBeUndefined();
    const members = councilRead.data!.residentsCouncil.members;
    expect(members).toHaveLength(2);
    expect(members).toContainEqual({ person: { id: local } });
    expect(members).toContainEqual({ person: null });
    expect(councilRead.data!.councilTopic).toEqual({ title: '围墙', raisedBy: null, votes: [{ choice: 'AGAINST', person: null }] });

    // the street admin, whose areas hold both, sees everyone
    const full = await fed.ok(streetAdmin, `query ($id: ID!) { disputeCase(id: $id) { parties { person { id } } } }`, { id: c.id });
    expect(full.disputeCase.parties).toEqual([{ person: { id: here } }, { person: { id: there } }]);
  });
});
