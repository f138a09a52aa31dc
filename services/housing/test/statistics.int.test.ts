import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { signInternalToken, systemViewer } from '@linli/auth';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { housing } from '../src/module';
import {
  COMMUNITY,
  createAreas,
  createEstate,
  createTree,
  GRID,
  inspect,
  OTHER_COMMUNITY,
  OTHER_GRID,
  RATE_ESTATE,
  RECTIFY,
  registerBuilding,
  registerHouse,
  STREET,
} from './builders';

const FIGURES = `buildings houses rentalHouses rentalBuildings rentalBuildingsWithAccessControl accessControlCoverage inspections hazardsReported
  hazardsOpen hazardsOverdue hazardsRectified onTimeRectificationRate estatesByStars { stars estates } estatesUnrated occupiedHouses groupRentalRiskHouses`;
const STATS = `query ($period: PeriodInput) { street: area(code: "${STREET}") { housing(period: $period) { ${FIGURES} } }
  a: area(code: "${COMMUNITY}") { housing(period: $period) { ${FIGURES} } } b: area(code: "${OTHER_COMMUNITY}") { housing(period: $period) { ${FIGURES} } }
  areas(within: "${STREET}", level: COMMUNITY) { edges { node { code housing(period: $period) { houses } } } } codes: areas(within: "${STREET}") { totalCount } }`;

type Figures = Record<string, number | null | { stars: number; estates: number }[]>;

describe('housing statistics on Area', () => {
  let fed: TestFederation;
  let admin: string;
  const day = today();
  const period = { from: `${day.slice(0, 4)}-01-01`, to: day };
  const year = Number(day.slice(0, 4));

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    await createTree(fed, admin);
    await createAreas(fed, admin, [['440118001001002', '凤馨苑第二网格']]);
    const db = fed.service('housing').deps.dataSource;

    // community A: an estate rated 4 stars this year, two rental buildings (one with access control), houses in two grids
    const estate = await createEstate(fed, admin, COMMUNITY);
    await fed.ok(admin, RATE_ESTATE, { input: { estateId: estate, year, stars: 4, ratedOn: day } });
    await createEstate(fed, admin, COMMUNITY); // unrated
    const a1 = await registerBuilding(fed, admin, { estateId: estate, accessControl: true, accessControlSince: `${year - 1}-06-01` });
    const a2 = await registerBuilding(fed, admin, { gridCode: '440118001001002' });
    await registerBuilding(fed, admin, { rental: false });
    const h1 = await registerHouse(fed, admin, a1, { rooms: 1 });
    const h2 = await registerHouse(fed, admin, a1);
    await registerHouse(fed, admin, a2, { rental: false });
    // occupancy as the consumer keeps it: three people in a one-room house, one in another
    await rows(db, `UPDATE houses SET occupants = CASE id WHEN $1::uuid THEN 3 WHEN $2::uuid THEN 1 END WHERE id IN ($1, $2)`, [h1, h2]);
    const first = await inspect(fed, admin, h1, addDays(day, -20), {
      GAS: { severity: 'HIGH', deadline: addDays(day, -10) }, // overdue
      ELECTRICAL: { severity: 'LOW', deadline: addDays(day, 10) }, // open
      STRUCTURE: { severity: 'LOW', deadline: addDays(day, -15) }, // rectified on time
      SECURITY: { severity: 'LOW', deadline: addDays(day, -18) }, // rectified late
    });
    const id = (code: string) => first.hazards.find((h) => h.itemCode === code)!.id;
    await fed.ok(admin, RECTIFY, { input: { hazardId: id('STRUCTURE'), rectifiedOn: addDays(day, -16), note: '已整改' } });
    await fed.ok(admin, RECTIFY, { input: { hazardId: id('SECURITY'), rectifiedOn: addDays(day, -12), note: '已整改' } });
    await inspect(fed, admin, h2, addDays(day, -1));

    // community B: one rental building without access control, one house, an estate rated 2 stars
    const other = await createEstate(fed, admin, OTHER_COMMUNITY);
    await fed.ok(admin, RATE_ESTATE, { input: { estateId: other, year, stars: 2, ratedOn: day } });
    const b1 = await registerBuilding(fed, admin, { gridCode: OTHER_GRID });
    const h3 = await registerHouse(fed, admin, b1);
    await inspect(fed, admin, h3, day, { GAS: { severity: 'MEDIUM', deadline: addDays(day, 5) } });
  });
  afterAll(() => fed.stop());

  it('counts a community’s buildings, houses, access control, inspections, hazards in every state, estates by stars and occupancy', async () => {
    const data = await fed.ok(admin, STATS, { period: { from: addDays(day, -30), to: day } });
    expect(data.a.housing).toEqual({
      buildings: 3,
      houses: 3,
      rentalHouses: 2,
      rentalBuildings: 2,
      rentalBuildingsWithAccessControl: 1,
      accessControlCoverage: 0.5,
      inspections: 2,
      hazardsReported: 4,
      hazardsOpen: 1,
      hazardsOverdue: 1,
      hazardsRectified: 2,
      onTimeRectificationRate: 0.5,
      estatesByStars: [1, 2, 3, 4, 5].map((stars) => ({ stars, estates: stars === 4 ? 1 : 0 })),
      estatesUnrated: 1,
      occupiedHouses: 2,
      groupRentalRiskHouses: 1,
    });
  });

  it('counts inspections and rectifications within the period only, and hazards as they stood at its end', async () => {
    const lastWeek = await fed.ok(admin, STATS, { period: { from: addDays(day, -7), to: day } });
    expect(lastWeek.a.housing).toMatchObject({
      inspections: 1,
      hazardsReported: 0,
      hazardsRectified: 0,
      onTimeRectificationRate: null,
      hazardsOpen: 1,
      hazardsOverdue: 1,
    });
    // on day -14: GAS (deadline -10) still open, ELECTRICAL open, SECURITY (deadline -18) overdue, STRUCTURE rectified on -16
    const then = await fed.ok(admin, STATS, { period: { from: addDays(day, -20), to: addDays(day, -14) } });
    expect(then.a.housing).toMatchObject({
      inspections: 1,
      hazardsReported: 4,
      hazardsRectified: 1,
      onTimeRectificationRate: 1,
      hazardsOpen: 2,
      hazardsOverdue: 1,
    });
    const before = await fed.ok(admin, STATS, { period: { from: addDays(day, -60), to: addDays(day, -40) } });
    expect(before.a.housing).toMatchObject({ inspections: 0, hazardsRectified: 0, onTimeRectificationRate: null, hazardsOpen: 0, hazardsOverdue: 0 });
  });

  it('gives a street exactly the sum of its communities', async () => {
    for (const p of [period, { from: addDays(day, -30), to: day }]) {
      const data = await fed.ok(admin, STATS, { period: p });
      const street = data.street.housing as Figures;
      const [a, b] = [data.a.housing as Figures, data.b.housing as Figures];
      for (const [field, value] of Object.entries(street)) {
        if (field === 'estatesByStars')
          expect(value).toEqual(
            (a[field] as { stars: number; estates: number }[]).map((s, i) => ({
              stars: s.stars,
              estates: s.estates + (b[field] as { estates: number }[])[i].estates,
            })),
          );
        else if (field === 'accessControlCoverage')
          expect(value).toBeCloseTo(
            ((a.rentalBuildingsWithAccessControl as number) + (b.rentalBuildingsWithAccessControl as number)) /
              ((a.rentalBuildings as number) + (b.rentalBuildings as number)),
          );
        else if (field === 'onTimeRectificationRate') continue;
        else expect([field, value]).toEqual([field, (a[field] as number) + (b[field] as number)]);
      }
      expect(street.houses).toBe(4);
    }
  });

  it('computes the figures of a whole list of areas in one SQL statement', async () => {
    const service = fed.service('housing');
    const list = `query ($period: PeriodInput) { areas(within: "440118", first: 50) { totalCount edges { node { code housing(period: $period) { houses hazardsOpen } } } } }`;
    const { result, statements } = await service.deps.queries.record(() => fed.ok(admin, list, { period }));
    expect(result.areas.edges).toHaveLength(result.areas.totalCount);
    expect(result.areas.totalCount).toBeGreaterThanOrEqual(7);
    expect(statements.filter((s) => s.includes('/* housingByAreas */'))).toHaveLength(1);
  });

  it('gives an integrator the statistics and nothing row-level', async () => {
    const integrator = await tokenFor('INTEGRATOR', ['440118']);
    const data = await fed.ok(integrator, `{ area(code: "${STREET}") { code name housing { houses estatesByStars { stars estates } } } }`);
    expect(data.area.housing.houses).toBe(4);
    for (const query of [
      '{ houses { totalCount } }',
      '{ hazards { totalCount } }',
      '{ estates { totalCount } }',
      `{ housesDueForInspection { totalCount } }`,
    ]) {
      const result = await fed.query(integrator, query);
      expect([query, result.errors?.[0].extensions?.code]).toEqual([query, 'FORBIDDEN']);
    }
  });

  it('shows a grid worker of another community nothing of this one, and limits figures to the caller’s areas', async () => {
    const stranger = await tokenFor('GRID_WORKER', [OTHER_GRID]);
    const data = await fed.ok(
      stranger,
      `{ a: area(code: "${COMMUNITY}") { code } houses { totalCount } buildings { totalCount } hazards { totalCount } inspections { totalCount }
      own: area(code: "${OTHER_GRID}") { housing { houses buildings } } }`,
    );
    expect(data).toEqual({
      a: null,
      houses: { totalCount: 1 },
      buildings: { totalCount: 1 },
      hazards: { totalCount: 1 },
      inspections: { totalCount: 1 },
      own: { housing: { houses: 1, buildings: 1 } },
    });
    const [{ id }] = await rows<{ id: string }>(fed.service('housing').deps.dataSource, `SELECT id FROM houses WHERE area_code = $1 LIMIT 1`, [GRID]);
    expect((await fed.ok(stranger, `query ($id: ID!) { house(id: $id) { id } }`, { id })).house).toBeNull();
  });

  it('runs one statement per hop from a list of houses to buildings, estates, ratings, landlords, landlords’ houses, inspections, results and hazards', async () => {
    const query = `{ houses(first: 20) { edges { node { id building { id estate { id ratings { year } } grid { code } } landlord { id housesOwned { id } }
      inspections { id results { itemCode } hazards { id inspection { id } } } } } } }`;
    const landlord = randomUUID();
    await rows(
      fed.service('housing').deps.dataSource,
      `INSERT INTO known_persons (id, area_code, household_type, as_of, as_of_event) VALUES ($1, $2, 'LOCAL', now(), gen_random_uuid())`,
      [landlord, GRID],
    );
    await rows(fed.service('housing').deps.dataSource, `UPDATE houses SET landlord_id = $1`, [landlord]);
    const { statements } = await fed.service('housing').deps.queries.record(() => fed.ok(admin, query));
    const named = statements.map((s) => /\/\* ([\w:]+) \*\//.exec(s)?.[1]);
    expect(named.sort()).toEqual(
      [
        'housesCount',
        'housesList',
        'buildingsByIds',
        'estatesByIds',
        'estateRatingsByEstates',
        'areasByCodes',
        'readModelByIds:known_persons',
        'housesByLandlords',
        'inspectionsByHouses',
        'inspectionResultsByInspections',
        'hazardsByInspections',
        'inspectionsByIds',
      ].sort(),
    );
  });

  it('pages every building’s houses, every house’s inspections and every landlord’s houses with one statement per hop', async () => {
    const query = `{ buildings(first: 20) { edges { node { id housesPage(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id
      landlord { housesOwnedPage(first: 1) { totalCount } } inspectionsPage(first: 1) { totalCount edges { node { inspectedOn } } } } } } } } } }`;
    const { result, statements } = await fed.service('housing').deps.queries.record(() => fed.ok(admin, query));
    expect(statements.map((s) => /\/\* ([\w:]+) \*\//.exec(s)?.[1]).sort()).toEqual(
      ['buildingsCount', 'buildingsList', 'housePagesByBuildings', 'readModelByIds:known_persons', 'housePagesByLandlords', 'inspectionPagesByHouses'].sort(),
    );
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
    const pages = result.buildings.edges.map((e: { node: { id: string; housesPage: Page } }) => e.node);
    const two = pages.find((b: { housesPage: Page }) => b.housesPage.totalCount === 2)!;
    expect(two.housesPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await fed.ok(
      admin,
      `query ($id: ID!, $after: String) { building(id: $id) { housesPage(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } }`,
      {
        id: two.id,
        after: two.housesPage.pageInfo.endCursor,
      },
    );
    expect(next.building.housesPage).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    expect(next.building.housesPage.edges).toHaveLength(1);
    expect(next.building.housesPage.edges[0].node.id).not.toBe(two.housesPage.edges[0].node.id);
  });

  it('cuts a range into calendar months or quarters whose flows add up to the whole range, in one statement for a list of areas', async () => {
    const range = { from: `${year}-01-01`, to: day };
    const query = `query ($period: PeriodInput!, $every: SeriesInterval) {
      a: area(code: "${COMMUNITY}") { housing(period: $period) { inspections hazardsReported hazardsRectified hazardsOpen hazardsOverdue }
        housingSeries(period: $period, every: $every) { label from to inspections hazardsReported hazardsRectified onTimeRectificationRate hazardsOpen hazardsOverdue } }
      b: area(code: "${OTHER_COMMUNITY}") { housingSeries(period: $period, every: $every) { label inspections } } }`;
    const { result, statements } = await fed.service('housing').deps.queries.record(() => fed.ok(admin, query, { period: range, every: 'MONTH' }));
    expect(statements.filter((s) => s.includes('housingSeriesByAreas'))).toHaveLength(1);
    const series = result.a.housingSeries as Record<string, number | string | null>[];
    expect(series).toHaveLength(Number(day.slice(5, 7)));
    expect(series[0]).toMatchObject({ label: `${year}-01`, from: `${year}-01-01`, to: `${year}-01-31` });
    expect(series.at(-1)).toMatchObject({ label: day.slice(0, 7), to: day });
    const total = (field: string) => series.reduce((sum, point) => sum + Number(point[field]), 0);
    for (const field of ['inspections', 'hazardsReported', 'hazardsRectified']) expect(total(field)).toBe(result.a.housing[field]);
    // stocks are as of each period's end: the last period ends today, like the whole range
    expect(series.at(-1)).toMatchObject({ hazardsOpen: result.a.housing.hazardsOpen, hazardsOverdue: result.a.housing.hazardsOverdue });
    expect(result.b.housingSeries.reduce((sum: number, point: { inspections: number }) => sum + point.inspections, 0)).toBeGreaterThan(0);

    const quarters = await fed.ok(admin, query, { period: { from: `${year - 1}-11-15`, to: `${year}-02-10` }, every: 'QUARTER' });
    expect(quarters.a.housingSeries.map((q: { label: string; from: string; to: string }) => [q.label, q.from, q.to])).toEqual([
      [`${year - 1}Q4`, `${year - 1}-11-15`, `${year - 1}-12-31`],
      [`${year}Q1`, `${year}-01-01`, `${year}-02-10`],
    ]);
    const tooLong = await fed.query(admin, query, { period: { from: '1990-01-01', to: day }, every: 'MONTH' });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a batch of entity references with one statement per type', async () => {
    const service = fed.service('housing');
    const houses = await rows<{ id: string }>(service.deps.dataSource, `SELECT id FROM houses`);
    const token = await signInternalToken(systemViewer(['440118']), 'housing', service.deps.env.INTERNAL_JWT_SECRET);
    const representations = [
      ...houses.map((h) => ({ __typename: 'House', id: h.id })),
      { __typename: 'Area', code: COMMUNITY },
      { __typename: 'Area', code: GRID },
    ];
    const { result, statements } = await service.deps.queries.record(() =>
      request(service.url.replace(/\/graphql$/, ''))
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on House { id } ... on Area { code } } }`,
          variables: { r: representations },
        }),
    );
    expect(result.body.data._entities).toHaveLength(houses.length + 2);
    expect(statements.map((s) => /\/\* (\w+) \*\//.exec(s)?.[1]).sort()).toEqual(['areasByCodes', 'housesByIds']);
  });
});
