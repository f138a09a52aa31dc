import { connect, headers } from 'nats';
import { randomUUID } from 'node:crypto';
import { subjectOf, type DomainEvent } from '@linli/contracts';
import { rows } from '@linli/db';
import type { TestFederation } from '@linli/infra/testing';

/** Small builders: each test makes the places it needs through the gateway. */
export const DISTRICT = '440118';
export const STREET = '440118001';
export const COMMUNITY = '440118001001';
export const OTHER_COMMUNITY = '440118001002';
export const GRID = '440118001001001';
export const OTHER_GRID = '440118001002001';

export const CHECKS = ['FIRE_SAFETY', 'ELECTRICAL', 'GAS', 'THREE_IN_ONE', 'STRUCTURE', 'RESIDENCE_REGISTRATION', 'LEASE_REGISTRATION', 'SECURITY'];

export const ERRORS = `userErrors { field code message }`;
export const CREATE_AREA = `mutation ($input: CreateAreaInput!) { createArea(input: $input) { area { code name level parentCode status } ${ERRORS} } }`;
export const CREATE_ESTATE = `mutation ($input: CreateEstateInput!) { createEstate(input: $input) { estate { id name communityCode propertyCompany } ${ERRORS} } }`;
export const RATE_ESTATE = `mutation ($input: RateEstateInput!) { rateEstate(input: $input) { rating { year stars ratedOn } estate { id ratings { year stars } currentRating { year } } ${ERRORS} } }`;
export const REGISTER_BUILDING = `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) {
  building { id gridCode address floors kind managementMode rental accessControl accessControlSince estate { id } } ${ERRORS} } }`;
export const UPDATE_BUILDING = `mutation ($input: UpdateBuildingInput!) { updateBuilding(input: $input) {
  building { id address floors kind managementMode rental accessControl accessControlSince estate { id } } ${ERRORS} } }`;
export const REGISTER_HOUSE = `mutation ($input: RegisterHouseInput!) { registerHouse(input: $input) { house { id number rooms floorArea rental landlord { id } } ${ERRORS} } }`;
export const UPDATE_HOUSE = `mutation ($input: UpdateHouseInput!) { updateHouse(input: $input) { house { id number rooms floorArea rental landlord { id } } ${ERRORS} } }`;
export const RECORD_INSPECTION = `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) {
  inspection { id inspectedOn passed inspectorName results { itemCode passed } hazards { id itemCode severity deadline status } } ${ERRORS} } }`;
export const RECTIFY = `mutation ($input: RectifyHazardInput!) { rectifyHazard(input: $input) { hazard { id status rectifiedOn rectificationNote rectifiedOnTime } ${ERRORS} } }`;

export async function createAreas(fed: TestFederation, token: string, areas: [string, string][]): Promise<void> {
  for (const [code, name] of areas) {
    const data = await fed.ok(token, CREATE_AREA, { input: { code, name } });
    if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
  }
}

/** District → street → two communities, one grid in each. */
export async function createTree(fed: TestFederation, token: string): Promise<void> {
  await createAreas(fed, token, [
    [DISTRICT, '增城区'],
    [STREET, '荔城街道'],
    [COMMUNITY, '凤馨苑社区'],
    [OTHER_COMMUNITY, '荔景社区'],
    [GRID, '凤馨苑第一网格'],
    [OTHER_GRID, '荔景第一网格'],
  ]);
}

let addresses = 0;
export async function registerBuilding(fed: TestFederation, token: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await fed.ok(token, REGISTER_BUILDING, { input: { gridCode: GRID, address: `凤馨路${++addresses}号`, floors: 6, rental: true, ...input } });
  if (data.registerBuilding.userErrors.length) throw new Error(JSON.stringify(data.registerBuilding.userErrors));
  return data.registerBuilding.building.id;
}

let numbers = 0;
export async function registerHouse(fed: TestFederation, token: string, buildingId: string, input: Record<string, unknown> = {}): Promise<string> {
  const data = await fed.ok(token, REGISTER_HOUSE, { input: { buildingId, number: `1-${++numbers}`, rooms: 2, rental: true, ...input } });
  if (data.registerHouse.userErrors.length) throw new Error(JSON.stringify(data.registerHouse.userErrors));
  return data.registerHouse.house.id;
}

export async function createEstate(fed: TestFederation, token: string, communityCode = COMMUNITY, name = `凤馨花园${Math.random().toString(36).slice(2, 7)}`): Promise<string> {
  const data = await fed.ok(token, CREATE_ESTATE, { input: { communityCode, name, propertyCompany: '碧桂园物业' } });
  if (data.createEstate.userErrors.length) throw new Error(JSON.stringify(data.createEstate.userErrors));
  return data.createEstate.estate.id;
}

/** Results for every check: all pass except the given ones, which fail (with a hazard when given). */
export function results(failed: Record<string, { severity: string; deadline: string; description?: string } | null> = {}) {
  return CHECKS.map((itemCode) =>
    itemCode in failed
      ? { itemCode, passed: false, note: '不合格', hazard: failed[itemCode] && { description: `${itemCode} 隐患`, ...failed[itemCode] } }
      : { itemCode, passed: true },
  );
}

export async function inspect(fed: TestFederation, token: string, houseId: string, inspectedOn: string, failed: Parameters<typeof results>[0] = {}) {
  const data = await fed.ok(token, RECORD_INSPECTION, { input: { houseId, inspectedOn, results: results(failed) } });
  if (data.recordInspection.userErrors.length) throw new Error(JSON.stringify(data.recordInspection.userErrors));
  return data.recordInspection.inspection as { id: string; hazards: { id: string; itemCode: string; status: string }[] };
}

/** How many rows a table of the housing database holds (optionally matching a condition). */
export async function count(fed: TestFederation, table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(fed.service('housing').deps.dataSource, `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}

/** Publishes an event straight onto the federation's NATS, as another service's relay would. */
export async function publish(fed: TestFederation, event: Omit<DomainEvent, 'id' | 'occurredAt' | 'version'> & { id?: string }): Promise<DomainEvent> {
  const envelope = { id: randomUUID(), version: 1, occurredAt: new Date().toISOString(), ...event } as DomainEvent;
  const nc = await connect({ servers: fed.service('housing').deps.env.NATS_URL });
  try {
    await nc.jetstream().publish(subjectOf(envelope.type, fed.namespace), JSON.stringify(envelope), { msgID: `${envelope.id}-${randomUUID()}`, headers: headers() });
  } finally {
    await nc.close();
  }
  return envelope;
}
