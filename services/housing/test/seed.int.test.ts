import { demoDistrict, FENGXINYUAN } from '@linli/demo';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { housing } from '../src/module';
import { count } from './builders';

describe('the demo district seed', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    const service = fed.service('housing');
    await service.deps.dataSource.transaction((tx) => housing.seed!(tx, { pii: service.deps.pii, log: service.deps.log }));
  });
  afterAll(() => fed.stop());

  // how fast the seed runs is the benchmark's business (infra/), not a timed test's
  it('leaves the statistics roll-ups equal to the rows it wrote', async () => {
    const db = fed.service('housing').deps.dataSource;
    const [houses] = await db.query(`SELECT (SELECT sum(houses) FROM stats_houses)::int AS rolled, (SELECT count(*) FROM houses)::int AS live`);
    expect(houses).toEqual({ rolled: 2000, live: 2000 });
    const [days] = await db.query(
      `SELECT (SELECT sum(inspections) FROM stats_housing_days)::int AS rolled, (SELECT count(*) FROM inspections)::int AS live,
              (SELECT sum(hazards_reported) FROM stats_housing_days)::int AS "rolledHazards", (SELECT count(*) FROM hazards)::int AS "liveHazards"`,
    );
    expect(days.rolled).toBe(days.live);
    expect(days.rolledHazards).toBe(days.liveHazards);
  });

  it('answers the district’s headline figures through the gateway, as the demo district defines them', async () => {
    const demo = demoDistrict();
    const data = await fed.ok(
      admin,
      `{ area(code: "440118") { name housing { buildings houses rentalHouses rentalBuildings rentalBuildingsWithAccessControl occupiedHouses estatesUnrated estatesByStars { estates } } }
      streets: areas(within: "440118", level: STREET) { totalCount } communities: areas(within: "440118", level: COMMUNITY) { totalCount } grids: areas(within: "440118", level: GRID) { totalCount }
      fengxinyuan: area(code: "${FENGXINYUAN}") { name } }`,
    );
    const figures = data.area.housing;
    expect(data.area.name).toBe('增城区');
    expect(data.fengxinyuan.name).toBe('凤馨苑社区');
    expect([data.streets.totalCount, data.communities.totalCount, data.grids.totalCount]).toEqual([2, 4, 20]);
    expect(figures).toMatchObject({
      buildings: 200,
      houses: 2000,
      rentalHouses: demo.houses.filter((h) => h.rental).length,
      rentalBuildings: demo.buildings.filter((b) => b.rental).length,
      rentalBuildingsWithAccessControl: demo.buildings.filter((b) => b.rental && b.accessControl).length,
      occupiedHouses: new Set(demo.persons.map((p) => p.houseId)).size,
    });
    expect(figures.estatesUnrated + figures.estatesByStars.reduce((n: number, s: { estates: number }) => n + s.estates, 0)).toBe(demo.estates.length);
  });

  it('leaves hazards in every state: open, overdue (already marked by the sweep), rectified on time and late', async () => {
    const states = await fed.ok(
      admin,
      `{ open: hazards(filter: { status: [OPEN] }) { totalCount } overdue: hazards(filter: { status: [OVERDUE] }) { totalCount }
      rectified: hazards(filter: { status: [RECTIFIED] }) { totalCount } }`,
    );
    expect(states.open.totalCount).toBeGreaterThan(0);
    expect(states.overdue.totalCount).toBeGreaterThan(0);
    expect(states.rectified.totalCount).toBeGreaterThan(0);
    expect(await count(fed, 'hazards', 'rectified_on <= deadline')).toBeGreaterThan(0);
    expect(await count(fed, 'hazards', 'rectified_on > deadline')).toBeGreaterThan(0);
    expect(await count(fed, 'hazards', 'rectified_on IS NULL AND deadline < CURRENT_DATE AND overdue_at IS NULL')).toBe(0);
  });

  it('gives each landlord the rental houses they let', async () => {
    const house = demoDistrict().houses.find((h) => h.landlordId)!;
    const data = await fed.ok(admin, `query ($id: ID!) { house(id: $id) { landlord { id housesOwned { id } } } }`, { id: house.id });
    expect(data.house.landlord.id).toBe(house.landlordId);
    expect(data.house.landlord.housesOwned.map((h: { id: string }) => h.id).sort()).toEqual(
      demoDistrict()
        .houses.filter((h) => h.landlordId === house.landlordId)
        .map((h) => h.id)
        .sort(),
    );
  });
});
