import { connect } from 'nats';
import { subjectOf } from '@linli/contracts';
import { rows } from '@linli/db';
import { makeIdNumber } from '@linli/domain';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { volunteering } from '../src/module';
import { APPROVE, COMMUNITY, DISTRICT, GATEWAY_ENV, GRID, minutesAfter, POST_ACTIVITY, REGISTER_VOLUNTEER, REVERSE, served, startOf } from './builders';

const HOUR = 3600_000;
const PERSON = `query ($id: ID!) { person(id: $id) { pointsAccount { total entries { totalCount } } } }`;
const ORGANIZATION_HOURS = `query ($id: ID!) { organization(id: $id) { volunteerHours { minutes attendances } } }`;

/**
 * Approved hours leave volunteering as events and arrive as a migrant's points in population
 * and as the organiser's hours in organizations: each exactly once, also when delivered twice.
 */
describe('volunteer hours across the federation', () => {
  let fed: TestFederation;
  let admin: string;
  let personId: string;
  let organizationId: string;
  let volunteerId: string;

  beforeAll(async () => {
    fed = await TestFederation.start([population, organizations, volunteering], { gatewayEnv: GATEWAY_ENV });
    admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    const person = await fed.ok(admin, `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { code message } } }`, {
      input: { name: '李志愿', documentType: 'ID_CARD', documentNumber: makeIdNumber('430102', '1988-06-01', 123, 'FEMALE'), sex: 'FEMALE', birthDate: '1988-06-01', householdType: 'MIGRANT', areaCode: GRID },
    });
    expect(person.registerPerson.userErrors).toEqual([]);
    personId = person.registerPerson.person.id;
    const org = await fed.ok(admin, `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id } userErrors { code message } } }`, {
      input: { name: '凤馨苑社区公益服务协会', registrationKind: 'COMMUNITY_FILING', filingNumber: 'FXY-2020-001', category: 'PUBLIC_WELFARE', areaCode: COMMUNITY, foundedOn: '2020-01-01' },
    });
    expect(org.registerOrganization.userErrors).toEqual([]);
    organizationId = org.registerOrganization.organization.id;
    // organizations and volunteering learn the person, volunteering the organisation, from events
    await eventually(async () => {
      const added = await fed.ok(admin, `mutation ($input: AddMemberInput!) { addMember(input: $input) { userErrors { code } } }`, { input: { organizationId, personId, role: 'MEMBER', from: '2025-01-01' } });
      expect(added.addMember.userErrors).toEqual([]);
    }, 10_000);
    volunteerId = await eventually(async () => {
      const data = await fed.ok(admin, REGISTER_VOLUNTEER, { input: { personId, areaCode: GRID } });
      expect(data.registerVolunteer.userErrors).toEqual([]);
      return data.registerVolunteer.volunteer.id as string;
    }, 10_000);
  });
  afterAll(() => fed.stop());

  it('answers one query from an organisation to its members’ persons, their volunteer records and its volunteer activities', async () => {
    const activityId = await eventually(async () => {
      const data = await fed.ok(admin, POST_ACTIVITY, {
        input: { organiser: { organizationId }, title: '长者生日会', areaCode: COMMUNITY, startsAt: new Date(Date.now() + 24 * HOUR).toISOString(), endsAt: new Date(Date.now() + 26 * HOUR).toISOString(), capacity: 10 },
      });
      expect(data.postVolunteerActivity.userErrors).toEqual([]);
      return data.postVolunteerActivity.activity.id;
    }, 10_000);
    const data = await fed.ok(admin, `query ($id: ID!) { organization(id: $id) { name
      members { edges { node { person { id name volunteer { id status } } } } }
      volunteerActivities { totalCount edges { node { id title organiser { ... on Organization { id name } } } } } } }`, { id: organizationId });
    expect(data.organization).toEqual({
      name: '凤馨苑社区公益服务协会',
      members: { edges: [{ node: { person: { id: personId, name: '李志愿', volunteer: { id: volunteerId, status: 'ACTIVE' } } } }] },
      volunteerActivities: { totalCount: 1, edges: [{ node: { id: activityId, title: '长者生日会', organiser: { id: organizationId, name: '凤馨苑社区公益服务协会' } } }] },
    });
  });

  it('turns approved hours into points in population and hours in organizations, exactly once even when the event is delivered twice, and takes both back on reversal', async () => {
    const past = new Date(Date.now() - 4 * HOUR);
    const posted = await fed.ok(admin, POST_ACTIVITY, {
      input: { organiser: { organizationId }, title: '义诊与健康咨询', areaCode: COMMUNITY, startsAt: past.toISOString(), endsAt: new Date(past.getTime() + 3 * HOUR).toISOString(), capacity: 10 },
    });
    const activityId = posted.postVolunteerActivity.activity.id;
    const start = await startOf(fed, activityId);
    const attendanceId = await served(fed, admin, activityId, volunteerId, start, minutesAfter(start, 120));
    expect((await fed.ok(admin, APPROVE, { input: { attendanceId } })).approveVolunteerHours.userErrors).toEqual([]);

    await eventually(async () => {
      expect((await fed.ok(admin, PERSON, { id: personId })).person.pointsAccount).toEqual({ total: 4, entries: { totalCount: 1 } }); // a point per full half hour
      expect((await fed.ok(admin, ORGANIZATION_HOURS, { id: organizationId })).organization.volunteerHours).toEqual({ minutes: 120, attendances: 1 });
    }, 10_000);

    // the same envelope again, under a new message id so JetStream's own de-duplication lets it through
    const [{ envelope }] = await rows<{ envelope: { id: string; type: string } }>(
      fed.service('volunteering').deps.dataSource,
      `SELECT envelope FROM outbox WHERE type = 'volunteering.hours.approved' AND envelope->'data'->>'attendanceId' = $1`,
      [attendanceId],
    );
    const consumers = [fed.service('population'), fed.service('organizations')].map((s) => s.consumers.find((c) => c.definition.types.includes('volunteering.hours.approved'))!);
    const skippedBefore = consumers.map((c) => c.skipped);
    const nc = await connect({ servers: fed.service('volunteering').deps.env.NATS_URL });
    await nc.jetstream().publish(subjectOf(envelope.type, fed.namespace), JSON.stringify(envelope), { msgID: `${envelope.id}-again` });
    await nc.close();
    await eventually(() => expect(consumers.map((c) => c.skipped)).toEqual(skippedBefore.map((n) => n + 1)), 10_000);
    expect((await fed.ok(admin, PERSON, { id: personId })).person.pointsAccount).toEqual({ total: 4, entries: { totalCount: 1 } });
    expect((await fed.ok(admin, ORGANIZATION_HOURS, { id: organizationId })).organization.volunteerHours).toEqual({ minutes: 120, attendances: 1 });

    expect((await fed.ok(admin, REVERSE, { input: { attendanceId, reason: '重复登记' } })).reverseVolunteerHours.userErrors).toEqual([]);
    await eventually(async () => {
      expect((await fed.ok(admin, PERSON, { id: personId })).person.pointsAccount.total).toBe(0);
      expect((await fed.ok(admin, ORGANIZATION_HOURS, { id: organizationId })).organization.volunteerHours).toMatchObject({ minutes: 0 });
    }, 10_000);
  });
});
