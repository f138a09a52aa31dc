import { TestFederation, tokenFor } from '@linli/infra/testing';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { HazardSweep } from '../src/domain/hazard-sweep';
import { housing } from '../src/module';
import { CHECKS, count, createTree, GRID, inspect, OTHER_GRID, RECORD_INSPECTION, RECTIFY, registerBuilding, registerHouse, results } from './builders';

const CHECKLIST = `query ($all: Boolean) { checklist(includeRetired: $all) { code active position } }`;
const HAZARDS = `query ($filter: HazardFilter) { hazards(filter: $filter, first: 50) { totalCount edges { node { id status house { id } } } } }`;
const DUE = `query ($area: ID, $first: Int, $after: String) { housesDueForInspection(areaCode: $area, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id lastInspectedOn } } } }`;

describe('safety inspections (八查) and hazards', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;
  const day = today();
  const sweep = () => new HazardSweep(fed.service('housing').deps.dataSource, fed.service('housing').deps.outbox);

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('GRID_WORKER', [GRID], { name: '王网格' });
    await createTree(fed, admin);
  });
  afterAll(() => fed.stop());

  it('starts from the eight checks, seeded by the migration, in order', async () => {
    const data = await fed.ok(worker, CHECKLIST);
    expect(data.checklist.map((i: { code: string }) => i.code)).toEqual(CHECKS);
  });

  it('records an inspection by the caller against every check; failed items raise hazards that are reported through the outbox', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const data = await fed.ok(worker, RECORD_INSPECTION, {
      input: { houseId, inspectedOn: day, results: results({ GAS: { severity: 'HIGH', deadline: addDays(day, 7) }, ELECTRICAL: null }) },
    });
    const inspection = data.recordInspection.inspection;
    expect(data.recordInspection.userErrors).toEqual([]);
    expect(inspection).toMatchObject({ inspectedOn: day, passed: false, inspectorName: '王网格' });
    expect(inspection.results).toHaveLength(8);
    expect(inspection.hazards).toEqual([{ id: expect.any(String), itemCode: 'GAS', severity: 'HIGH', deadline: addDays(day, 7), status: 'OPEN' }]);
    expect(await count(fed, 'outbox', `type = 'housing.inspection.recorded' AND envelope->'data'->>'inspectionId' = $1 AND (envelope->'data'->>'hazardCount')::int = 1`, [inspection.id])).toBe(1);
    expect(await count(fed, 'outbox', `type = 'housing.hazard.reported' AND envelope->'data'->>'hazardId' = $1`, [inspection.hazards[0].id])).toBe(1);
    const house = await fed.ok(worker, `query ($id: ID!) { house(id: $id) { lastInspectedOn inspections { id } } }`, { id: houseId });
    expect(house.house).toEqual({ lastInspectedOn: day, inspections: [{ id: inspection.id }] });
  });

  it('refuses a deadline before the inspection, a hazard on a passed item, a missing check and a future day, writing nothing', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const before = { inspections: await count(fed, 'inspections'), hazards: await count(fed, 'hazards'), outbox: await count(fed, 'outbox') };
    const bad = results({ GAS: { severity: 'LOW', deadline: '2025-01-09' } });
    bad[0] = { itemCode: 'FIRE_SAFETY', passed: true, hazard: { description: 'x', severity: 'LOW', deadline: '2025-02-01' } } as never;
    const data = await fed.ok(worker, RECORD_INSPECTION, { input: { houseId, inspectedOn: '2025-01-10', results: bad.slice(0, 7) } });
    expect(data.recordInspection.inspection).toBeNull();
    expect(data.recordInspection.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['input', 'results', '0', 'hazard'], code: 'HAZARD_ON_PASSED_ITEM', message: expect.any(String) },
        { field: ['input', 'results', '2', 'hazard', 'deadline'], code: 'DEADLINE_BEFORE_INSPECTION', message: expect.any(String) },
        { field: ['input', 'results'], code: 'CHECKLIST_INCOMPLETE', message: expect.stringContaining('SECURITY') },
      ]),
    );
    const future = await fed.ok(worker, RECORD_INSPECTION, { input: { houseId, inspectedOn: addDays(day, 1), results: results() } });
    expect(future.recordInspection.userErrors.map((e: { code: string }) => e.code)).toEqual(['DATE_IN_FUTURE']);
    const unknown = await fed.ok(worker, RECORD_INSPECTION, { input: { houseId, inspectedOn: day, results: [...results(), { itemCode: 'NO_SUCH', passed: true }] } });
    expect(unknown.recordInspection.userErrors.map((e: { code: string }) => e.code)).toEqual(['CHECKLIST_ITEM_UNKNOWN']);
    expect({ inspections: await count(fed, 'inspections'), hazards: await count(fed, 'hazards'), outbox: await count(fed, 'outbox') }).toEqual(before);
  });

  it('rectifies a hazard once, with date and note, and refuses a second rectification', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const { hazards } = await inspect(fed, worker, houseId, addDays(day, -3), { STRUCTURE: { severity: 'MEDIUM', deadline: addDays(day, 10) } });
    const done = await fed.ok(worker, RECTIFY, { input: { hazardId: hazards[0].id, rectifiedOn: day, note: '拆除违规隔断' } });
    expect(done.rectifyHazard).toEqual({
      hazard: { id: hazards[0].id, status: 'RECTIFIED', rectifiedOn: day, rectificationNote: '拆除违规隔断', rectifiedOnTime: true },
      userErrors: [],
    });
    const again = await fed.ok(worker, RECTIFY, { input: { hazardId: hazards[0].id, rectifiedOn: day, note: '再次整改' } });
    expect(again.rectifyHazard.userErrors).toEqual([{ field: ['input', 'hazardId'], code: 'HAZARD_ALREADY_RECTIFIED', message: expect.any(String) }]);
    const [stored] = await rows<{ note: string }>(fed.service('housing').deps.dataSource, `SELECT rectification_note AS note FROM hazards WHERE id = $1`, [hazards[0].id]);
    expect(stored.note).toBe('拆除违规隔断');
    expect(await count(fed, 'outbox', `type = 'housing.hazard.rectified' AND envelope->'data'->>'hazardId' = $1 AND (envelope->'data'->>'onTime')::boolean`, [hazards[0].id])).toBe(1);
  });

  it('refuses a rectification dated before the hazard was reported, or after today', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const { hazards } = await inspect(fed, worker, houseId, addDays(day, -3), { GAS: { severity: 'LOW', deadline: addDays(day, 3) } });
    const early = await fed.ok(worker, RECTIFY, { input: { hazardId: hazards[0].id, rectifiedOn: addDays(day, -4), note: '已整改' } });
    expect(early.rectifyHazard.userErrors.map((e: { code: string }) => e.code)).toEqual(['RECTIFIED_BEFORE_REPORTED']);
    const late = await fed.ok(worker, RECTIFY, { input: { hazardId: hazards[0].id, rectifiedOn: addDays(day, 1), note: '' } });
    expect(late.rectifyHazard.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['DATE_IN_FUTURE', 'NOTE_REQUIRED']);
    expect(await count(fed, 'hazards', 'id = $1 AND rectified_on IS NULL', [hazards[0].id])).toBe(1);
  });

  it('marks a hazard past its deadline overdue and publishes housing.hazard.overdue exactly once, however often and concurrently the sweep runs', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const { hazards } = await inspect(fed, worker, houseId, addDays(day, -20), {
      GAS: { severity: 'HIGH', deadline: addDays(day, -5) },
      SECURITY: { severity: 'LOW', deadline: addDays(day, 5) },
    });
    const overdue = hazards.find((h) => h.itemCode === 'GAS')!;
    expect(overdue.status).toBe('OVERDUE');
    await Promise.all([sweep().run(), sweep().run()]);
    await sweep().run();
    expect(await count(fed, 'outbox', `type = 'housing.hazard.overdue' AND envelope->'data'->>'hazardId' = $1`, [overdue.id])).toBe(1);
    expect(await count(fed, 'outbox', `type = 'housing.hazard.overdue' AND envelope->'data'->>'houseId' = $1`, [houseId])).toBe(1);
    // rectified late: still counts as rectified, not on time
    const late = await fed.ok(worker, RECTIFY, { input: { hazardId: overdue.id, rectifiedOn: day, note: '更换燃气软管' } });
    expect(late.rectifyHazard.hazard).toMatchObject({ status: 'RECTIFIED', rectifiedOnTime: false });
  });

  it('lists the open and overdue hazards of an area for a grid worker', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    await inspect(fed, worker, houseId, addDays(day, -30), {
      GAS: { severity: 'HIGH', deadline: addDays(day, -1) },
      ELECTRICAL: { severity: 'LOW', deadline: day },
    });
    const byStatus = async (status: string[]) =>
      (await fed.ok(worker, HAZARDS, { filter: { areaCode: GRID, houseId, status } })).hazards.edges.map((e: { node: { status: string } }) => e.node.status);
    expect(await byStatus(['OVERDUE'])).toEqual(['OVERDUE']);
    expect(await byStatus(['OPEN'])).toEqual(['OPEN']);
    expect((await byStatus(['OPEN', 'OVERDUE'])).sort()).toEqual(['OPEN', 'OVERDUE']);
    expect(await byStatus(['RECTIFIED'])).toEqual([]);
  });

  it('lists rental houses due for inspection: never inspected or not within the interval, oldest first, across pages', async () => {
    await fed.ok(admin, `mutation { createArea(input: { code: "440118001001005", name: "巡查网格" }) { userErrors { code } } }`);
    const area = '440118001001005';
    const buildingId = await registerBuilding(fed, admin, { gridCode: area });
    const never = await registerHouse(fed, admin, buildingId);
    const longAgo = await registerHouse(fed, admin, buildingId);
    const recent = await registerHouse(fed, admin, buildingId);
    await registerHouse(fed, admin, buildingId, { rental: false });
    await inspect(fed, admin, longAgo, addDays(day, -120));
    await inspect(fed, admin, recent, addDays(day, -10));
    const first = await fed.ok(admin, DUE, { area, first: 1 });
    expect(first.housesDueForInspection.totalCount).toBe(2);
    expect(first.housesDueForInspection.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([never]);
    const second = await fed.ok(admin, DUE, { area, first: 1, after: first.housesDueForInspection.pageInfo.endCursor });
    expect(second.housesDueForInspection.edges).toEqual([{ node: { id: longAgo, lastInspectedOn: addDays(day, -120) } }]);
    expect(second.housesDueForInspection.pageInfo.hasNextPage).toBe(false);
  });

  it('lets district admins add and retire checklist items: later inspections answer the new list, past results keep theirs', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const old = await inspect(fed, worker, houseId, addDays(day, -2));
    const added = await fed.ok(admin, `mutation { addChecklistItem(input: { code: "SMOKE_ALARM", title: "查烟感报警器" }) { item { code position active } userErrors { code } } }`);
    expect(added.addChecklistItem.item).toEqual({ code: 'SMOKE_ALARM', position: 9, active: true });
    const retired = await fed.ok(admin, `mutation { retireChecklistItem(input: { code: "THREE_IN_ONE" }) { item { active } userErrors { code } } }`);
    expect(retired.retireChecklistItem.item).toEqual({ active: false });

    const stale = await fed.ok(worker, RECORD_INSPECTION, { input: { houseId, inspectedOn: day, results: results() } });
    expect(stale.recordInspection.userErrors.map((e: { code: string }) => e.code).sort()).toEqual(['CHECKLIST_INCOMPLETE', 'CHECKLIST_ITEM_RETIRED']);
    const current = [...results().filter((r) => r.itemCode !== 'THREE_IN_ONE'), { itemCode: 'SMOKE_ALARM', passed: true }];
    expect((await fed.ok(worker, RECORD_INSPECTION, { input: { houseId, inspectedOn: day, results: current } })).recordInspection.userErrors).toEqual([]);
    const past = await fed.ok(worker, `query ($id: ID!) { inspection(id: $id) { results { itemCode } } }`, { id: old.id });
    expect(past.inspection.results.map((r: { itemCode: string }) => r.itemCode)).toContain('THREE_IN_ONE');

    const dup = await fed.ok(admin, `mutation { addChecklistItem(input: { code: "THREE_IN_ONE", title: "重复" }) { userErrors { code } } }`);
    expect(dup.addChecklistItem.userErrors.map((e: { code: string }) => e.code)).toEqual(['CHECKLIST_CODE_TAKEN']);
    const all = await fed.ok(worker, CHECKLIST, { all: true });
    expect(all.checklist).toHaveLength(9);
    const byWorker = await fed.query(worker, `mutation { addChecklistItem(input: { code: "X_ITEM", title: "x" }) { userErrors { code } } }`);
    expect(byWorker.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // put the checklist back for the other tests
    await rows(fed.service('housing').deps.dataSource, `UPDATE checklist_items SET active = (code <> 'SMOKE_ALARM'), retired_at = NULL`);
  });

  it('shows a grid worker of another grid none of these inspections or hazards, and refuses to let them inspect or rectify here', async () => {
    const houseId = await registerHouse(fed, admin, await registerBuilding(fed, admin));
    const { id, hazards } = await inspect(fed, worker, houseId, day, { GAS: { severity: 'LOW', deadline: addDays(day, 3) } });
    const stranger = await tokenFor('GRID_WORKER', [OTHER_GRID]);
    const seen = await fed.ok(stranger, `query ($i: ID!, $h: ID!) { inspection(id: $i) { id } hazard(id: $h) { id } hazards { totalCount } inspections { totalCount } housesDueForInspection { totalCount } }`, {
      i: id,
      h: hazards[0].id,
    });
    expect(seen).toEqual({ inspection: null, hazard: null, hazards: { totalCount: 0 }, inspections: { totalCount: 0 }, housesDueForInspection: { totalCount: 0 } });
    const inspectHere = await fed.ok(stranger, RECORD_INSPECTION, { input: { houseId, inspectedOn: day, results: results() } });
    expect(inspectHere.recordInspection.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOUSE_UNKNOWN']);
    const rectifyHere = await fed.ok(stranger, RECTIFY, { input: { hazardId: hazards[0].id, rectifiedOn: day, note: '越权' } });
    expect(rectifyHere.rectifyHazard.userErrors.map((e: { code: string }) => e.code)).toEqual(['HAZARD_UNKNOWN']);
    expect(await count(fed, 'hazards', 'id = $1 AND rectified_on IS NULL', [hazards[0].id])).toBe(1);
  });
});
