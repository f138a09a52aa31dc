import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { rows } from '@linli/db';
import { today } from '@linli/domain';
import { housing } from '../src/module';
import {
  COMMUNITY,
  count,
  createEstate,
  createTree,
  DISTRICT,
  GRID,
  inspect,
  OTHER_COMMUNITY,
  OTHER_GRID,
  RATE_ESTATE,
  REGISTER_BUILDING,
  REGISTER_HOUSE,
  registerBuilding,
  registerHouse,
  STREET,
  UPDATE_BUILDING,
  UPDATE_HOUSE,
} from './builders';

const FIGURES = `buildings houses rentalHouses rentalBuildings rentalBuildingsWithAccessControl accessControlCoverage inspections hazardsReported
  hazardsOpen hazardsOverdue hazardsRectified onTimeRectificationRate estatesByStars { stars estates } estatesUnrated occupiedHouses groupRentalRiskHouses`;
const EVERY_LEVEL = `query ($period: PeriodInput) { grid: area(code: "${GRID}") { housing(period: $period) { ${FIGURES} } }
  community: area(code: "${COMMUNITY}") { housing(period: $period) { ${FIGURES} } } street: area(code: "${STREET}") { housing(period: $period) { ${FIGURES} } }
  district: area(code: "${DISTRICT}") { housing(period: $period) { ${FIGURES} } } }`;
const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

describe('the bounds of what a caller may enter', () => {
  let fed: TestFederation;
  let admin: string;
  const year = Number(today().slice(0, 4));

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createTree(fed, admin);
  });
  afterAll(() => fed.stop());

  it('refuses implausible floors, rooms, floor areas, stars and years with OUT_OF_RANGE, writing nothing', async () => {
    const building = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: GRID, address: '过高路1号', floors: 201 } });
    expect(building.registerBuilding.userErrors).toEqual([{ field: ['input', 'floors'], code: 'OUT_OF_RANGE', message: expect.stringContaining('200') }]);
    expect(await count(fed, 'buildings', 'address = $1', ['过高路1号'])).toBe(0);

    const buildingId = await registerBuilding(fed, admin);
    for (const [input, field] of [
      [{ rooms: 101 }, 'rooms'],
      [{ rooms: -1 }, 'rooms'],
      [{ rooms: 2, floorArea: 10_000.01 }, 'floorArea'],
      [{ rooms: 2, floorArea: 0 }, 'floorArea'],
      [{ rooms: 2, floorArea: 1e308 }, 'floorArea'],
    ] as const) {
      const data = await fed.ok(admin, REGISTER_HOUSE, { input: { buildingId, number: 'X-1', ...input } });
      expect(data.registerHouse.userErrors).toEqual([{ field: ['input', field], code: 'OUT_OF_RANGE', message: expect.any(String) }]);
    }
    expect(await count(fed, 'houses', 'building_id = $1', [buildingId])).toBe(0);
    const houseId = await registerHouse(fed, admin, buildingId);
    const updated = await fed.ok(admin, UPDATE_HOUSE, { input: { id: houseId, rooms: 2_147_483_647 } });
    expect(codes(updated.updateHouse.userErrors)).toEqual(['OUT_OF_RANGE']);
    const movedUp = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, floors: 2_147_483_647 } });
    expect(codes(movedUp.updateBuilding.userErrors)).toEqual(['OUT_OF_RANGE']);

    const estateId = await createEstate(fed, admin);
    for (const input of [
      { stars: 6, year },
      { stars: 0, year },
      { stars: 3, year: 1999 },
      { stars: 3, year: year + 1 },
    ]) {
      const data = await fed.ok(admin, RATE_ESTATE, { input: { estateId, ...input } });
      expect(codes(data.rateEstate.userErrors)).toEqual(['OUT_OF_RANGE']);
    }
    expect(await count(fed, 'estate_ratings', 'estate_id = $1', [estateId])).toBe(0);
  });

  it('takes the largest accepted value of every numeric input and reads every figure at grid, community, street and district', async () => {
    const estateId = await createEstate(fed, admin);
    const rated = await fed.ok(admin, RATE_ESTATE, { input: { estateId, year, stars: 5 } });
    expect(rated.rateEstate.userErrors).toEqual([]);
    const buildingId = await registerBuilding(fed, admin, { floors: 200, estateId, accessControl: true });
    const houseId = await registerHouse(fed, admin, buildingId, { rooms: 100, floorArea: 10_000 });
    await registerHouse(fed, admin, buildingId, { rooms: 0, floorArea: 0.01 });
    await inspect(fed, admin, houseId, today(), { GAS: { severity: 'HIGH', deadline: '2100-12-31' } });

    for (const period of [undefined, { from: '1900-01-01', to: '2100-12-31' }]) {
      const result = await fed.query(admin, EVERY_LEVEL, { period });
      expect(result.errors).toBeUndefined();
      for (const level of ['grid', 'community', 'street', 'district']) {
        const figures = result.data![level].housing;
        expect(figures.houses).toBeGreaterThanOrEqual(2);
        // ratings count for the year of the period's end (this year by default, none yet for 2100); estates lie in communities, not grids
        expect(figures.estatesByStars.find((s: { stars: number }) => s.stars === 5).estates).toBe(period || level === 'grid' ? 0 : 1);
        expect(figures.hazardsOpen).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('moves a building to another grid with its houses, inspections and hazards, announcing each house', async () => {
    const buildingId = await registerBuilding(fed, admin);
    const houseId = await registerHouse(fed, admin, buildingId);
    await inspect(fed, admin, houseId, today(), { GAS: { severity: 'LOW', deadline: '2100-01-01' } });
    const worker = await tokenFor('COMMUNITY_WORKER', [OTHER_COMMUNITY]);
    expect((await fed.ok(worker, `query ($id: ID!) { house(id: $id) { id } }`, { id: houseId })).house).toBeNull();

    const data = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, gridCode: OTHER_GRID } });
    expect(data.updateBuilding.userErrors).toEqual([]);
    const seen = await fed.ok(worker, `query ($id: ID!) { house(id: $id) { id areaCode inspections { id hazards { id } } building { gridCode } } }`, {
      id: houseId,
    });
    expect(seen.house).toMatchObject({ areaCode: OTHER_GRID, building: { gridCode: OTHER_GRID } });
    expect(seen.house.inspections[0].hazards).toHaveLength(1);
    const db = fed.service('housing').deps.dataSource;
    await eventually(async () => {
      const events = await rows<{ n: number }>(
        db,
        `SELECT count(*)::int AS n FROM outbox WHERE type = 'housing.house.updated' AND envelope->'data'->>'houseId' = $1 AND area_code = $2`,
        [houseId, OTHER_GRID],
      );
      expect(events[0].n).toBe(1);
    });
  });

  it('takes the former spelling SERVICE_CENTRE and answers SERVICE_CENTER, the default', async () => {
    const old = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: GRID, address: '旧拼写路1号', floors: 2, managementMode: 'SERVICE_CENTRE' } });
    const plain = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: GRID, address: '新拼写路1号', floors: 2 } });
    expect([old.registerBuilding.building.managementMode, plain.registerBuilding.building.managementMode]).toEqual(['SERVICE_CENTER', 'SERVICE_CENTER']);
    const listed = await fed.ok(admin, `{ buildings(filter: { managementMode: SERVICE_CENTRE, areaCode: "${GRID}" }) { totalCount } }`);
    expect(listed.buildings.totalCount).toBe(await count(fed, 'buildings', `management_mode = 'SERVICE_CENTER' AND grid_code = $1`, [GRID]));
  });

  it('refuses to move a building out of the caller’s areas, into a non-grid, or away from its estate’s community', async () => {
    const worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    const estateId = await createEstate(fed, admin);
    const buildingId = await registerBuilding(fed, admin, { estateId });
    const outside = await fed.ok(worker, UPDATE_BUILDING, { input: { id: buildingId, gridCode: OTHER_GRID } });
    expect(codes(outside.updateBuilding.userErrors)).toEqual(['AREA_UNKNOWN']);
    const notGrid = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, gridCode: COMMUNITY } });
    expect(codes(notGrid.updateBuilding.userErrors)).toEqual(['NOT_A_GRID']);
    const estate = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, gridCode: OTHER_GRID } });
    expect(codes(estate.updateBuilding.userErrors)).toEqual(['ESTATE_IN_OTHER_COMMUNITY']);
    expect(await count(fed, 'buildings', 'id = $1 AND grid_code = $2', [buildingId, GRID])).toBe(1);
  });
});
