import type { EntityManager } from '@linli/db';
import { demoDistrict, demoId, rng, type DemoBuilding } from '@linli/demo';
import { addDays, today } from '@linli/domain';
import type { SeedDeps } from '@linli/subgraph';
import { EIGHT_CHECKS } from './migrations/1700000000300-estates-inspections';
import { managementMode, type BuildingKind } from './repositories/building-repository';

const kindOf = (b: DemoBuilding): BuildingKind =>
  b.managementMode === 'VILLAGE_COMMITTEE'
    ? 'SELF_BUILT'
    : b.managementMode === 'ENTERPRISE'
      ? 'DORMITORY'
      : b.managementMode === 'LANDLORD'
        ? 'MIXED_USE'
        : 'RESIDENTIAL';

/** Runs one INSERT … SELECT FROM unnest(…) for a list of records: one statement per table. */
async function insertAll<T>(tx: EntityManager, sql: string, records: T[], columns: ((r: T) => unknown)[]): Promise<void> {
  if (records.length)
    await tx.query(
      sql,
      columns.map((column) => records.map(column)),
    );
}

/**
 * Housing's part of the demo district: the area tree, estates with three years of ratings,
 * buildings, houses with landlords, occupancy as population's residence events would have
 * built it, and inspections of most rental houses with hazards in every state (open,
 * overdue, rectified on time and late), dated relative to today so every state exists.
 */
export async function seed(tx: EntityManager, deps: SeedDeps): Promise<void> {
  const district = demoDistrict();
  const random = rng(4401183);
  const day = today();
  const year = Number(day.slice(0, 4));

  const areas = [...district.areas].sort((a, b) => a.code.length - b.code.length);
  await insertAll(
    tx,
    `/* seedAreas */ INSERT INTO areas (code, name, level, parent_code) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
    areas,
    [(a) => a.code, (a) => a.name, (a) => a.level, (a) => a.parentCode],
  );

  await insertAll(
    tx,
    `/* seedEstates */ INSERT INTO estates (id, community_code, name, property_company) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    district.estates,
    [(e) => e.id, (e) => e.communityCode, (e) => e.name, (e) => e.propertyCompany],
  );
  // two past years for every estate; this year's rating for about half of them
  const ratings = district.estates.flatMap((e, i) =>
    [year - 2, year - 1, ...(i % 2 === 0 ? [year] : [])].map((y) => ({
      estateId: e.id,
      year: y,
      stars: 1 + Math.floor(random() * 5),
      ratedOn: y === year ? `${y}-01-15` : `${y}-11-20`,
    })),
  );
  await insertAll(
    tx,
    `/* seedEstateRatings */ INSERT INTO estate_ratings (estate_id, year, stars, rated_on, rated_by)
     SELECT e, y, s, d, 'demo' FROM unnest($1::uuid[], $2::int[], $3::int[], $4::date[]) AS t(e, y, s, d)`,
    ratings.filter((r) => r.ratedOn <= day),
    [(r) => r.estateId, (r) => r.year, (r) => r.stars, (r) => r.ratedOn],
  );

  await insertAll(
    tx,
    `/* seedBuildings */ INSERT INTO buildings (id, grid_code, address, floors, rental, access_control, access_control_since, management_mode, kind, estate_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::boolean[], $6::boolean[], $7::date[], $8::text[], $9::text[], $10::uuid[])`,
    district.buildings,
    [
      (b) => b.id,
      (b) => b.gridCode,
      (b) => b.address,
      (b) => b.floors,
      (b) => b.rental,
      (b) => b.accessControl,
      (b) => b.accessControlSince,
      // the demo district still spells the migrant-service center the former way
      (b) => managementMode(b.managementMode),
      kindOf,
      (b) => (b.estateIndex === null ? null : district.estates[b.estateIndex].id),
    ],
  );

  const occupants = new Map<string, number>();
  for (const p of district.persons) occupants.set(p.houseId, (occupants.get(p.houseId) ?? 0) + 1);

  // inspections: three in five rental houses, within the last 200 days
  const checks = EIGHT_CHECKS.map(([code]) => code);
  const inspections: { id: string; houseId: string; gridCode: string; on: string; passed: boolean }[] = [];
  const results: { inspectionId: string; itemCode: string; passed: boolean }[] = [];
  const hazards: {
    id: string;
    inspectionId: string;
    itemCode: string;
    houseId: string;
    gridCode: string;
    severity: string;
    reportedOn: string;
    deadline: string;
    rectifiedOn: string | null;
    overdue: boolean;
  }[] = [];
  const lastInspected = new Map<string, string>();
  for (const house of district.houses) {
    if (!house.rental || random() >= 0.6) continue;
    const inspectionId = demoId('inspection', house.id);
    const on = addDays(day, -Math.floor(random() * 200));
    const failed = random() < 0.3 ? checks.filter(() => random() < 0.2) : [];
    inspections.push({ id: inspectionId, houseId: house.id, gridCode: house.gridCode, on, passed: failed.length === 0 });
    lastInspected.set(house.id, on);
    for (const itemCode of checks) results.push({ inspectionId, itemCode, passed: !failed.includes(itemCode) });
    for (const itemCode of failed) {
      const deadline = addDays(on, 7 + Math.floor(random() * 30));
      const fate = random();
      // rectified on time, rectified late (only once the deadline has passed), or still unrectified
      let rectifiedOn: string | null = null;
      if (fate < 0.5) rectifiedOn = addDays(on, Math.floor(random() * 7));
      else if (fate < 0.65 && deadline < day) rectifiedOn = addDays(deadline, 1 + Math.floor(random() * 5));
      if (rectifiedOn && rectifiedOn > day) rectifiedOn = null;
      hazards.push({
        id: demoId('hazard', `${inspectionId}-${itemCode}`),
        inspectionId,
        itemCode,
        houseId: house.id,
        gridCode: house.gridCode,
        severity: (['LOW', 'MEDIUM', 'HIGH'] as const)[Math.floor(random() * 3)],
        reportedOn: on,
        deadline,
        rectifiedOn,
        // as the sweep would have left it: unrectified and past the deadline means marked
        overdue: rectifiedOn === null && deadline < day,
      });
    }
  }

  await insertAll(
    tx,
    `/* seedHouses */ INSERT INTO houses (id, building_id, area_code, number, rooms, floor_area, rental, landlord_id, occupants, last_inspected_on)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[], $6::numeric[], $7::boolean[], $8::uuid[], $9::int[], $10::date[])`,
    district.houses,
    [
      (h) => h.id,
      (h) => h.buildingId,
      (h) => h.gridCode,
      (h) => h.number,
      (h) => h.rooms,
      (h) => h.floorArea,
      (h) => h.rental,
      (h) => h.landlordId,
      (h) => occupants.get(h.id) ?? 0,
      (h) => lastInspected.get(h.id) ?? null,
    ],
  );
  // the persons read model as population's person events would have built it (area: where they live)
  await insertAll(
    tx,
    `/* seedKnownPersons */ INSERT INTO known_persons (id, area_code, household_type, as_of, as_of_event)
     SELECT i, a, t, now(), gen_random_uuid() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(i, a, t)`,
    district.persons,
    [(p) => p.id, (p) => p.gridCode, (p) => p.householdType],
  );
  await insertAll(
    tx,
    `/* seedOccupancies */ INSERT INTO occupancies (residence_id, house_id, person_id, registered) SELECT r, h, p, true FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS t(r, h, p)`,
    district.persons,
    [(p) => p.residenceId, (p) => p.houseId, (p) => p.id],
  );
  await insertAll(
    tx,
    `/* seedInspections */ INSERT INTO inspections (id, house_id, area_code, inspected_on, inspector_id, inspector_name, passed)
     SELECT i, h, a, d, 'demo-grid-worker', '演示网格员', p FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::boolean[]) AS t(i, h, a, d, p)`,
    inspections,
    [(i) => i.id, (i) => i.houseId, (i) => i.gridCode, (i) => i.on, (i) => i.passed],
  );
  await insertAll(
    tx,
    `/* seedInspectionResults */ INSERT INTO inspection_results (inspection_id, item_code, passed) SELECT * FROM unnest($1::uuid[], $2::text[], $3::boolean[])`,
    results,
    [(r) => r.inspectionId, (r) => r.itemCode, (r) => r.passed],
  );
  await insertAll(
    tx,
    `/* seedHazards */ INSERT INTO hazards (id, inspection_id, item_code, house_id, area_code, description, severity, reported_on, deadline, rectified_on, rectification_note, overdue_at)
     SELECT i, n, c, h, a, '检查发现隐患: ' || c, s, r, d, x, CASE WHEN x IS NULL THEN NULL ELSE '已整改' END, CASE WHEN o THEN now() END
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::date[], $9::date[], $10::boolean[]) AS t(i, n, c, h, a, s, r, d, x, o)`,
    hazards,
    [
      (h) => h.id,
      (h) => h.inspectionId,
      (h) => h.itemCode,
      (h) => h.houseId,
      (h) => h.gridCode,
      (h) => h.severity,
      (h) => h.reportedOn,
      (h) => h.deadline,
      (h) => h.rectifiedOn,
      (h) => h.overdue,
    ],
  );
  deps.log.info(
    {
      areas: areas.length,
      estates: district.estates.length,
      buildings: district.buildings.length,
      houses: district.houses.length,
      inspections: inspections.length,
      hazards: hazards.length,
    },
    'housing demo seeded',
  );
}
