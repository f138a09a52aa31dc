import { rows } from '@linli/db';
import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { mediation } from '../src/module';
import {
  CASE_M,
  COMMUNITY,
  createAreas,
  daysAgo,
  GRID,
  INCIDENT_M,
  mutation,
  ok,
  partiesOf,
  payloadOf,
  person,
  persons,
  reportIncident,
  stranger,
  TOPIC_M,
  written,
} from './builders';

const DISPATCH = INCIDENT_M('dispatchGridIncident', 'DispatchGridIncidentInput');
const HANDLE = INCIDENT_M('handleGridIncident', 'HandleGridIncidentInput');
const FOLLOW_UP = INCIDENT_M('followUpGridIncident', 'FollowUpGridIncidentInput');
const EVALUATE = INCIDENT_M('evaluateGridIncident', 'EvaluateGridIncidentInput');

describe('grid incidents and residents’ councils, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;
  let gridWorker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, mediation]);
    await createAreas(fed, await tokenFor('DISTRICT_ADMIN', ['440118']));
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    gridWorker = await tokenFor('GRID_WORKER', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  describe('the five steps', () => {
    it('walks an incident from report to a satisfied close, with a deadline from the routing table', async () => {
      const reported = await reportIncident(fed, gridWorker, { reportedOn: daysAgo(2) });
      expect(reported).toMatchObject({ step: 'REPORTED', department: null, deadline: null });
      const dispatched = await ok(fed, worker, DISPATCH, { incidentId: reported.id, on: daysAgo(1) });
      // ENVIRONMENT_SANITATION → URBAN_MANAGEMENT, 3 days
      expect(dispatched).toMatchObject({
        step: 'DISPATCHED',
        department: { code: 'URBAN_MANAGEMENT' },
        dispatchedOn: daysAgo(1),
        deadline: daysAgo(-2),
        overdue: false,
      });
      await ok(fed, gridWorker, HANDLE, { incidentId: reported.id, handling: '已清运' });
      await ok(fed, gridWorker, FOLLOW_UP, { incidentId: reported.id, note: '居民确认已清理' });
      const closed = await ok(fed, gridWorker, EVALUATE, { incidentId: reported.id, satisfied: true, score: 5 });
      expect(closed).toMatchObject({ step: 'CLOSED', closedOn: daysAgo(0), overdue: false, evaluations: [{ satisfied: true, score: 5 }] });
      expect(closed.history.map((h: { to: string }) => h.to)).toEqual(['REPORTED', 'DISPATCHED', 'HANDLED', 'FOLLOWED_UP', 'CLOSED']);
      const events = await rows<{ type: string }>(
        fed.service('mediation').deps.dataSource,
        `SELECT type FROM outbox WHERE envelope->'data'->>'incidentId' = $1 ORDER BY type`,
        [reported.id],
      );
      expect(events.map((e) => e.type)).toEqual(['mediation.incident.closed', 'mediation.incident.dispatched', 'mediation.incident.reported']);
    });

    it('reopens an incident for handling when the evaluation is unsatisfied, its first handling still counted', async () => {
      const handled = async () =>
        (await fed.ok(worker, `query ($code: ID!) { area(code: $code) { mediation { incidentsHandled } } }`, { code: GRID })).area.mediation
          .incidentsHandled as number;
      const i = await reportIncident(fed, gridWorker);
      await ok(fed, worker, DISPATCH, { incidentId: i.id });
      const before = await handled();
      await ok(fed, gridWorker, HANDLE, { incidentId: i.id, handling: '已处理' });
      await ok(fed, gridWorker, FOLLOW_UP, { incidentId: i.id, note: '居民不满意' });
      const reopened = await ok(fed, gridWorker, EVALUATE, { incidentId: i.id, satisfied: false, score: 2, comment: '仍有垃圾' });
      expect(reopened).toMatchObject({
        step: 'DISPATCHED',
        handledOn: null,
        followedUpOn: null,
        closedOn: null,
        reopenCount: 1,
        evaluations: [{ satisfied: false, score: 2 }],
      });
      expect(await handled()).toBe(before + 1);
      const again = await ok(fed, gridWorker, HANDLE, { incidentId: i.id, handling: '再次清运' });
      expect(again.handledOn).toBe(daysAgo(0));
      // both handlings count: the reopened incident keeps only its latest handling day, the statistics keep both
      expect(await handled()).toBe(before + 2);
    });

    it('refuses dispatch without a department and a deadline in the past, writing nothing', async () => {
      const other = await reportIncident(fed, gridWorker, { category: 'OTHER' });
      let before = await written(fed);
      const noDepartment = await payloadOf(fed, worker, DISPATCH, { incidentId: other.id });
      expect(noDepartment).toEqual({
        gridIncident: null,
        userErrors: [{ field: ['input', 'departmentCode'], code: 'DEPARTMENT_REQUIRED', message: expect.any(String) }],
      });
      expect(await written(fed)).toEqual(before);

      const sanitation = await reportIncident(fed, gridWorker, { reportedOn: daysAgo(12) });
      before = await written(fed);
      const past = await payloadOf(fed, worker, DISPATCH, { incidentId: sanitation.id, deadline: daysAgo(1) });
      expect(past.userErrors.map((e: { code: string }) => e.code)).toEqual(['DEADLINE_IN_PAST']);
      // dispatched ten days back, the table's three-day limit has already run out
      const lapsed = await payloadOf(fed, worker, DISPATCH, { incidentId: sanitation.id, on: daysAgo(10) });
      expect(lapsed.userErrors.map((e: { code: string }) => e.code)).toEqual(['DEADLINE_IN_PAST']);
      expect(await written(fed)).toEqual(before);
    });

    it('refuses closing an incident that was never followed up, and steps out of order, writing nothing', async () => {
      const i = await reportIncident(fed, gridWorker);
      await ok(fed, worker, DISPATCH, { incidentId: i.id, departmentCode: 'STREET_OFFICE' });
      await ok(fed, gridWorker, HANDLE, { incidentId: i.id, handling: '已处理' });
      const before = await written(fed);
      const close = await payloadOf(fed, gridWorker, EVALUATE, { incidentId: i.id, satisfied: true, score: 4 });
      expect(close).toEqual({
        gridIncident: null,
        userErrors: [{ field: ['input', 'incidentId'], code: 'INCIDENT_NOT_FOLLOWED_UP', message: expect.any(String) }],
      });
      const again = await payloadOf(fed, worker, DISPATCH, { incidentId: i.id });
      expect(again.userErrors.map((e: { code: string }) => e.code)).toEqual(['STEP_NOT_ALLOWED']);
      expect(await written(fed)).toEqual(before);
    });

    it('takes a resident reporter population registered and refuses one it never did, writing nothing', async () => {
      const resident = await person(fed);
      const reported = await reportIncident(fed, gridWorker, { reporterKind: 'RESIDENT', reporterId: resident });
      const [event] = await rows<{ reporter: string }>(
        fed.service('mediation').deps.dataSource,
        `SELECT envelope->'data'->>'reporterId' AS reporter FROM outbox WHERE type = 'mediation.incident.reported' AND envelope->'data'->>'incidentId' = $1`,
        [reported.id],
      );
      expect(event.reporter).toBe(resident);
      const before = await written(fed);
      const refused = await payloadOf(fed, gridWorker, INCIDENT_M('reportGridIncident', 'ReportGridIncidentInput'), {
        areaCode: GRID,
        category: 'ENVIRONMENT_SANITATION',
        place: '凤馨路12号',
        description: '垃圾堆放',
        reporterKind: 'RESIDENT',
        reporterId: stranger(),
      });
      expect(refused).toEqual({ gridIncident: null, userErrors: [{ field: ['input', 'reporterId'], code: 'PERSON_UNKNOWN', message: expect.any(String) }] });
      expect(await written(fed)).toEqual(before);
    });

    it('lets only dispatchers dispatch: a grid worker is refused', async () => {
      const i = await reportIncident(fed, gridWorker);
      const refused = await fed.query(gridWorker, DISPATCH, { input: { incidentId: i.id } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('escalation', () => {
    it('escalates an incident into a dispute case, linked both ways, and only once', async () => {
      const i = await reportIncident(fed, gridWorker, { category: 'NEIGHBOUR_CONFLICT', reportedOn: daysAgo(3) });
      const mediator = await tokenFor('MEDIATOR', [COMMUNITY]);
      const parties = await partiesOf(fed);
      const c = await ok(fed, mediator, CASE_M('openDisputeCase', 'OpenDisputeCaseInput'), {
        incidentId: i.id,
        type: 'NEIGHBOR',
        summary: '噪音纠纷',
        parties,
      });
      expect(c).toMatchObject({ areaCode: GRID, incident: { id: i.id } });
      const incident = await fed.ok(mediator, `query ($id: ID!) { gridIncident(id: $id) { disputeCase { id status } } }`, { id: i.id });
      expect(incident.gridIncident.disputeCase).toEqual({ id: c.id, status: 'INTAKE' });
      const before = await written(fed);
      const twice = await payloadOf(fed, mediator, CASE_M('openDisputeCase', 'OpenDisputeCaseInput'), {
        incidentId: i.id,
        type: 'NEIGHBOR',
        summary: '再次',
        parties,
      });
      expect(twice.userErrors.map((e: { code: string }) => e.code)).toEqual(['INCIDENT_ALREADY_ESCALATED']);
      expect(await written(fed)).toEqual(before);
      // a grid worker sees the incident but not the dispute it became
      const seenByGridWorker = await fed.ok(gridWorker, `query ($id: ID!) { gridIncident(id: $id) { id disputeCase { id } } }`, { id: i.id });
      expect(seenByGridWorker.gridIncident).toEqual({ id: i.id, disputeCase: null });
    });
  });

  describe('the residents’ council', () => {
    const CREATE = mutation('createResidentsCouncil', 'CreateResidentsCouncilInput', 'council { id totalSeats quorum seatPlan { group seats filled } }');
    const SEAT = mutation('seatCouncilMember', 'SeatCouncilMemberInput', 'member { id group }');
    const VOTE = TOPIC_M('castCouncilVote', 'CastCouncilVoteInput');
    const RESOLVE = TOPIC_M('resolveCouncilTopic', 'ResolveCouncilTopicInput');

    async function council(name: string) {
      const created = await ok(fed, worker, CREATE, {
        areaCode: COMMUNITY,
        name,
        seatPlan: [
          { group: '本地居民', seats: 6 },
          { group: '来穗人员', seats: 6 },
          { group: '街道代表', seats: 1 },
        ],
      });
      const seated = await persons(fed, 8);
      for (const [i, group] of [...Array(4).fill('本地居民'), ...Array(3).fill('来穗人员'), '街道代表'].entries())
        await ok(fed, worker, SEAT, { councilId: created.id, personId: seated[i], group });
      return { ...created, seated };
    }

    it('holds a seat plan of 6 local, 6 migrant and 1 street seat, with a quorum of 7', async () => {
      const c = await council('议事厅甲');
      expect(c).toMatchObject({ totalSeats: 13, quorum: 7 });
      const data = await fed.ok(worker, `query ($id: ID!) { residentsCouncil(id: $id) { seatPlan { group seats filled } members { id } } }`, { id: c.id });
      expect(data.residentsCouncil.seatPlan).toEqual([
        { group: '本地居民', seats: 6, filled: 4 },
        { group: '来穗人员', seats: 6, filled: 3 },
        { group: '街道代表', seats: 1, filled: 1 },
      ]);
      const full = await payloadOf(fed, worker, SEAT, { councilId: c.id, personId: await person(fed), group: '街道代表' });
      expect(full.userErrors.map((e: { code: string }) => e.code)).toEqual(['SEAT_GROUP_FULL']);
    });

    it('takes one vote per seated member, refuses a second vote, an unseated voter and a decision without quorum, then carries the topic', async () => {
      const c = await council('议事厅乙');
      const incident = await reportIncident(fed, gridWorker, { category: 'PROPERTY_SERVICE' });
      const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), {
        councilId: c.id,
        title: '电动车充电桩设置',
        incidentId: incident.id,
        stakeholders: [{ personId: await person(fed), group: '租户' }],
      });
      expect(topic.incident).toEqual({ id: incident.id });
      expect(
        (await fed.ok(worker, `query ($id: ID!) { gridIncident(id: $id) { councilTopic { id } } }`, { id: incident.id })).gridIncident.councilTopic,
      ).toEqual({ id: topic.id });

      const choices = ['FOR', 'FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN'];
      for (const [i, choice] of choices.entries()) await ok(fed, worker, VOTE, { topicId: topic.id, personId: c.seated[i], choice });

      let before = await written(fed);
      const second = await payloadOf(fed, worker, VOTE, { topicId: topic.id, personId: c.seated[0], choice: 'AGAINST' });
      expect(second.userErrors.map((e: { code: string }) => e.code)).toEqual(['ALREADY_VOTED']);
      const unseated = await payloadOf(fed, worker, VOTE, { topicId: topic.id, personId: await person(fed), choice: 'FOR' });
      expect(unseated.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_SEATED']);
      const noQuorum = await payloadOf(fed, worker, RESOLVE, { topicId: topic.id, resolution: '设置充电桩' });
      expect(noQuorum).toEqual({ councilTopic: null, userErrors: [{ field: ['input', 'topicId'], code: 'NO_QUORUM', message: expect.any(String) }] });
      expect(await written(fed)).toEqual(before);

      // a member who left the council can no longer vote
      const [{ id: memberId }] = await rows<{ id: string }>(fed.service('mediation').deps.dataSource, `SELECT id FROM council_members WHERE person_id = $1`, [
        c.seated[7],
      ]);
      await ok(fed, worker, mutation('unseatCouncilMember', 'UnseatCouncilMemberInput', 'member { leftOn }'), { memberId });
      before = await written(fed);
      expect(
        (await payloadOf(fed, worker, VOTE, { topicId: topic.id, personId: c.seated[7], choice: 'FOR' })).userErrors.map((e: { code: string }) => e.code),
      ).toEqual(['NOT_SEATED']);
      expect(await written(fed)).toEqual(before);

      await ok(fed, worker, VOTE, { topicId: topic.id, personId: c.seated[6], choice: 'AGAINST' });
      const resolved = await ok(fed, worker, RESOLVE, { topicId: topic.id, resolution: '在3号楼设置充电桩' });
      expect(resolved).toMatchObject({
        status: 'CARRIED',
        tally: { for: 4, against: 2, abstain: 1 },
        resolution: '在3号楼设置充电桩',
        implementation: { status: 'NOT_STARTED', progress: 0 },
      });
      const implemented = await ok(fed, worker, TOPIC_M('updateTopicImplementation', 'UpdateTopicImplementationInput'), {
        topicId: topic.id,
        progress: 60,
        note: '已施工',
      });
      expect(implemented.implementation).toEqual({ status: 'IN_PROGRESS', progress: 60 });
      const [event] = await rows<{ carried: boolean }>(
        fed.service('mediation').deps.dataSource,
        `SELECT (envelope->'data'->>'carried')::boolean AS carried FROM outbox WHERE type = 'mediation.topic.resolved' AND envelope->'data'->>'topicId' = $1`,
        [topic.id],
      );
      expect(event.carried).toBe(true);
    });

    it('refuses seating, a stakeholder, a proposer, a voter or a meeting attendee population never registered, naming the field and writing nothing', async () => {
      const c = await council('议事厅戊');
      const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: c.id, title: '公共空间改造' });
      const before = await written(fed);
      const ghost = stranger();
      const unknown = (field: string[]) => ({ field, code: 'PERSON_UNKNOWN', message: expect.stringContaining(ghost) });

      const seat = await payloadOf(fed, worker, SEAT, { councilId: c.id, personId: ghost, group: '来穗人员' });
      expect(seat).toEqual({ member: null, userErrors: [unknown(['input', 'personId'])] });
      const raised = await payloadOf(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), {
        councilId: c.id,
        title: '楼顶晾晒',
        raisedById: ghost,
        stakeholders: [
          { personId: c.seated[0], group: '业主' },
          { personId: ghost, group: '租户' },
        ],
      });
      expect(raised).toEqual({ councilTopic: null, userErrors: [unknown(['input', 'raisedById']), unknown(['input', 'stakeholders', '1', 'personId'])] });
      const vote = await payloadOf(fed, worker, VOTE, { topicId: topic.id, personId: ghost, choice: 'FOR' });
      expect(vote).toEqual({ councilTopic: null, userErrors: [unknown(['input', 'personId'])] });
      const meeting = await payloadOf(fed, worker, mutation('recordCouncilMeeting', 'RecordCouncilMeetingInput', 'meeting { id }'), {
        councilId: c.id,
        heldOn: daysAgo(0),
        attendeeIds: [c.seated[0], ghost],
        minutes: '纪要',
      });
      expect(meeting).toEqual({ meeting: null, userErrors: [unknown(['input', 'attendeeIds', '1'])] });
      expect(await written(fed)).toEqual(before);
    });

    it('enforces one vote per person per topic in the database as well', async () => {
      const c = await council('议事厅丙');
      const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: c.id, title: '楼道堆物' });
      await ok(fed, worker, VOTE, { topicId: topic.id, personId: c.seated[0], choice: 'FOR' });
      const db = fed.service('mediation').deps.dataSource;
      await expect(
        rows(
          db,
          `INSERT INTO council_votes (topic_id, member_id, person_id, choice, cast_on) SELECT topic_id, member_id, person_id, 'AGAINST', cast_on FROM council_votes WHERE topic_id = $1`,
          [topic.id],
        ),
      ).rejects.toThrow(/council_votes_one_per_person/);
    });

    it('records a meeting with its attendees, minutes and the topics discussed', async () => {
      const c = await council('议事厅丁');
      const topic = await ok(fed, worker, TOPIC_M('raiseCouncilTopic', 'RaiseCouncilTopicInput'), { councilId: c.id, title: '垃圾分类投放点' });
      await ok(fed, worker, mutation('recordCouncilMeeting', 'RecordCouncilMeetingInput', 'meeting { id }'), {
        councilId: c.id,
        heldOn: daysAgo(1),
        attendeeIds: c.seated.slice(0, 5),
        minutes: '讨论投放点位置',
        topicIds: [topic.id],
      });
      const data = await fed.ok(
        worker,
        `query ($id: ID!) { residentsCouncil(id: $id) { meetings { totalCount edges { node { heldOn minutes attendees { id } topics { id } } } } topics { totalCount } } }`,
        { id: c.id },
      );
      expect(data.residentsCouncil.meetings.totalCount).toBe(1);
      expect(data.residentsCouncil.meetings.edges[0].node).toMatchObject({ heldOn: daysAgo(1), minutes: '讨论投放点位置', topics: [{ id: topic.id }] });
      expect(data.residentsCouncil.meetings.edges[0].node.attendees).toHaveLength(5);
      expect(data.residentsCouncil.topics.totalCount).toBe(1);
    });
  });
});
