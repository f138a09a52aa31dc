import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { housing } from '../src/module';
import {
  COMMUNITY,
  count,
  CREATE_AREA,
  CREATE_ESTATE,
  createEstate,
  createTree,
  GRID,
  OTHER_COMMUNITY,
  OTHER_GRID,
  RATE_ESTATE,
  REGISTER_BUILDING,
  REGISTER_HOUSE,
  registerBuilding,
  registerHouse,
  UPDATE_BUILDING,
  UPDATE_HOUSE,
} from './builders';

const RENAME = `mutation ($input: RenameAreaInput!) { renameArea(input: $input) { area { code name status } userErrors { field code message } } }`;
const RETIRE = `mutation ($input: RetireAreaInput!) { retireArea(input: $input) { area { code status retiredAt } userErrors { field code message } } }`;

describe('the place registry', () => {
  let fed: TestFederation;
  let admin: string;
  const db = () => fed.service('housing').deps.dataSource;
  const outbox = (type: string, key: string, value: string) => count(fed, 'outbox', `type = $1 AND envelope->'data'->>'${key}' = $2`, [type, value]);

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createTree(fed, admin);
  });
  afterAll(() => fed.stop());

  describe('areas', () => {
    it('derives a grid’s level and parent from its code', async () => {
      const data = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001009', name: '第九网格' } });
      expect(data.createArea).toEqual({ area: { code: '440118001001009', name: '第九网格', level: 'GRID', parentCode: COMMUNITY, status: 'ACTIVE' }, userErrors: [] });
    });

    it('refuses a grid whose community does not exist, writing nothing', async () => {
      const data = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001009001', name: '无主网格' } });
      expect(data.createArea.area).toBeNull();
      expect(data.createArea.userErrors).toEqual([{ field: ['input', 'code'], code: 'PARENT_AREA_UNKNOWN', message: expect.any(String) }]);
      expect(await count(fed, 'areas', 'code = $1', ['440118001009001'])).toBe(0);
    });

    it('refuses a grid stated to be in a community its code is not in, and a code of the wrong length for its level', async () => {
      const wrongCommunity = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001002005', name: '错位网格', parentCode: COMMUNITY } });
      expect(wrongCommunity.createArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['GRID_NOT_IN_COMMUNITY']);
      const wrongLength = await fed.ok(admin, CREATE_AREA, { input: { code: '440118003', name: '错级', level: 'COMMUNITY' } });
      expect(wrongLength.createArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_CODE_LENGTH_WRONG']);
      expect(await count(fed, 'areas', 'code = ANY($1)', [['440118001002005', '440118003']])).toBe(0);
    });

    it('refuses to reuse a code, even a retired one: a code never changes meaning', async () => {
      await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001010', name: '第十网格' } });
      await fed.ok(admin, RETIRE, { input: { code: '440118001001010' } });
      const again = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001010', name: '新第十网格' } });
      expect(again.createArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_CODE_TAKEN']);
      const [area] = await rows<{ name: string }>(db(), `SELECT name FROM areas WHERE code = '440118001001010'`);
      expect(area.name).toBe('第十网格');
    });

    it('renames an area, keeping its code, and publishes housing.area.renamed with the previous name', async () => {
      await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001011', name: '旧名网格' } });
      const data = await fed.ok(admin, RENAME, { input: { code: '440118001001011', name: '新名网格' } });
      expect(data.renameArea).toEqual({ area: { code: '440118001001011', name: '新名网格', status: 'ACTIVE' }, userErrors: [] });
      const [event] = await rows<{ envelope: { data: { previousName: string; name: string } } }>(db(), `SELECT envelope FROM outbox WHERE type = 'housing.area.renamed' AND area_code = '440118001001011'`);
      expect(event.envelope.data).toMatchObject({ name: '新名网格', previousName: '旧名网格' });
    });

    it('retires a grid: it keeps its history, refuses new buildings, and publishes housing.area.retired', async () => {
      await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001012', name: '将撤网格' } });
      const buildingId = await registerBuilding(fed, admin, { gridCode: '440118001001012' });
      const data = await fed.ok(admin, RETIRE, { input: { code: '440118001001012' } });
      expect(data.retireArea.area).toMatchObject({ status: 'RETIRED', retiredAt: expect.any(String) });
      expect(await outbox('housing.area.retired', 'code', '440118001001012')).toBe(1);

      const refused = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: '440118001001012', address: '撤销路1号', floors: 3 } });
      expect(refused.registerBuilding.userErrors).toEqual([{ field: ['input', 'gridCode'], code: 'AREA_RETIRED', message: expect.any(String) }]);
      expect(await count(fed, 'buildings', `grid_code = '440118001001012'`)).toBe(1);
      const house = await fed.ok(admin, REGISTER_HOUSE, { input: { buildingId, number: '1-101', rooms: 1 } });
      expect(house.registerHouse.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_RETIRED']);
      // history stays readable
      expect((await fed.ok(admin, `query ($id: ID!) { building(id: $id) { grid { status } } }`, { id: buildingId })).building.grid.status).toBe('RETIRED');
    });

    it('refuses to retire an area with active children, to rename a retired area, or to touch an unknown one', async () => {
      const parent = await fed.ok(admin, RETIRE, { input: { code: COMMUNITY } });
      expect(parent.retireArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_HAS_ACTIVE_CHILDREN']);
      const retired = await fed.ok(admin, RENAME, { input: { code: '440118001001010', name: 'x' } });
      expect(retired.renameArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_RETIRED']);
      const unknown = await fed.ok(admin, RETIRE, { input: { code: '440118009' } });
      expect(unknown.retireArea.userErrors.map((e: { code: string }) => e.code)).toEqual(['AREA_UNKNOWN']);
      expect(await count(fed, 'areas', `code = $1 AND status = 'ACTIVE'`, [COMMUNITY])).toBe(1);
    });

    it('lets only district admins change the area tree', async () => {
      const worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
      const result = await fed.query(worker, RENAME, { input: { code: GRID, name: '改名' } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await rows<{ name: string }>(db(), `SELECT name FROM areas WHERE code = $1`, [GRID]))[0].name).toBe('凤馨苑第一网格');
    });

    it('publishes housing.area.created through the outbox once the area commits', async () => {
      await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001002', name: '第二网格' } });
      await eventually(async () => {
        const [event] = await rows<{ sent: boolean }>(db(), `SELECT sent_at IS NOT NULL AS sent FROM outbox WHERE area_code = '440118001001002'`);
        expect(event.sent).toBe(true);
      });
    });
  });

  describe('estates and star ratings', () => {
    it('keeps one rating per estate per year, newest first, and refuses a second one for the same year', async () => {
      const estateId = await createEstate(fed, admin);
      for (const [year, stars] of [[2023, 3], [2024, 4]]) expect((await fed.ok(admin, RATE_ESTATE, { input: { estateId, year, stars, ratedOn: `${year}-12-01` } })).rateEstate.userErrors).toEqual([]);
      const twice = await fed.ok(admin, RATE_ESTATE, { input: { estateId, year: 2024, stars: 5, ratedOn: '2024-12-15' } });
      expect(twice.rateEstate.userErrors).toEqual([{ field: ['input', 'year'], code: 'ESTATE_ALREADY_RATED', message: expect.any(String) }]);
      const data = await fed.ok(admin, `query ($id: ID!) { estate(id: $id) { ratings { year stars } currentRating { year stars } } }`, { id: estateId });
      expect(data.estate).toEqual({ ratings: [{ year: 2024, stars: 4 }, { year: 2023, stars: 3 }], currentRating: { year: 2024, stars: 4 } });
    });

    it('refuses a star rating outside 1–5, writing nothing', async () => {
      const estateId = await createEstate(fed, admin);
      for (const stars of [0, 6]) {
        const data = await fed.ok(admin, RATE_ESTATE, { input: { estateId, year: 2024, stars, ratedOn: '2024-12-01' } });
        expect(data.rateEstate.userErrors.map((e: { code: string }) => e.code)).toEqual(['OUT_OF_RANGE']);
      }
      expect(await count(fed, 'estate_ratings', 'estate_id = $1', [estateId])).toBe(0);
    });

    it('refuses a rating by a community worker: the street and the district rate estates', async () => {
      const estateId = await createEstate(fed, admin);
      const worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
      const result = await fed.query(worker, RATE_ESTATE, { input: { estateId, year: 2024, stars: 3 } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await count(fed, 'estate_ratings', 'estate_id = $1', [estateId])).toBe(0);
    });

    it('refuses an estate outside a community, or with a name its community already has', async () => {
      const grid = await fed.ok(admin, CREATE_ESTATE, { input: { communityCode: GRID, name: '网格小区', propertyCompany: '自管' } });
      expect(grid.createEstate.userErrors.map((e: { code: string }) => e.code)).toEqual(['NOT_A_COMMUNITY']);
      await createEstate(fed, admin, COMMUNITY, '同名花园');
      const same = await fed.ok(admin, CREATE_ESTATE, { input: { communityCode: COMMUNITY, name: '同名花园', propertyCompany: '自管' } });
      expect(same.createEstate.userErrors.map((e: { code: string }) => e.code)).toEqual(['ESTATE_NAME_TAKEN']);
      expect(await count(fed, 'estates', `name IN ('网格小区', '同名花园')`)).toBe(1);
    });
  });

  describe('buildings', () => {
    it('registers a building with its estate, kind, management mode and access control, and publishes them', async () => {
      const estateId = await createEstate(fed, admin);
      const data = await fed.ok(admin, REGISTER_BUILDING, {
        input: { gridCode: GRID, address: '凤馨路8号', floors: 9, kind: 'RESIDENTIAL', managementMode: 'PROPERTY_COMPANY', estateId, rental: true, accessControl: true, accessControlSince: '2024-05-01' },
      });
      expect(data.registerBuilding).toEqual({
        building: {
          id: expect.any(String),
          gridCode: GRID,
          address: '凤馨路8号',
          floors: 9,
          kind: 'RESIDENTIAL',
          managementMode: 'PROPERTY_COMPANY',
          rental: true,
          accessControl: true,
          accessControlSince: '2024-05-01',
          estate: { id: estateId },
        },
        userErrors: [],
      });
      const [event] = await rows<{ envelope: { data: Record<string, unknown> } }>(db(), `SELECT envelope FROM outbox WHERE type = 'housing.building.registered' AND envelope->'data'->>'buildingId' = $1`, [
        data.registerBuilding.building.id,
      ]);
      expect(event.envelope.data).toMatchObject({ gridCode: GRID, estateId, managementMode: 'PROPERTY_COMPANY', accessControlSince: '2024-05-01', floors: 9 });
    });

    it('refuses an estate of another community than the grid’s, writing nothing', async () => {
      const otherEstate = await createEstate(fed, admin, OTHER_COMMUNITY);
      const before = await count(fed, 'buildings');
      const data = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: GRID, address: '凤馨路9号', floors: 3, estateId: otherEstate } });
      expect(data.registerBuilding.userErrors).toEqual([{ field: ['input', 'estateId'], code: 'ESTATE_IN_OTHER_COMMUNITY', message: expect.any(String) }]);
      expect(await count(fed, 'buildings')).toBe(before);
    });

    it('refuses every bad field at once: no grid, no address, no floors, an install date without access control', async () => {
      const before = await count(fed, 'buildings');
      const data = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: COMMUNITY, address: ' ', floors: 0, accessControlSince: '2024-01-01' } });
      expect(data.registerBuilding.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['ACCESS_CONTROL_NOT_INSTALLED', 'ADDRESS_REQUIRED', 'NOT_A_GRID', 'OUT_OF_RANGE']);
      const future = await fed.ok(admin, REGISTER_BUILDING, { input: { gridCode: GRID, address: '未来路1号', floors: 3, accessControl: true, accessControlSince: addDays(today(), 3) } });
      expect(future.registerBuilding.userErrors.map((e: { code: string }) => e.code)).toEqual(['DATE_IN_FUTURE']);
      expect(await count(fed, 'buildings')).toBe(before);
    });

    it('updates only the fields given and publishes housing.building.updated; removing access control clears its date', async () => {
      const buildingId = await registerBuilding(fed, admin, { accessControl: true, accessControlSince: '2023-03-03', managementMode: 'LANDLORD' });
      const data = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, floors: 7, accessControl: false } });
      expect(data.updateBuilding.building).toMatchObject({ floors: 7, managementMode: 'LANDLORD', accessControl: false, accessControlSince: null });
      expect(await outbox('housing.building.updated', 'buildingId', buildingId)).toBe(1);
      const refused = await fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, floors: -1 } });
      expect(refused.updateBuilding.userErrors.map((e: { code: string }) => e.code)).toEqual(['OUT_OF_RANGE']);
      expect(await outbox('housing.building.updated', 'buildingId', buildingId)).toBe(1);
    });
  });

  describe('houses', () => {
    it('registers a house with its landlord and lists it among the landlord’s houses', async () => {
      const buildingId = await registerBuilding(fed, admin);
      const landlordId = '0b6f3c1e-8d0a-4c77-9f33-3a1f7f4d2a10';
      // as population's person event would have recorded them
      await rows(db(), `INSERT INTO known_persons (id, area_code, household_type, as_of, as_of_event) VALUES ($1, $2, 'LOCAL', now(), gen_random_uuid())`, [landlordId, GRID]);
      const houseId = await registerHouse(fed, admin, buildingId, { number: '3-301', rooms: 3, floorArea: 62.5, landlordId });
      const data = await fed.ok(admin, `query ($id: ID!) { house(id: $id) { number landlord { id housesOwned { id } } } }`, { id: houseId });
      expect(data.house).toEqual({ number: '3-301', landlord: { id: landlordId, housesOwned: [{ id: houseId }] } });
      const [event] = await rows<{ envelope: { data: Record<string, unknown> } }>(db(), `SELECT envelope FROM outbox WHERE type = 'housing.house.registered' AND envelope->'data'->>'houseId' = $1`, [houseId]);
      expect(event.envelope.data).toEqual({ houseId, buildingId, gridCode: GRID, number: '3-301', rooms: 3, rental: true, landlordId });
    });

    it('refuses a duplicate number in a building, negative rooms and a non-positive floor area, writing nothing', async () => {
      const buildingId = await registerBuilding(fed, admin);
      await registerHouse(fed, admin, buildingId, { number: '1-101' });
      const before = await count(fed, 'houses');
      const data = await fed.ok(admin, REGISTER_HOUSE, { input: { buildingId, number: '1-101', rooms: -1, floorArea: 0 } });
      expect(data.registerHouse.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['HOUSE_NUMBER_TAKEN', 'OUT_OF_RANGE', 'OUT_OF_RANGE']);
      expect(await count(fed, 'houses')).toBe(before);
    });

    it('updates a house and publishes housing.house.updated with the fields population keeps', async () => {
      const buildingId = await registerBuilding(fed, admin);
      const houseId = await registerHouse(fed, admin, buildingId, { number: '2-201', rooms: 2 });
      const data = await fed.ok(admin, UPDATE_HOUSE, { input: { id: houseId, rooms: 4, rental: false, clearLandlord: true } });
      expect(data.updateHouse.house).toMatchObject({ number: '2-201', rooms: 4, rental: false, landlord: null });
      const [event] = await rows<{ envelope: { data: Record<string, unknown> } }>(db(), `SELECT envelope FROM outbox WHERE type = 'housing.house.updated' AND envelope->'data'->>'houseId' = $1`, [houseId]);
      expect(event.envelope.data).toEqual({ houseId, buildingId, gridCode: GRID, number: '2-201', rooms: 4, rental: false, landlordId: null });
    });

    it('refuses renumbering a house onto a number its building has, and an update of a house outside the caller’s areas', async () => {
      const buildingId = await registerBuilding(fed, admin);
      await registerHouse(fed, admin, buildingId, { number: 'A' });
      const houseId = await registerHouse(fed, admin, buildingId, { number: 'B' });
      const taken = await fed.ok(admin, UPDATE_HOUSE, { input: { id: houseId, number: 'A' } });
      expect(taken.updateHouse.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOUSE_NUMBER_TAKEN']);
      const stranger = await tokenFor('GRID_WORKER', [OTHER_GRID]);
      const outside = await fed.ok(stranger, UPDATE_HOUSE, { input: { id: houseId, rooms: 9 } });
      expect(outside.updateHouse.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOUSE_UNKNOWN']);
      const [stored] = await rows<{ number: string; rooms: number }>(db(), `SELECT number, rooms FROM houses WHERE id = $1`, [houseId]);
      expect(stored).toEqual({ number: 'B', rooms: 2 });
      expect(await outbox('housing.house.updated', 'houseId', houseId)).toBe(0);
    });
  });
});
