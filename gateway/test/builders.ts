import { makeIdNumber } from '@linli/domain';
import type { TestFederation } from '@linli/infra/testing';

/** Small builders: each test makes the places and people it needs through the gateway. */
export const DISTRICT = '440118';
export const STREET = '440118001';
export const COMMUNITY = '440118001001';
export const GRID = '440118001001001';

export async function createAreas(fed: TestFederation, token: string, codes: [string, string][]): Promise<void> {
  for (const [code, name] of codes) {
    const data = await fed.ok(token, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code message } } }`, { input: { code, name } });
    if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
  }
}

export async function createGrid(fed: TestFederation, token: string): Promise<void> {
  await createAreas(fed, token, [
    [DISTRICT, '增城区'],
    [STREET, '荔城街道'],
    [COMMUNITY, '凤馨苑社区'],
    [GRID, '凤馨苑第一网格'],
  ]);
}

export async function registerHouse(fed: TestFederation, token: string, grid = GRID, number = '1-101', rooms = 2): Promise<string> {
  const building = await fed.ok(token, `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) { building { id } userErrors { code } } }`, {
    input: { gridCode: grid, address: `凤馨路${Math.floor(Math.random() * 1000)}号`, floors: 6, rental: true },
  });
  const house = await fed.ok(token, `mutation ($input: RegisterHouseInput!) { registerHouse(input: $input) { house { id } userErrors { code } } }`, {
    input: { buildingId: building.registerBuilding.building.id, number, rooms, rental: true },
  });
  return house.registerHouse.house.id;
}

let sequence = 0;
const OFFSET = Math.floor(Math.random() * 500);
export async function registerPerson(fed: TestFederation, token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  sequence += 1;
  const birthDate = '1990-03-15';
  const data = await fed.ok(token, `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { code message } } }`, {
    input: {
      name: `测试居民${sequence}`,
      documentType: 'ID_CARD',
      documentNumber: makeIdNumber('440118', birthDate, (OFFSET + sequence) % 500, 'MALE'),
      sex: 'MALE',
      birthDate,
      householdType: 'MIGRANT',
      areaCode: GRID,
      ...overrides,
    },
  });
  if (data.registerPerson.userErrors.length) throw new Error(JSON.stringify(data.registerPerson.userErrors));
  return data.registerPerson.person.id;
}

export const REGISTER_RESIDENCE = `mutation ($input: RegisterResidenceInput!) { registerResidence(input: $input) { residence { id from } userErrors { code message } } }`;
