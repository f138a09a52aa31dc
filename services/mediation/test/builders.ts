import { randomUUID } from 'node:crypto';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import type { TestFederation } from '@linli/testing';

/** Small builders: each test makes the places, people and records it needs through the gateway. */
export const DISTRICT = '440118';
export const STREET = '440118001';
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';
export const OTHER_COMMUNITY = '440118001002';
export const OTHER_GRID = '440118001002001';

export const daysAgo = (n: number) => addDays(today(), -n);
export const person = () => randomUUID();

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
    const data = await fed.ok(token, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code message } } }`, { input: { code, name } });
    if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
  }
}

/** A mutation taking one input and answering its payload with userErrors. */
export function mutation(name: string, inputType: string, selection: string): string {
  return `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`;
}

export const CASE = `id status openedOn closedOn dueOn overdue allowedTransitions areaCode
  agreement { terms fulfilmentDeadline reachedOn fulfilledOn } referral { target institution referredOn } failureReason withdrawalReason
  history { from to on } parties { role person { id } } mediators { id } sessions { heldOn notes attendees { id } } incident { id }`;
export const INCIDENT = `id step category department { code } dispatchedOn deadline handledOn followedUpOn closedOn reopenCount overdue
  evaluations { satisfied score } disputeCase { id } councilTopic { id } history { from to on }`;
export const TOPIC = `id status tally { for against abstain } resolution resolvedOn implementation { status progress } incident { id } votes { choice person { id } }`;

export const CASE_M = (name: string, inputType = 'CaseTransitionInput') => mutation(name, inputType, `disputeCase { ${CASE} }`);
export const INCIDENT_M = (name: string, inputType: string) => mutation(name, inputType, `incident { ${INCIDENT} }`);
export const TOPIC_M = (name: string, inputType: string) => mutation(name, inputType, `topic { ${TOPIC} }`);

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

export async function openCase(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<any> {
  return ok(fed, token, CASE_M('openDisputeCase', 'OpenDisputeCaseInput'), {
    areaCode: GRID,
    type: 'NEIGHBOUR',
    summary: '楼上漏水',
    parties: [
      { personId: person(), role: 'APPLICANT' },
      { personId: person(), role: 'RESPONDENT' },
    ],
    ...overrides,
  });
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
