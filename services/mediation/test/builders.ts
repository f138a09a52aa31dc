import { randomUUID } from 'node:crypto';
import { connect } from 'nats';
import { EVENT_VERSIONS, subjectOf, type DataOf } from '@linli/contracts';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { eventually } from '@linli/testing';
import { type TestFederation } from '@linli/infra/testing';

/** Small builders: each test makes the places, people and records it needs through the gateway. */
export const DISTRICT = '440118';
export const STREET = '440118001';
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';
export const OTHER_COMMUNITY = '440118001002';
export const OTHER_GRID = '440118001002001';

export const daysAgo = (n: number) => addDays(today(), -n);

type PersonEventType = 'population.person.registered' | 'population.person.updated';

/**
 * Publishes population's person events as population's relay would (the same envelope, on the
 * run's namespace) and waits until mediation's person consumer has applied them all.
 */
export async function announcePersons(fed: TestFederation, type: PersonEventType, people: DataOf<PersonEventType>[], occurredAt = new Date()): Promise<void> {
  const ids: string[] = [];
  const nc = await connect({ servers: fed.service('mediation').deps.env.NATS_URL });
  try {
    const js = nc.jetstream();
    for (const data of people) {
      const id = randomUUID();
      const envelope = { id, type, version: EVENT_VERSIONS[type], occurredAt: occurredAt.toISOString(), source: 'population', areaCode: data.areaCode, data };
      await js.publish(subjectOf(type, fed.namespace), JSON.stringify(envelope), { msgID: id });
      ids.push(id);
    }
  } finally {
    await nc.close();
  }
  const db = fed.service('mediation').deps.dataSource;
  await eventually(async () => {
    const [{ n }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1::uuid[])`, [ids]);
    if (n !== ids.length) throw new Error(`${n} of ${ids.length} person events applied`);
  }, 10_000);
}

/** Persons registered in population (announced by population.person.registered); their ids. */
export async function persons(fed: TestFederation, count: number, areaCode = GRID): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await announcePersons(
    fed,
    'population.person.registered',
    ids.map((personId, i) => ({ personId, householdType: i % 2 ? 'LOCAL' : 'MIGRANT', areaCode })),
  );
  return ids;
}

/** One person registered in population. */
export const person = async (fed: TestFederation, areaCode = GRID): Promise<string> => (await persons(fed, 1, areaCode))[0];

/** A person id population never registered. */
export const stranger = () => randomUUID();

export async function createAreas(fed: TestFederation, token: string): Promise<void> {
  const areas: [string, string][] = [
    [DISTRICT, '增城区'],
    [STREET, '荔城街道'],
    [COMMUNITY, '凤馨苑社区'],
    [GRID, '凤馨苑第一网格'],
    [OTHER_COMMUNITY, '荔景社区'],
    [OTHER_GRID, '荔景第一网格'],
  ];
  for (const [code, name] of areas) {
    const data = await fed.ok(token, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code message } } }`, {
      input: { code, name },
    });
    if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
  }
}

/** A mutation taking one input and answering its payload with userErrors. */
export function mutation(name: string, inputType: string, selection: string): string {
  return `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`;
}

export const CASE = `id status openedOn closedOn dueOn overdue allowedTransitions areaCode
  agreement { terms fulfillmentDeadline reachedOn fulfilledOn } referral { target institution referredOn } failureReason withdrawalReason
  history { from to on } parties { role person { id } } mediators { id } sessions { heldOn notes attendees { id } } incident { id }`;
export const INCIDENT = `id step category department { code } dispatchedOn deadline handledOn followedUpOn closedOn reopenCount overdue
  evaluations { satisfied score } disputeCase { id } councilTopic { id } history { from to on }`;
export const TOPIC = `id status tally { for against abstain } resolution resolvedOn implementation { status progress } incident { id } votes { choice person { id } }`;

export const CASE_M = (name: string, inputType = 'CaseTransitionInput') => mutation(name, inputType, `disputeCase { ${CASE} }`);
export const INCIDENT_M = (name: string, inputType: string) => mutation(name, inputType, `gridIncident { ${INCIDENT} }`);
export const TOPIC_M = (name: string, inputType: string) => mutation(name, inputType, `councilTopic { ${TOPIC} }`);

export async function payloadOf(fed: TestFederation, token: string, query: string, input: Record<string, unknown>): Promise<any> {
  const data = await fed.ok(token, query, { input });
  return Object.values(data)[0];
}

/** Asserts success and returns the payload's changed object. */
export async function ok(fed: TestFederation, token: string, query: string, input: Record<string, unknown>): Promise<any> {
  const payload = await payloadOf(fed, token, query, input);
  if (payload.userErrors.length) throw new Error(`refused: ${JSON.stringify(payload.userErrors)}`);
  return Object.values(payload).find((v) => v && typeof v === 'object' && !Array.isArray(v));
}

/** Opens a case; unless the overrides name parties, two newly registered persons are applicant and respondent. */
export async function openCase(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<any> {
  const parties = overrides.parties ?? (await partiesOf(fed));
  return ok(fed, token, CASE_M('openDisputeCase', 'OpenDisputeCaseInput'), {
    areaCode: GRID,
    type: 'NEIGHBOR',
    summary: '楼上漏水',
    parties,
    ...overrides,
  });
}

/** An applicant and a respondent, both registered persons. */
export async function partiesOf(fed: TestFederation): Promise<{ personId: string; role: 'APPLICANT' | 'RESPONDENT' }[]> {
  const [applicant, respondent] = await persons(fed, 2);
  return [
    { personId: applicant, role: 'APPLICANT' },
    { personId: respondent, role: 'RESPONDENT' },
  ];
}

export async function reportIncident(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<any> {
  return ok(fed, token, INCIDENT_M('reportGridIncident', 'ReportGridIncidentInput'), {
    areaCode: GRID,
    category: 'ENVIRONMENT_SANITATION',
    place: '凤馨路12号',
    description: '垃圾堆放',
    reporterKind: 'GRID_WORKER',
    ...overrides,
  });
}

/** Statements the relay and the consumers run in the background, whatever request is being served. */
const BACKGROUND = /^\/\* (outboxClaim|outboxSent|outboxFailed|inboxClaim|deadLetterAdd|readModelApply:known_persons) \*\//;

/**
 * Runs a request while counting the statements it sends to mediation's database, leaving out
 * the outbox relay's sweep and the consumers' work that may run meanwhile.
 */
export async function recordStatements<T>(fed: TestFederation, fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const { result, statements } = await fed.service('mediation').deps.queries.record(fn);
  return { result, statements: statements.filter((s) => !BACKGROUND.test(s)) };
}

const TABLES = [
  'mediation_committees',
  'mediators',
  'dispute_cases',
  'dispute_parties',
  'dispute_case_mediators',
  'mediation_sessions',
  'dispute_transitions',
  'grid_incidents',
  'incident_steps',
  'incident_evaluations',
  'incident_handlings',
  'residents_councils',
  'council_members',
  'council_meetings',
  'council_topics',
  'council_votes',
  'outbox',
];

/**
 * A fingerprint of everything mediation has written: row counts and the latest change of each
 * table. Equal before and after a refusal means nothing was written.
 */
export async function written(fed: TestFederation): Promise<Record<string, string>> {
  const [found] = await rows<Record<string, string>>(
    fed.service('mediation').deps.dataSource,
    // the outbox only by count: the relay marks rows sent in the background
    `SELECT ${TABLES.map((t) => (t === 'outbox' ? `(SELECT count(*)::text FROM outbox) AS outbox` : `(SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') FROM ${t} x) AS ${t}`)).join(', ')}`,
  );
  return found;
}
