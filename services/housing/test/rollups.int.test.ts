import { randomUUID } from 'node:crypto';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { HazardSweep } from '../src/domain/hazard-sweep';
import { housing } from '../src/module';
import {
  COMMUNITY,
  createAreas,
  createTree,
  GRID,
  inspect,
  OTHER_GRID,
  publish,
  RECTIFY,
  registerBuilding,
  registerHouse,
  STREET,
  UPDATE_BUILDING,
  UPDATE_HOUSE,
} from './builders';

/** Each roll-up table beside the same figures counted live from its base table; any row in one and not the other is drift. */
const LIVE = {
  stats_houses: [
    `SELECT area_code, rental, occupied, houses FROM stats_houses`,
    `SELECT area_code, rental, occupants > 0, count(*) FROM houses GROUP BY 1, 2, 3`,
  ],
  stats_buildings: [
    `SELECT area_code, rental, access_control, since, buildings FROM stats_buildings`,
    `SELECT grid_code, rental, access_control, COALESCE(access_control_since, '-infinity'::date), count(*) FROM buildings GROUP BY 1, 2, 3, 4`,
  ],
  stats_housing_days: [
    `SELECT area_code, day, inspections, hazards_reported, hazards_rectified, hazards_rectified_on_time FROM stats_housing_days`,
    `SELECT area_code, day, sum(i), sum(r), sum(x), sum(o) FROM (
       SELECT area_code, inspected_on AS day, 1 AS i, 0 AS r, 0 AS x, 0 AS o FROM inspections
       UNION ALL SELECT area_code, reported_on, 0, 1, 0, 0 FROM hazards
       UNION ALL SELECT area_code, rectified_on, 0, 0, 1, CASE WHEN rectified_on <= deadline THEN 1 ELSE 0 END FROM hazards WHERE rectified_on IS NOT NULL) d
     GROUP BY 1, 2`,
  ],
};

const FIGURES = `buildings houses rentalHouses rentalBuildings rentalBuildingsWithAccessControl inspections hazardsReported hazardsOpen hazardsOverdue
  hazardsRectified occupiedHouses groupRentalRiskHouses`;

describe('housing statistics from roll-ups kept in the writing transaction', () => {
  let fed: TestFederation;
  let admin: string;
  const day = today();
  const db = () => fed.service('housing').deps.dataSource;

  /** Rows in a roll-up that live counts do not give, and the other way round. */
  async function drift(): Promise<Record<string, unknown[]>> {
    const found: Record<string, unknown[]> = {};
    for (const [table, [rollup, live]] of Object.entries(LIVE)) {
      const extra = await rows(db(), `(${rollup} EXCEPT ${live}) UNION ALL (${live} EXCEPT ${rollup})`);
      if (extra.length) found[table] = extra;
    }
    return found;
  }

  /** The figures of an area counted straight from the base tables, as the statement did before the roll-ups. */
  async function live(code: string): Promise<Record<string, number>> {
    const [figures] = await rows<Record<string, string>>(
      db(),
      `SELECT
         (SELECT count(*) FROM buildings WHERE grid_code LIKE $1) AS buildings,
         (SELECT count(*) FROM houses WHERE area_code LIKE $1) AS houses,
         (SELECT count(*) FROM houses WHERE area_code LIKE $1 AND rental) AS "rentalHouses",
         (SELECT count(*) FROM buildings WHERE grid_code LIKE $1 AND rental) AS "rentalBuildings",
         (SELECT count(*) FROM buildings WHERE grid_code LIKE $1 AND rental AND access_control AND (access_control_since IS NULL OR access_control_since <= $2)) AS "rentalBuildingsWithAccessControl",
         (SELECT count(*) FROM inspections WHERE area_code LIKE $1 AND inspected_on BETWEEN $3 AND $2) AS inspections,
         (SELECT count(*) FROM hazards WHERE area_code LIKE $1 AND reported_on BETWEEN $3 AND $2) AS "hazardsReported",
         (SELECT count(*) FROM hazards WHERE area_code LIKE $1 AND reported_on <= $2 AND (rectified_on IS NULL OR rectified_on > $2) AND deadline >= $2) AS "hazardsOpen",
         (SELECT count(*) FROM hazards WHERE area_code LIKE $1 AND reported_on <= $2 AND (rectified_on IS NULL OR rectified_on > $2) AND deadline < $2) AS "hazardsOverdue",
         (SELECT count(*) FROM hazards WHERE area_code LIKE $1 AND rectified_on BETWEEN $3 AND $2) AS "hazardsRectified",
         (SELECT count(*) FROM houses WHERE area_code LIKE $1 AND occupants > 0) AS "occupiedHouses",
         (SELECT count(*) FROM houses WHERE area_code LIKE $1 AND occupants > rooms * 2) AS "groupRentalRiskHouses"`,
      [`${code}%`, day, `${day.slice(0, 4)}-01-01`],
    );
    return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v)]));
  }

  const figuresOf = async (code: string) => (await fed.ok(admin, `query ($code: ID!) { area(code: $code) { housing { ${FIGURES} } } }`, { code })).area.housing;

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createTree(fed, admin);
    await createAreas(fed, admin, [['440118001001002', '凤馨苑第二网格']]);
  });
  afterAll(() => fed.stop());

  it('match live counts after every kind of write: registrations, changes, occupancy, inspections, rectifications, the sweep and a building moving grid', async () => {
    const withAccess = await registerBuilding(fed, admin, { accessControl: true, accessControlSince: addDays(day, -30) });
    const plain = await registerBuilding(fed, admin, { rental: false });
    const moving = await registerBuilding(fed, admin, { accessControl: true });
    const houses = [
      await registerHouse(fed, admin, withAccess, { rooms: 1 }),
      await registerHouse(fed, admin, withAccess),
      await registerHouse(fed, admin, plain, { rental: false }),
      await registerHouse(fed, admin, moving),
    ];
    await fed.ok(admin, UPDATE_HOUSE, { input: { id: houses[1], rental: false } });
    await fed.ok(admin, UPDATE_BUILDING, { input: { id: plain, rental: true, accessControl: true, accessControlSince: day } });
    await fed.ok(admin, UPDATE_BUILDING, { input: { id: withAccess, accessControl: false } });

    // three people in the one-room house: occupied, and a group-rental risk
    for (let i = 0; i < 3; i++)
      await publish(fed, {
        type: 'population.residence.registered',
        source: 'population',
        areaCode: GRID,
        data: { residenceId: randomUUID(), personId: randomUUID(), houseId: houses[0], from: day, to: null, reason: 'RENT' },
      } as never);
    await eventually(async () => expect(await rows(db(), `SELECT 1 FROM houses WHERE id = $1 AND occupants = 3`, [houses[0]])).toHaveLength(1));

    const first = await inspect(fed, admin, houses[0], addDays(day, -10), {
      GAS: { severity: 'HIGH', deadline: addDays(day, -5) },
      ELECTRICAL: { severity: 'LOW', deadline: addDays(day, 5) },
      STRUCTURE: { severity: 'LOW', deadline: addDays(day, -8) },
    });
    await inspect(fed, admin, houses[3], addDays(day, -2), { SECURITY: { severity: 'MEDIUM', deadline: addDays(day, 3) } });
    const hazard = (code: string) => first.hazards.find((h) => h.itemCode === code)!.id;
    await fed.ok(admin, RECTIFY, { input: { hazardId: hazard('STRUCTURE'), rectifiedOn: addDays(day, -9), note: '已整改' } });
    await fed.ok(admin, RECTIFY, { input: { hazardId: hazard('GAS'), rectifiedOn: addDays(day, -1), note: '逾期整改' } });
    await new HazardSweep(db(), fed.service('housing').deps.outbox).run(day);
    await fed.ok(admin, UPDATE_BUILDING, { input: { id: moving, gridCode: '440118001001002' } });

    expect(await drift()).toEqual({});
    for (const code of [GRID, '440118001001002', COMMUNITY, STREET]) expect(await figuresOf(code)).toEqual(await live(code));
    const community = await figuresOf(COMMUNITY);
    expect(community).toMatchObject({
      buildings: 3,
      houses: 4,
      occupiedHouses: 1,
      groupRentalRiskHouses: 1,
      inspections: 2,
      hazardsReported: 4,
      hazardsRectified: 2,
    });
    expect(await figuresOf(OTHER_GRID)).toEqual(await live(OTHER_GRID));
  });

  it('lose no count and deadlock nowhere when many writers change one grid at once', async () => {
    const buildings = await Promise.all(Array.from({ length: 4 }, () => registerBuilding(fed, admin, { gridCode: OTHER_GRID })));
    const existing = await Promise.all(buildings.map((b) => registerHouse(fed, admin, b)));
    const before = await figuresOf(OTHER_GRID);
    const writes = [
      // twelve houses in four buildings of one grid, four inspections with hazards, four buildings changing access control
      ...buildings.flatMap((b) => [0, 1, 2].map(() => registerHouse(fed, admin, b, { rental: true }))),
      ...existing.map((h) => inspect(fed, admin, h, day, { GAS: { severity: 'LOW', deadline: addDays(day, 30) } })),
      ...buildings.map((b) => fed.ok(admin, UPDATE_BUILDING, { input: { id: b, accessControl: true, accessControlSince: day } })),
    ];
    const settled = await Promise.allSettled(writes);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(await drift()).toEqual({});
    const after = await figuresOf(OTHER_GRID);
    expect(after).toEqual(await live(OTHER_GRID));
    expect(after.houses - before.houses).toBe(12);
    expect(after.inspections - before.inspections).toBe(4);
    expect(after.hazardsOpen - before.hazardsOpen).toBe(4);
    expect(after.rentalBuildingsWithAccessControl - before.rentalBuildingsWithAccessControl).toBe(4);
  });
  it('keep every inspection and hazard in its house’s grid when a building moves while its houses are being inspected and rectified', async () => {
    const buildingId = await registerBuilding(fed, admin);
    const houses = await Promise.all([0, 1, 2, 3].map(() => registerHouse(fed, admin, buildingId)));
    const earlier = await inspect(fed, admin, houses[0], addDays(day, -3), { GAS: { severity: 'LOW', deadline: addDays(day, 10) } });
    const writes = [
      fed.ok(admin, UPDATE_BUILDING, { input: { id: buildingId, gridCode: '440118001001002' } }),
      ...houses.map((h) => inspect(fed, admin, h, day, { ELECTRICAL: { severity: 'LOW', deadline: addDays(day, 10) } })),
      fed.ok(admin, RECTIFY, { input: { hazardId: earlier.hazards[0].id, rectifiedOn: day, note: '已整改' } }),
    ];
    const settled = await Promise.allSettled(writes);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    const strays = await rows(
      db(),
      `SELECT 'inspection' AS kind, i.id FROM inspections i JOIN houses h ON h.id = i.house_id WHERE i.area_code <> h.area_code
       UNION ALL SELECT 'hazard', z.id FROM hazards z JOIN houses h ON h.id = z.house_id WHERE z.area_code <> h.area_code`,
    );
    expect(strays).toEqual([]);
    expect(await drift()).toEqual({});
  });
});
