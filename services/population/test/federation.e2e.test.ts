import { housing } from '@linli/housing';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import { daysAgo, REGISTER_RESIDENCE, registerPerson } from './builders';

const GRID = '440118001001001';
const HOUSE = `query ($id: ID!) { house(id: $id) { occupancy currentResidents { id } } }`;

async function createAreas(fed: TestFederation, token: string) {
  for (const [code, name] of [['440118', '增城区'], ['440118001', '荔城街道'], ['440118001001', '凤馨苑社区'], [GRID, '凤馨苑第一网格']]) {
    const data = await fed.ok(token, `mutation ($input: CreateAreaInput!) { createArea(input: $input) { userErrors { code message } } }`, { input: { code, name } });
    if (data.createArea.userErrors.length) throw new Error(JSON.stringify(data.createArea.userErrors));
  }
}

async function registerHouse(fed: TestFederation, token: string, number: string): Promise<string> {
  const building = await fed.ok(token, `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) { building { id } userErrors { code } } }`, {
    input: { gridCode: GRID, address: `凤馨路${number}号`, floors: 6, rental: true },
  });
  const house = await fed.ok(token, `mutation ($input: RegisterHouseInput!) { registerHouse(input: $input) { house { id } userErrors { code } } }`, {
    input: { buildingId: building.registerBuilding.building.id, number, rooms: 2, rental: true },
  });
  return house.registerHouse.house.id;
}

describe('population with housing, through the gateway', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createAreas(fed, admin);
  });
  afterAll(() => fed.stop());

  it('moves a person to another house: the old residence ends and both houses’ occupancy in housing follows', async () => {
    const first = await registerHouse(fed, admin, '1-101');
    const second = await registerHouse(fed, admin, '2-201');
    const personId = await registerPerson(fed, admin, { areaCode: GRID });
    // population learns of the houses from housing's events
    await eventually(async () => expect((await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId: first, from: daysAgo(60), reason: 'RENT' } })).registerResidence.userErrors).toEqual([]));
    await eventually(async () => expect((await fed.ok(admin, HOUSE, { id: first })).house.occupancy).toBe(1));
    await eventually(async () => expect((await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId, houseId: second, from: daysAgo(5), reason: 'RENT' } })).registerResidence.userErrors).toEqual([]));

    await eventually(async () => {
      const data = await fed.ok(admin, `query ($a: ID!, $b: ID!) { a: house(id: $a) { occupancy currentResidents { id } } b: house(id: $b) { occupancy currentResidents { id } } }`, { a: first, b: second });
      expect(data).toEqual({ a: { occupancy: 0, currentResidents: [] }, b: { occupancy: 1, currentResidents: [{ id: personId }] } });
    });
    const { person } = await fed.ok(admin, `query ($id: ID!) { person(id: $id) { residences { from to house { id } } } }`, { id: personId });
    expect(person.residences).toEqual([
      { from: daysAgo(5), to: null, house: { id: second } },
      { from: daysAgo(60), to: daysAgo(5), house: { id: first } },
    ]);
  });

  it('answers one dashboard query with housing’s area and population’s figures, key groups withheld from an integrator', async () => {
    const integrator = await tokenFor('INTEGRATOR', ['440118']);
    const data = await fed.ok(integrator, `{ area(code: "440118001001") { name population { residents migrants keyGroupMembers { value suppressed } } } }`);
    expect(data.area.name).toBe('凤馨苑社区');
    expect(data.area.population.residents).toBeGreaterThanOrEqual(1);
    expect(data.area.population.keyGroupMembers).toEqual({ value: null, suppressed: true });
    const person = await fed.query(integrator, `{ persons { totalCount } }`);
    expect(person.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
