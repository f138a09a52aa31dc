import { randomUUID } from 'node:crypto';
import { connect } from 'nats';
import { EVENT_VERSIONS, subjectOf, type DataOf, type EventType } from '@linli/contracts';
import { rows } from '@linli/db';
import { eventually } from '@linli/testing';
import { type TestFederation } from '@linli/infra/testing';

/** Small builders: each test makes the volunteers, teams and activities it needs through the gateway. */
export const DISTRICT = '440118';
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';
export const OTHER_GRID = '440118001001002';
export const OTHER_COMMUNITY = '440118002001';

/** Gateways in tests allow many more requests a minute than production callers get. */
export const GATEWAY_ENV = { RATE_LIMIT_PER_MINUTE: '1000000' };

/**
 * Publishes an event as its owning service would (the same envelope, on the run's namespace),
 * for the read models volunteering keeps from services not running in the test.
 */
export async function announce<T extends EventType>(fed: TestFederation, type: T, areaCode: string, data: DataOf<T>, occurredAt = new Date()): Promise<string> {
  const id = randomUUID();
  const envelope = { id, type, version: EVENT_VERSIONS[type], occurredAt: occurredAt.toISOString(), source: type.split('.')[0], areaCode, data };
  const nc = await connect({ servers: fed.service('volunteering').deps.env.NATS_URL });
  try {
    await nc.jetstream().publish(subjectOf(type, fed.namespace), JSON.stringify(envelope), { msgID: id });
  } finally {
    await nc.close();
  }
  return id;
}

/** Waits until volunteering's consumers have applied the events with these ids. */
export async function applied(fed: TestFederation, eventIds: string[]): Promise<void> {
  const db = fed.service('volunteering').deps.dataSource;
  await eventually(async () => {
    const [{ n }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`, [eventIds]);
    expect(n).toBe(eventIds.length);
  }, 10_000);
}

/** Persons as population would announce them. */
export async function persons(fed: TestFederation, count: number, areaCode = GRID): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const events = await Promise.all(ids.map((personId) => announce(fed, 'population.person.registered', areaCode, { personId, householdType: 'MIGRANT', areaCode })));
  await applied(fed, events);
  return ids;
}

export const REGISTER_VOLUNTEER = `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { volunteer { id areaCode skills status registeredOn person { id } } userErrors { field code message } } }`;

/** Registers volunteers (persons announced first) with the given skills; returns their ids. */
export async function volunteers(fed: TestFederation, token: string, count: number, skills: string[] = [], areaCode = GRID): Promise<{ id: string; personId: string }[]> {
  const personIds = await persons(fed, count, areaCode);
  return Promise.all(
    personIds.map(async (personId) => {
      const data = await fed.ok(token, REGISTER_VOLUNTEER, { input: { personId, areaCode, skills } });
      if (data.registerVolunteer.userErrors.length) throw new Error(JSON.stringify(data.registerVolunteer.userErrors));
      return { id: data.registerVolunteer.volunteer.id as string, personId };
    }),
  );
}

export const CREATE_TEAM = `mutation ($input: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $input) { team { id name kind areaCode memberCount leader { id } } userErrors { field code message } } }`;

let teamSequence = 0;
export async function team(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  teamSequence += 1;
  const data = await fed.ok(token, CREATE_TEAM, { input: { name: `测试志愿队${teamSequence}`, kind: 'CARE_FLEET', areaCode: COMMUNITY, ...overrides } });
  if (data.createVolunteerTeam.userErrors.length) throw new Error(JSON.stringify(data.createVolunteerTeam.userErrors));
  return data.createVolunteerTeam.team.id;
}

/** An active social organisation (or one in another status) as organizations would announce it. */
export async function organization(fed: TestFederation, status: 'ACTIVE' | 'SUSPENDED' | 'DEREGISTERED' = 'ACTIVE', areaCode = COMMUNITY): Promise<string> {
  const organizationId = randomUUID();
  await applied(fed, [await announce(fed, 'organizations.organization.registered', areaCode, { organizationId, name: '凤馨苑公益协会', category: 'PUBLIC_WELFARE', status, areaCode })]);
  return organizationId;
}

/** A building as housing would announce it. */
export async function building(fed: TestFederation, gridCode = GRID): Promise<string> {
  const buildingId = randomUUID();
  await applied(fed, [
    await announce(fed, 'housing.building.registered', gridCode, { buildingId, gridCode, address: '凤馨路1号', estateId: null, rental: true, accessControl: true }),
  ]);
  return buildingId;
}

export const POST_ACTIVITY = `mutation ($input: PostVolunteerActivityInput!) { postVolunteerActivity(input: $input) {
  activity { id title status capacity signedUp requiredSkills startsAt endsAt organiserKind organiser { __typename ... on VolunteerTeam { id name } ... on Organization { id } } }
  userErrors { field code message } } }`;

const HOUR = 3600_000;

/** An activity by a team; by default it began three hours ago and lasts two hours (so attendance can be recorded now). */
export async function activity(fed: TestFederation, token: string, teamId: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const startsAt = new Date(Date.now() - 3 * HOUR);
  const data = await fed.ok(token, POST_ACTIVITY, {
    input: {
      organiser: { teamId },
      title: '爱心车队送老人就医',
      areaCode: COMMUNITY,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      capacity: 10,
      ...overrides,
    },
  });
  if (data.postVolunteerActivity.userErrors.length) throw new Error(JSON.stringify(data.postVolunteerActivity.userErrors));
  return data.postVolunteerActivity.activity.id;
}

const ATTENDANCE = `attendance { id status checkedInAt checkedOutAt recordedMinutes adjustedMinutes adjustmentReason hours hoursStatus } userErrors { field code message }`;
export const SIGN_UP = `mutation ($input: SignUpForVolunteerActivityInput!) { signUpForVolunteerActivity(input: $input) { ${ATTENDANCE} } }`;
export const CANCEL_SIGN_UP = `mutation ($input: VolunteerAttendanceInput!) { cancelVolunteerSignUp(input: $input) { ${ATTENDANCE} } }`;
export const CHECK_IN = `mutation ($input: VolunteerAttendanceTimeInput!) { checkInVolunteer(input: $input) { ${ATTENDANCE} } }`;
export const CHECK_OUT = `mutation ($input: VolunteerAttendanceTimeInput!) { checkOutVolunteer(input: $input) { ${ATTENDANCE} } }`;
export const NO_SHOW = `mutation ($input: VolunteerAttendanceInput!) { markVolunteerNoShow(input: $input) { ${ATTENDANCE} } }`;
export const ADJUST = `mutation ($input: AdjustVolunteerHoursInput!) { adjustVolunteerHours(input: $input) { ${ATTENDANCE} } }`;
export const APPROVE = `mutation ($input: VolunteerAttendanceInput!) { approveVolunteerHours(input: $input) { ${ATTENDANCE} } }`;
export const REVERSE = `mutation ($input: ReverseVolunteerHoursInput!) { reverseVolunteerHours(input: $input) { ${ATTENDANCE} } }`;

export async function signUp(fed: TestFederation, token: string, activityId: string, volunteerId: string): Promise<string> {
  const data = await fed.ok(token, SIGN_UP, { input: { activityId, volunteerId } });
  if (data.signUpForVolunteerActivity.userErrors.length) throw new Error(JSON.stringify(data.signUpForVolunteerActivity.userErrors));
  return data.signUpForVolunteerActivity.attendance.id;
}

/** Signs up, checks in at `inAt` and out at `outAt` (instants); returns the attendance id. */
export async function served(fed: TestFederation, token: string, activityId: string, volunteerId: string, inAt: Date, outAt: Date): Promise<string> {
  const attendanceId = await signUp(fed, token, activityId, volunteerId);
  for (const [mutation, at] of [
    [CHECK_IN, inAt],
    [CHECK_OUT, outAt],
  ] as const) {
    const data = await fed.ok(token, mutation, { input: { attendanceId, at: at.toISOString() } });
    const result = Object.values(data)[0] as { userErrors: unknown[] };
    if (result.userErrors.length) throw new Error(JSON.stringify(result.userErrors));
  }
  return attendanceId;
}

/** How many rows a table holds (to show a refusal wrote nothing). */
export async function count(fed: TestFederation, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(fed.service('volunteering').deps.dataSource, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}

/** The start of the activity a builder posted, as the database holds it. */
export async function startOf(fed: TestFederation, activityId: string): Promise<Date> {
  const [{ startsAt }] = await rows<{ startsAt: Date }>(fed.service('volunteering').deps.dataSource, `SELECT starts_at AS "startsAt" FROM activities WHERE id = $1`, [activityId]);
  return startsAt;
}

export const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
