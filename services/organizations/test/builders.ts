import { randomUUID } from 'node:crypto';
import { connect, headers } from 'nats';
import request from 'supertest';
import { signInternalToken, type Role } from '@linli/auth';
import { DEV_INTERNAL_SECRET } from '@linli/config';
import { subjectOf, type DomainEvent, type EventType } from '@linli/contracts';
import { rows } from '@linli/db';
import { addDays, makeIdNumber, today } from '@linli/domain';
import type { TestFederation } from '@linli/infra/testing';
import { makeCreditCode } from '../src/domain/credit-code';

/** Small builders: each test makes the organizations and people it needs. */
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';
/** Another community of the same street: out of a Fengxinyuan worker's scope. */
export const OTHER_COMMUNITY = '440118001002';

export const daysAgo = (n: number) => addDays(today(), -n);

let sequence = 0;
const OFFSET = Math.floor(Math.random() * 400);
const SERIAL = Math.floor(Math.random() * 1e6) * 100;

/** A valid civil-affairs credit code no other test uses. */
export function creditCode(): string {
  sequence += 1;
  return makeCreditCode('440118', SERIAL + sequence);
}

export function unique(label: string): string {
  sequence += 1;
  return `${label}${sequence}`;
}

const REGISTER_PERSON = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { code message } } }`;

/** Registers a person through population, and waits until organizations has heard of them. */
export async function registerPerson(fed: TestFederation, token: string, name = unique('测试居民'), areaCode = GRID): Promise<string> {
  sequence += 1;
  const data = await fed.ok(token, REGISTER_PERSON, {
    input: {
      name,
      documentType: 'ID_CARD',
      documentNumber: makeIdNumber('440118', '1985-06-01', (OFFSET + sequence) % 500, 'FEMALE'),
      sex: 'FEMALE',
      birthDate: '1985-06-01',
      householdType: 'MIGRANT',
      areaCode,
    },
  });
  if (data.registerPerson.userErrors.length) throw new Error(JSON.stringify(data.registerPerson.userErrors));
  const id = data.registerPerson.person.id as string;
  await waitFor(fed, `SELECT 1 FROM known_persons WHERE id = $1`, [id]);
  return id;
}

export async function waitFor(fed: TestFederation, sql: string, params: unknown[] = [], timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await rows(fed.service('organizations').deps.dataSource, sql, params)).length === 0) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${sql}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const ORGANIZATION_FIELDS = `id name registrationKind creditCode filingNumber category areaCode foundedOn partyBranch status statusReason statusChangedOn`;
export const REGISTER = `mutation ($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { ${ORGANIZATION_FIELDS} } userErrors { field code message } } }`;
export const CHANGE_STATUS = `mutation ($input: ChangeOrganizationStatusInput!) { changeOrganizationStatus(input: $input) { organization { id status statusReason statusChangedOn } userErrors { field code message } } }`;
export const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { membership { id role from to current person { id } organization { id } } userErrors { field code message } } }`;
export const END_MEMBERSHIP = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { membership { id to current } userErrors { field code message } } }`;
export const RECORD_ACTIVITY = `mutation ($input: RecordActivityInput!) { recordActivity(input: $input) { activity { id title heldOn participants peopleServed serviceProject { id } } userErrors { field code message } } }`;
export const RECORD_SERIES = `mutation ($input: RecordActivitySeriesInput!) { recordActivitySeries(input: $input) { series { id frequency occurrences } activities { id heldOn series { id title } } userErrors { field code message } } }`;
export const CREATE_PROJECT = `mutation ($input: CreateServiceProjectInput!) { createServiceProject(input: $input) { serviceProject { id status budgetFen targets { id measure name target achieved progress } } userErrors { field code message } } }`;
export const PROJECT_STATUS = `mutation ($input: ChangeServiceProjectStatusInput!) { changeServiceProjectStatus(input: $input) { serviceProject { id status } userErrors { field code message } } }`;
export const REPORT_OUTCOME = `mutation ($input: ReportProjectOutcomeInput!) { reportProjectOutcome(input: $input) { outcome { id value reportedOn target { id achieved } } serviceProject { id targets { id achieved progress } } userErrors { field code message } } }`;
export const START_CAMPAIGN = `mutation ($input: StartFundraisingCampaignInput!) { startFundraisingCampaign(input: $input) { fundraisingCampaign { id name goalFen raisedFen donationCount } userErrors { field code message } } }`;
export const RECORD_DONATION = `mutation ($input: RecordDonationInput!) { recordDonation(input: $input) { donation { id amountFen donorKind donorName donatedOn } fundraisingCampaign { id raisedFen donationCount } userErrors { field code message } } }`;

/** Registers an organization (civil affairs by default) and returns its id. */
export async function registerOrganization(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await fed.ok(token, REGISTER, {
    input: {
      name: unique('测试公益协会'),
      registrationKind: 'CIVIL_AFFAIRS',
      creditCode: creditCode(),
      category: 'PUBLIC_WELFARE',
      areaCode: COMMUNITY,
      foundedOn: '2020-01-01',
      ...overrides,
    },
  });
  if (data.registerOrganization.userErrors.length) throw new Error(JSON.stringify(data.registerOrganization.userErrors));
  return data.registerOrganization.organization.id;
}

/** Runs a mutation and fails unless it succeeded; returns the payload. */
export async function succeed(fed: TestFederation, token: string, mutation: string, input: Record<string, unknown>): Promise<any> {
  const data = await fed.ok(token, mutation, { input });
  const payload = Object.values(data)[0] as { userErrors: unknown[] };
  if (payload.userErrors.length) throw new Error(JSON.stringify(payload.userErrors));
  return payload;
}

/** Row counts of every table a mutation could write, and the outbox: equal before and after a refusal. */
export async function snapshot(fed: TestFederation): Promise<Record<string, number | string>> {
  const tables = [
    'organizations',
    'organization_status_changes',
    'memberships',
    'activity_series',
    'activities',
    'service_projects',
    'project_targets',
    'project_outcomes',
    'fundraising_campaigns',
    'donations',
    'outbox',
  ];
  const db = fed.service('organizations').deps.dataSource;
  const result: Record<string, number | string> = {};
  for (const table of tables) result[table] = (await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM ${table}`))[0].n;
  result['organizations.updated_at'] = (await rows<{ u: string }>(db, `SELECT coalesce(max(updated_at), 'epoch')::text AS u FROM organizations`))[0].u;
  result['memberships.ended'] = (await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM memberships WHERE to_on IS NOT NULL`))[0].n;
  result['service_projects.status'] = (
    await rows<{ s: string }>(db, `SELECT coalesce(string_agg(status, ',' ORDER BY id), '') AS s FROM service_projects`)
  )[0].s;
  return result;
}

/** The data of the events of a type in organizations' outbox, oldest first. */
export async function published<T = Record<string, unknown>>(fed: TestFederation, type: string, filter = 'TRUE', params: unknown[] = []): Promise<T[]> {
  const found = await rows<{ data: T }>(
    fed.service('organizations').deps.dataSource,
    `SELECT envelope->'data' AS data FROM outbox WHERE type = $1 AND ${filter} ORDER BY seq`,
    [type, ...params],
  );
  return found.map((f) => f.data);
}

/** Publishes an envelope on the run's NATS namespace, as its owning service's relay would. */
export async function publish(fed: TestFederation, envelope: DomainEvent, msgId: string = envelope.id): Promise<void> {
  const nc = await connect({ servers: fed.service('organizations').deps.env.NATS_URL });
  try {
    await nc.jetstream().publish(subjectOf(envelope.type, fed.namespace), JSON.stringify(envelope), { msgID: msgId, headers: headers() });
  } finally {
    await nc.close();
  }
}

export function envelope<T extends EventType>(
  type: T,
  areaCode: string,
  data: Extract<DomainEvent, { type: T }>['data'],
  id: string = randomUUID(),
): Extract<DomainEvent, { type: T }> {
  return { id, type, version: 1, occurredAt: new Date().toISOString(), source: type.split('.')[0], areaCode, data } as unknown as Extract<
    DomainEvent,
    { type: T }
  >;
}

/**
 * Posts an operation straight to organizations' subgraph with the internal token the gateway
 * would sign for this caller: how the gateway reaches `_entities` (e.g. Area, owned by housing).
 */
export async function viaSubgraph(
  fed: TestFederation,
  viewer: { roles: Role[]; areas: string[] },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data: any; errors?: any[] }> {
  const internal = await signInternalToken(
    { id: 'subgraph-test', name: 'subgraph test', orgs: [], requestId: randomUUID(), ...viewer },
    'organizations',
    DEV_INTERNAL_SECRET,
  );
  const response = await request(fed.service('organizations').url.replace(/\/graphql$/, ''))
    .post('/graphql')
    .set('authorization', `Bearer ${internal}`)
    .send({ query, variables });
  return { data: response.body.data, errors: response.body.errors };
}

/** Statements of the request alone: the outbox relay and consumers share the pool and are left out. */
export function requestStatements(statements: string[]): string[] {
  return statements.filter((s) => !/\/\* (outbox|inbox|deadLetter|relay)\w* \*\//.test(s) && !/^\s*(LISTEN|UNLISTEN|SELECT 1)/i.test(s));
}

/** The names of the statements (their leading comments). */
export function names(statements: string[]): string[] {
  return statements.map((s) => /\/\* ([\w:]+) \*\//.exec(s)?.[1] ?? s.slice(0, 40));
}
