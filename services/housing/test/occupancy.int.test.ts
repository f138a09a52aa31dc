import { randomUUID } from 'node:crypto';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { housing } from '../src/module';
import { count, createTree, GRID, publish, registerBuilding, registerHouse } from './builders';

const HOUSE = `query ($id: ID!) { house(id: $id) { occupancy groupRentalRisk } }`;

describe('occupancy kept from population’s residence events', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createTree(fed, admin);
  });
  afterAll(() => fed.stop());

  const residence = (houseId: string, from = '2026-01-01') => ({ residenceId: randomUUID(), personId: randomUUID(), houseId, from, to: null, reason: 'RENT' });
  const registered = (data: ReturnType<typeof residence>) => publish(fed, { type: 'population.residence.registered', source: 'population', areaCode: GRID, data } as never);
  const ended = (data: ReturnType<typeof residence>, to: string) => publish(fed, { type: 'population.residence.ended', source: 'population', areaCode: GRID, data: { ...data, to } } as never);
  const occupancy = async (houseId: string) => (await fed.ok(admin, HOUSE, { id: houseId })).house;

  it('counts a registered residence once, even when the same event is delivered twice', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const consumer = fed.service('housing').consumers[0];
    const event = await registered(residence(houseId));
    await eventually(async () => expect((await occupancy(houseId)).occupancy).toBe(1));
    const skipped = consumer.skipped;
    await publish(fed, event as never); // same event id, new message id: JetStream lets it through, the inbox does not
    await eventually(() => expect(consumer.skipped).toBe(skipped + 1));
    expect((await occupancy(houseId)).occupancy).toBe(1);
    expect(await count(fed, 'occupancies', 'house_id = $1', [houseId])).toBe(1);
  });

  it('ends up at nobody when a residence’s end arrives before its start', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const stay = residence(houseId);
    await ended(stay, '2026-02-01');
    await eventually(async () => expect(await count(fed, 'occupancies', 'residence_id = $1 AND ended_on IS NOT NULL', [stay.residenceId])).toBe(1));
    expect((await occupancy(houseId)).occupancy).toBe(0);
    await registered(stay);
    await eventually(async () => expect(await count(fed, 'occupancies', 'residence_id = $1 AND registered', [stay.residenceId])).toBe(1));
    expect((await occupancy(houseId)).occupancy).toBe(0);
    // a second resident still counts
    await registered(residence(houseId));
    await eventually(async () => expect((await occupancy(houseId)).occupancy).toBe(1));
  });

  it('flags a group-rental risk once occupants exceed rooms times GROUP_RENTAL_RATIO (2 by default)', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin), { rooms: 1 });
    const stays = [residence(houseId), residence(houseId), residence(houseId)];
    await registered(stays[0]);
    await registered(stays[1]);
    await eventually(async () => expect(await occupancy(houseId)).toEqual({ occupancy: 2, groupRentalRisk: false }));
    await registered(stays[2]);
    await eventually(async () => expect(await occupancy(houseId)).toEqual({ occupancy: 3, groupRentalRisk: true }));
    await ended(stays[2], '2026-03-01');
    await eventually(async () => expect(await occupancy(houseId)).toEqual({ occupancy: 2, groupRentalRisk: false }));
  });
});
