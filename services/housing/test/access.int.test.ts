import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { signInternalToken } from '@linli/auth';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { addDays, today } from '@linli/domain';
import { housing } from '../src/module';
import {
  COMMUNITY,
  count,
  CREATE_ESTATE,
  createEstate,
  createTree,
  GRID,
  inspect,
  OTHER_COMMUNITY,
  OTHER_GRID,
  publish,
  REGISTER_BUILDING,
  REGISTER_HOUSE,
  registerBuilding,
  registerHouse,
  UPDATE_HOUSE,
} from './builders';

const HOUSE = `query ($id: ID!) { house(id: $id) { id landlord { id } } }`;
const LISTS = `query { houses { totalCount edges { node { id } } } buildings { totalCount } estates { totalCount } inspections { totalCount }
  hazards { totalCount } housesDueForInspection { totalCount } checklistItems { totalCount } checklist { code } }`;
const BY_ID = `query ($house: ID!, $hazard: ID!, $building: ID!) { house(id: $house) { id } hazard(id: $hazard) { id } building(id: $building) { id } }`;
const FIGURES = `query ($code: ID!) { area(code: $code) { code name housing { houses } } }`;
const PERSONS = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id housesOwned { id } } } }`;

describe('access to housing rows and the persons they name', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;
  /** A person living in the worker's community, one living in the other community. */
  const neighbour = randomUUID();
  const stranger = randomUUID();

  const person = (personId: string, areaCode: string) =>
    publish(fed, { type: 'population.person.registered', source: 'population', areaCode, data: { personId, householdType: 'LOCAL', areaCode } } as never);

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    await createTree(fed, admin);
    await person(neighbour, GRID);
    await person(stranger, OTHER_GRID);
    await eventually(async () => expect(await count(fed, 'known_persons', 'id = ANY($1)', [[neighbour, stranger]])).toBe(2));
  });
  afterAll(() => fed.stop());

  describe('landlords', () => {
    it('accepts a landlord registered within the caller’s areas and shows them', async () => {
      const houseId = await registerHouse(fed, worker, await registerBuilding(fed, worker), { landlordId: neighbour });
      expect((await fed.ok(worker, HOUSE, { id: houseId })).house.landlord).toEqual({ id: neighbour });
    });

    it('refuses a landlord who lives outside the caller’s areas, or whom population never registered, writing nothing', async () => {
      const buildingId = await registerBuilding(fed, worker);
      for (const landlordId of [stranger, randomUUID()]) {
        const data = await fed.ok(worker, REGISTER_HOUSE, { input: { buildingId, number: `L-${landlordId.slice(0, 6)}`, rooms: 2, landlordId } });
        expect(data.registerHouse).toEqual({
          house: null,
          userErrors: [{ field: ['input', 'landlordId'], code: 'PERSON_UNKNOWN', message: expect.any(String) }],
        });
      }
      expect(await count(fed, 'houses', 'building_id = $1', [buildingId])).toBe(0);
      const houseId = await registerHouse(fed, worker, buildingId);
      const changed = await fed.ok(worker, UPDATE_HOUSE, { input: { id: houseId, landlordId: stranger } });
      expect(changed.updateHouse.userErrors.map((e: { code: string }) => e.code)).toEqual(['PERSON_UNKNOWN']);
      expect(await count(fed, 'houses', 'id = $1 AND landlord_id IS NULL', [houseId])).toBe(1);
    });

    it('answers null for a landlord outside the caller’s areas, the house still arriving', async () => {
      // the district admin may name a landlord from anywhere in the district
      const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin), { landlordId: stranger });
      expect((await fed.ok(admin, HOUSE, { id: houseId })).house.landlord).toEqual({ id: stranger });
      const seen = await fed.query(worker, HOUSE, { id: houseId });
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.house).toEqual({ id: houseId, landlord: null });
    });

    it('keeps a recorded landlord who has since moved away when other fields change', async () => {
      const houseId = await registerHouse(fed, worker, await registerBuilding(fed, worker), { landlordId: neighbour });
      const moved = randomUUID();
      await person(moved, GRID);
      await eventually(async () => expect(await count(fed, 'known_persons', 'id = $1', [moved])).toBe(1));
      await fed.ok(admin, UPDATE_HOUSE, { input: { id: houseId, landlordId: moved } });
      await publish(fed, {
        type: 'population.person.updated',
        source: 'population',
        areaCode: OTHER_GRID,
        data: { personId: moved, householdType: 'LOCAL', areaCode: OTHER_GRID },
      } as never);
      await eventually(async () => expect(await count(fed, 'known_persons', 'id = $1 AND area_code = $2', [moved, OTHER_GRID])).toBe(1));
      const data = await fed.ok(worker, UPDATE_HOUSE, { input: { id: houseId, rooms: 3 } });
      expect(data.updateHouse.userErrors).toEqual([]);
      expect(data.updateHouse.house).toMatchObject({ rooms: 3, landlord: null });
    });

    it('ignores a person event older than the one already applied', async () => {
      const id = randomUUID();
      await publish(fed, {
        type: 'population.person.updated',
        source: 'population',
        areaCode: GRID,
        data: { personId: id, householdType: 'LOCAL', areaCode: GRID },
      } as never);
      await eventually(async () => expect(await count(fed, 'known_persons', 'id = $1 AND area_code = $2', [id, GRID])).toBe(1));
      const consumer = fed.service('housing').consumers.find((c) => c.definition.name === 'housing-persons')!;
      const applied = consumer.applied;
      await publish(fed, {
        type: 'population.person.registered',
        source: 'population',
        areaCode: OTHER_GRID,
        occurredAt: '2020-01-01T00:00:00.000Z',
        data: { personId: id, householdType: 'LOCAL', areaCode: OTHER_GRID },
      } as never);
      await eventually(() => expect(consumer.applied).toBeGreaterThan(applied));
      expect(await count(fed, 'known_persons', 'id = $1 AND area_code = $2', [id, GRID])).toBe(1);
    });
  });

  it('answers an estate of another community as unknown to a community worker, with no hint of where it lies', async () => {
    const elsewhere = await createEstate(fed, admin, OTHER_COMMUNITY);
    const data = await fed.ok(worker, REGISTER_BUILDING, { input: { gridCode: GRID, address: '凤馨路外1号', floors: 3, estateId: elsewhere } });
    expect(data.registerBuilding.userErrors).toEqual([
      { field: ['input', 'estateId'], code: 'ESTATE_UNKNOWN', message: expect.not.stringContaining(OTHER_COMMUNITY) },
    ]);
    expect(await count(fed, 'buildings', 'address = $1', ['凤馨路外1号'])).toBe(0);
  });

  describe('roles without housing rows', () => {
    let houseId: string;
    let hazardId: string;
    let buildingId: string;

    beforeAll(async () => {
      buildingId = await registerBuilding(fed, worker);
      houseId = await registerHouse(fed, worker, buildingId, { landlordId: neighbour });
      await createEstate(fed, worker);
      const inspection = await inspect(fed, worker, houseId, today(), { FIRE_SAFETY: { severity: 'HIGH', deadline: addDays(today(), 7) } });
      hazardId = inspection.hazards[0].id;
    });

    it.each(['VOLUNTEER', 'ORG_STAFF', 'MEDIATOR'] as const)(
      'a %s of the community reads no house, building, estate, inspection, hazard or checklist item',
      async (role) => {
        const token = await tokenFor(role, [COMMUNITY], { personId: neighbour, orgs: [randomUUID()] });
        // the role table gives these roles an empty scope for housing rows: every list is empty, every row unknown
        const lists = await fed.query(token, LISTS);
        for (const error of lists.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
        for (const [field, list] of Object.entries<any>(lists.data ?? {})) expect([field, Array.isArray(list) ? list.length : list?.totalCount ?? 0]).toEqual([field, 0]);
        expect(JSON.stringify(lists.data ?? {})).not.toContain(houseId);
        const byId = await fed.query(token, BY_ID, { house: houseId, hazard: hazardId, building: buildingId });
        expect(byId.data).toEqual({ house: null, hazard: null, building: null });
        for (const error of byId.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
        // not even the houses their own person owns, asked of the subgraph as the gateway would for a population Person
        const service = fed.service('housing');
        const viewer = { id: 'v', name: 'V', roles: [role], areas: [COMMUNITY], orgs: [], personId: neighbour, requestId: randomUUID() };
        const internal = await signInternalToken(viewer, 'housing', service.deps.env.INTERNAL_JWT_SECRET);
        const owned = await request(service.url.replace(/\/graphql$/, ''))
          .post('/graphql')
          .set('authorization', `Bearer ${internal}`)
          .send({ query: PERSONS, variables: { representations: [{ __typename: 'Person', id: neighbour }] } });
        expect(JSON.stringify(owned.body)).not.toContain(houseId);
        const asWorker = await request(service.url.replace(/\/graphql$/, ''))
          .post('/graphql')
          .set(
            'authorization',
            `Bearer ${await signInternalToken({ ...viewer, roles: ['COMMUNITY_WORKER'] }, 'housing', service.deps.env.INTERNAL_JWT_SECRET)}`,
          )
          .send({ query: PERSONS, variables: { representations: [{ __typename: 'Person', id: neighbour }] } });
        expect(asWorker.body.data._entities[0].housesOwned).toContainEqual({ id: houseId });
      },
    );

    it('a volunteer reads the area but not its housing figures, as the role table keeps statistics from volunteers', async () => {
      const token = await tokenFor('VOLUNTEER', [COMMUNITY], { personId: neighbour });
      const result = await fed.query(token, FIGURES, { code: COMMUNITY });
      expect(result.data!.area).toEqual({ code: COMMUNITY, name: '凤馨苑社区', housing: null });
      expect(result.errors?.map((e) => [e.path, e.extensions?.code, e.extensions?.rule])).toEqual([[['area', 'housing'], 'FORBIDDEN', 'statistics.read']]);
    });

    it('the community worker still reads them all', async () => {
      expect(await fed.ok(worker, BY_ID, { house: houseId, hazard: hazardId, building: buildingId })).toEqual({
        house: { id: houseId },
        hazard: { id: hazardId },
        building: { id: buildingId },
      });
      const figures = await fed.ok(worker, FIGURES, { code: COMMUNITY });
      expect(figures.area.housing.houses).toBeGreaterThan(0);
    });
  });

  describe('a lost race', () => {
    it('answers each of eight parallel identical estate registrations but one with ESTATE_NAME_TAKEN, never a constraint name', async () => {
      const input = { communityCode: OTHER_COMMUNITY, name: `荔景花园${randomUUID().slice(0, 6)}`, propertyCompany: '荔景物业' };
      const answers = await Promise.all(Array.from({ length: 8 }, () => fed.query(admin, CREATE_ESTATE, { input })));
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      const payloads = answers.map((a) => a.data!.createEstate);
      expect(payloads.filter((p) => p.estate !== null)).toHaveLength(1);
      const refused = payloads.filter((p) => p.estate === null);
      expect(refused).toHaveLength(7);
      for (const p of refused)
        expect(p.userErrors).toEqual([
          { field: ['input', 'name'], code: 'ESTATE_NAME_TAKEN', message: expect.not.stringMatching(/estates_|constraint|duplicate/i) },
        ]);
      expect(await count(fed, 'estates', 'community_code = $1 AND name = $2', [OTHER_COMMUNITY, input.name])).toBe(1);
    });
  });
});
