import { randomUUID } from 'node:crypto';
import { connect, headers } from 'nats';
import request from 'supertest';
import { signInternalToken, type Role } from '@linli/auth';
import { DEV_INTERNAL_SECRET } from '@linli/config';
import { subjectOf, type DomainEvent, type EventType } from '@linli/contracts';
import { rows } from '@linli/db';
import { addDays, makeIdNumber, today } from '@linli/domain';
import type { TestFederation } from '@linli/infra/testing';

/** Small builders: each test makes the houses and people it needs. */
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';
export const GRID_2 = '440118001001002';
/** Another community of the same street: out of a Fengxinyuan worker's scope. */
export const OTHER_COMMUNITY = '440118001002';
export const OTHER_GRID = '440118001002001';

export const daysAgo = (n: number) => addDays(today(), -n);

/** Publishes an envelope on the run's NATS namespace, as its owning service's relay would. */
export async function publish(fed: TestFederation, envelope: DomainEvent, msgId: string = envelope.id): Promise<void> {
  const nc = await connect({ servers: fed.service('population').deps.env.NATS_URL });
  try {
    await nc.jetstream().publish(subjectOf(envelope.type, fed.namespace), JSON.stringify(envelope), { msgID: msgId, headers: headers() });
  } finally {
    await nc.close();
  }
}

export function envelope<T extends EventType>(type: T, areaCode: string, data: Extract<DomainEvent, { type: T }>['data'], occurredAt = new Date()): Extract<DomainEvent, { type: T }> {
  return { id: randomUUID(), type, version: 1, occurredAt: occurredAt.toISOString(), source: type.split('.')[0], areaCode, data } as unknown as Extract<DomainEvent, { type: T }>;
}

/** Announces a house as housing would, and waits until population knows it. */
export async function announceHouse(fed: TestFederation, gridCode = GRID, rooms = 2): Promise<string> {
  const houseId = randomUUID();
  await publish(fed, envelope('housing.house.registered', gridCode, { houseId, buildingId: randomUUID(), gridCode, number: '1-101', rooms, rental: true, landlordId: null }));
  await waitFor(fed, `SELECT 1 FROM known_houses WHERE id = $1`, [houseId]);
  return houseId;
}

export async function waitFor(fed: TestFederation, sql: string, params: unknown[] = [], timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await rows(fed.service('population').deps.dataSource, sql, params)).length === 0) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${sql}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let sequence = 0;
const OFFSET = Math.floor(Math.random() * 400);

/** A fresh valid ID number (and the birth date and sex it encodes). */
export function idCard(sex: 'MALE' | 'FEMALE' = 'MALE', birthDate = '1990-03-15') {
  sequence += 1;
  return { documentType: 'ID_CARD', documentNumber: makeIdNumber('440118', birthDate, (OFFSET + sequence) % 500, sex), sex, birthDate };
}

export function phoneNumber(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

export const REGISTER_PERSON = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id name documentNumber phone areaCode origin occupation partyMember } userErrors { field code message } } }`;
export const REGISTER_RESIDENCE = `mutation ($input: RegisterResidenceInput!) { registerResidence(input: $input) { residence { id from to } userErrors { field code message } } }`;

export async function registerPerson(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const data = await fed.ok(token, REGISTER_PERSON, {
    input: { name: `测试居民${sequence + 1}`, ...idCard(), householdType: 'MIGRANT', areaCode: GRID, ...overrides },
  });
  if (data.registerPerson.userErrors.length) throw new Error(JSON.stringify(data.registerPerson.userErrors));
  return data.registerPerson.person.id;
}

/** A person living at a (new) house of the grid since a day. */
export async function resident(fed: TestFederation, token: string, options: { grid?: string; from?: string; person?: Record<string, unknown> } = {}): Promise<{ personId: string; houseId: string }> {
  const grid = options.grid ?? GRID;
  const houseId = await announceHouse(fed, grid);
  const personId = await registerPerson(fed, token, { areaCode: grid, ...options.person });
  const data = await fed.ok(token, REGISTER_RESIDENCE, { input: { personId, houseId, from: options.from ?? daysAgo(400), reason: 'RENT' } });
  if (data.registerResidence.userErrors.length) throw new Error(JSON.stringify(data.registerResidence.userErrors));
  return { personId, houseId };
}

/** Counts rows of a population table (to prove that a refusal wrote nothing). */
export async function count(fed: TestFederation, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}

/** Counts of every table a mutation could write, to compare before and after a refusal. */
export async function snapshot(fed: TestFederation): Promise<Record<string, number>> {
  const tables = ['persons', 'residences', 'residence_permits', 'key_group_tags', 'visits', 'points_entries', 'pii_audit', 'outbox'];
  const result: Record<string, number> = {};
  for (const table of tables) result[table] = await count(fed, table);
  const [{ updated }] = await rows<{ updated: string }>(fed.service('population').deps.dataSource, `SELECT coalesce(max(updated_at), 'epoch')::text AS updated FROM persons`);
  result[`persons.updated_at:${updated}`] = 1;
  return result;
}

/**
 * Posts an operation straight to population's subgraph with the internal token the gateway
 * would sign for this caller: how the gateway reaches `_entities` (e.g. Area, owned by housing).
 */
export async function viaSubgraph(fed: TestFederation, viewer: { roles: Role[]; areas: string[] }, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const body = await subgraphAnswer(fed, viewer, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** As viaSubgraph, answering the whole body (data and errors). */
export async function subgraphAnswer(fed: TestFederation, viewer: { roles: Role[]; areas: string[]; personId?: string }, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const internal = await signInternalToken({ id: 'subgraph-test', name: 'subgraph test', orgs: [], requestId: randomUUID(), ...viewer }, 'population', DEV_INTERNAL_SECRET);
  const response = await request(fed.service('population').url.replace(/\/graphql$/, '')).post('/graphql').set('authorization', `Bearer ${internal}`).send({ query, variables });
  return response.body;
}

/** Statements of the request alone: the outbox relay and consumers share the pool and are left out. */
export function requestStatements(statements: string[]): string[] {
  return statements.filter((s) => !/\/\* (outbox|inbox|deadLetter|relay)\w* \*\//.test(s) && !/^\s*(LISTEN|UNLISTEN|SELECT 1)/i.test(s));
}

let permits = 0;
/** A fresh residence permit number in the accepted format (GZ and 12 digits). */
export function permitNumber(): string {
  permits += 1;
  return `GZ${String(Date.now() % 1e8).padStart(8, '0')}${String((OFFSET * 100 + permits) % 1e4).padStart(4, '0')}`;
}

/** Each roll-up table as its rows should be, recomputed from the base tables. */
export const RECOMPUTED: Record<string, string> = {
  stats_residents: `SELECT area_code, household_type, count(*)::int AS persons, (count(*) FILTER (WHERE key_groups <> '{}'))::int AS key_group_members FROM persons WHERE residing GROUP BY 1, 2`,
  stats_key_groups: `SELECT p.area_code, k.kind, count(*)::int AS persons FROM persons p, unnest(p.key_groups) AS k(kind) WHERE p.residing GROUP BY 1, 2`,
  stats_visit_due: `SELECT area_code, due_on::text, persons FROM (SELECT area_code, next_visit_due AS due_on, count(*)::int AS persons FROM persons WHERE residing AND next_visit_due IS NOT NULL GROUP BY 1, 2) x`,
  stats_permit_expiry: `SELECT area_code, expires_on::text, persons FROM (SELECT area_code, permit_expires_on AS expires_on, count(*)::int AS persons FROM persons WHERE residing AND permit_expires_on IS NOT NULL GROUP BY 1, 2) x`,
  stats_days: `SELECT area_code, day::text, sum(visits)::int AS visits, sum(arrivals)::int AS arrivals, sum(departures)::int AS departures FROM (
      SELECT area_code, visited_on AS day, 1 AS visits, 0 AS arrivals, 0 AS departures FROM visits
      UNION ALL SELECT area_code, from_date, 0, 1, 0 FROM residences
      UNION ALL SELECT area_code, to_date, 0, 0, 1 FROM residences WHERE to_date IS NOT NULL) d GROUP BY 1, 2`,
};
const STORED: Record<string, string> = {
  stats_residents: `SELECT area_code, household_type, persons, key_group_members FROM stats_residents WHERE persons <> 0 OR key_group_members <> 0`,
  stats_key_groups: `SELECT area_code, kind, persons FROM stats_key_groups WHERE persons <> 0`,
  stats_visit_due: `SELECT area_code, due_on::text, persons FROM stats_visit_due`,
  stats_permit_expiry: `SELECT area_code, expires_on::text, persons FROM stats_permit_expiry`,
  stats_days: `SELECT area_code, day::text, visits, arrivals, departures FROM stats_days`,
};

/** Every roll-up table as stored beside the same table recomputed from the base tables, rows sorted. */
export async function rollupsBeside(fed: TestFederation): Promise<{ table: string; stored: string[]; recomputed: string[] }[]> {
  const db = fed.service('population').deps.dataSource;
  const sorted = (list: unknown[]) => list.map((row) => JSON.stringify(row)).sort();
  const result = [];
  for (const [table, sql] of Object.entries(RECOMPUTED)) result.push({ table, stored: sorted(await rows(db, STORED[table])), recomputed: sorted(await rows(db, sql)) });
  return result;
}
