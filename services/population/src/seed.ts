import { maskIdNumber, maskPhone } from '@linli/auth';
import { rows, type EntityManager } from '@linli/db';
import { between, demoDistrict, demoId, rng, type DemoPerson } from '@linli/demo';
import { addDays, today } from '@linli/domain';
import type { SeedDeps } from '@linli/subgraph';
import { fullMonthsBetween, ageOn, maskPermitNumber, RESIDENCE_POINTS_PER_MONTH } from './domain/rules';
import { REFRESH_DERIVED_SQL, type KeyGroupKind } from './repositories/person-repository';

/** The default 3456 intervals, as the migration writes them. */
const INTERVALS = { MIGRANT: 7, KEY_GROUP: 30, OTHER: 182 } as const;

/** Inserts rows column by column: one statement per table, whatever the number of rows. */
async function insertColumns(tx: EntityManager, name: string, table: string, columns: [string, string, unknown[]][]): Promise<void> {
  if (columns[0][2].length === 0) return;
  const list = columns.map(([column]) => column).join(', ');
  const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await rows(tx, `/* ${name} */ INSERT INTO ${table} (${list}) SELECT * FROM unnest(${unnest})`, columns.map(([, , values]) => values));
}

/**
 * Population's part of the demo district: every demo person (encrypted as the service would),
 * their residences, the houses as housing's events would have announced them, key groups,
 * visits (some overdue), residence permits (some expiring) and residence points. Dates of
 * visits and permits are relative to today so the demo always shows work to do.
 */
export async function seed(tx: EntityManager, deps: SeedDeps): Promise<void> {
  const district = demoDistrict();
  const random = rng(4002);
  const now = today();
  const houses = district.houses;
  await insertColumns(tx, 'seedKnownHouses', 'known_houses', [
    ['id', 'uuid', houses.map((h) => h.id)],
    ['building_id', 'uuid', houses.map((h) => h.buildingId)],
    ['grid_code', 'text', houses.map((h) => h.gridCode)],
    ['number', 'text', houses.map((h) => h.number)],
    ['rooms', 'int', houses.map((h) => h.rooms)],
    ['rental', 'boolean', houses.map((h) => h.rental)],
  ]);

  const persons = district.persons;
  await insertColumns(tx, 'seedPersons', 'persons', [
    ['id', 'uuid', persons.map((p) => p.id)],
    ['name', 'text', persons.map((p) => p.name)],
    ['document_type', 'text', persons.map(() => 'ID_CARD')],
    ['document_enc', 'text', persons.map((p) => deps.pii.encrypt(p.idNumber))],
    ['document_hash', 'text', persons.map((p) => deps.pii.blindIndex(p.idNumber))],
    ['document_masked', 'text', persons.map((p) => maskIdNumber(p.idNumber))],
    ['sex', 'text', persons.map((p) => p.sex)],
    ['birth_date', 'date', persons.map((p) => p.birthDate)],
    ['phone_enc', 'text', persons.map((p) => deps.pii.encrypt(p.phone))],
    ['phone_hash', 'text', persons.map((p) => deps.pii.blindIndex(p.phone))],
    ['phone_masked', 'text', persons.map((p) => maskPhone(p.phone))],
    ['household_type', 'text', persons.map((p) => p.householdType)],
    ['area_code', 'text', persons.map((p) => p.gridCode)],
    ['origin', 'text', persons.map((p) => p.origin)],
    ['occupation', 'text', persons.map((p) => p.occupation)],
    ['party_member', 'boolean', persons.map((p) => p.partyMember)],
    ['settled_since', 'date', persons.map((p) => p.residenceFrom)],
  ]);
  await insertColumns(tx, 'seedResidences', 'residences', [
    ['id', 'uuid', persons.map((p) => p.residenceId)],
    ['person_id', 'uuid', persons.map((p) => p.id)],
    ['house_id', 'uuid', persons.map((p) => p.houseId)],
    ['area_code', 'text', persons.map((p) => p.gridCode)],
    ['from_date', 'date', persons.map((p) => p.residenceFrom)],
    ['reason', 'text', persons.map((p) => p.residenceReason)],
  ]);

  const tags: { id: string; personId: string; kind: KeyGroupKind; from: string }[] = [];
  const visits: { id: string; personId: string; areaCode: string; visitedOn: string; visitor: string; findings: string; followUp: boolean }[] = [];
  const permits: { id: string; personId: string; number: string; issuedOn: string; expiresOn: string }[] = [];
  const points: { id: string; personId: string; reference: string; points: number }[] = [];
  persons.forEach((person: DemoPerson, i) => {
    const age = ageOn(person.birthDate, now);
    const kinds: KeyGroupKind[] = [];
    if (age >= 70 && random() < 0.25) kinds.push('ELDERLY_ALONE');
    if (random() < 0.03) kinds.push('DISABLED');
    if (random() < 0.04) kinds.push('LOW_INCOME');
    if (age < 16 && random() < 0.15) kinds.push('LEFT_BEHIND_CHILD');
    if (age >= 18 && random() < 0.004) kinds.push('COMMUNITY_CORRECTION');
    for (const kind of kinds) tags.push({ id: demoId('keygroup', `${i}-${kind}`), personId: person.id, kind, from: addDays(person.residenceFrom, between(random, 0, 200)) });

    // the last visit lies up to 1.4 intervals back: about three in ten are overdue
    const interval = Math.min(INTERVALS.OTHER, person.householdType === 'MIGRANT' ? INTERVALS.MIGRANT : Infinity, kinds.length ? INTERVALS.KEY_GROUP : Infinity);
    const last = addDays(now, -between(random, 0, Math.round(interval * 1.4)));
    for (const [n, day] of [last, addDays(last, -interval)].entries())
      if (day >= person.residenceFrom && random() < 0.97)
        visits.push({
          id: demoId('visit', `${i}-${n}`),
          personId: person.id,
          areaCode: person.gridCode,
          visitedOn: day,
          visitor: person.gridCode,
          findings: random() < 0.1 ? '住户反映楼道照明损坏，已登记跟进' : '情况正常',
          followUp: random() < 0.1,
        });

    if (person.householdType === 'MIGRANT') {
      if (random() < 0.75) {
        const issuedOn = addDays(now, -between(random, 0, 400));
        permits.push({
          id: demoId('permit', i),
          personId: person.id,
          number: `GZ${String(4401180000 + i)}`,
          issuedOn: issuedOn < person.residenceFrom ? person.residenceFrom : issuedOn,
          expiresOn: addDays(issuedOn < person.residenceFrom ? person.residenceFrom : issuedOn, 365),
        });
      }
      const months = fullMonthsBetween(person.residenceFrom, now);
      if (months > 0) points.push({ id: demoId('points', i), personId: person.id, reference: `residence:${person.residenceFrom}:m${months}`, points: months * RESIDENCE_POINTS_PER_MONTH });
    }
  });

  await insertColumns(tx, 'seedKeyGroups', 'key_group_tags', [
    ['id', 'uuid', tags.map((t) => t.id)],
    ['person_id', 'uuid', tags.map((t) => t.personId)],
    ['kind', 'text', tags.map((t) => t.kind)],
    ['from_date', 'date', tags.map((t) => (t.from > now ? now : t.from))],
  ]);
  await insertColumns(tx, 'seedVisits', 'visits', [
    ['id', 'uuid', visits.map((v) => v.id)],
    ['person_id', 'uuid', visits.map((v) => v.personId)],
    ['area_code', 'text', visits.map((v) => v.areaCode)],
    ['visited_on', 'date', visits.map((v) => v.visitedOn)],
    ['visitor_id', 'text', visits.map((v) => `demo-grid-worker-${v.visitor}`)],
    ['visitor_name', 'text', visits.map((v) => `网格员${v.visitor.slice(-3)}`)],
    ['findings', 'text', visits.map((v) => v.findings)],
    ['follow_up_needed', 'boolean', visits.map((v) => v.followUp)],
  ]);
  await insertColumns(tx, 'seedPermits', 'residence_permits', [
    ['id', 'uuid', permits.map((p) => p.id)],
    ['person_id', 'uuid', permits.map((p) => p.personId)],
    ['number_enc', 'text', permits.map((p) => deps.pii.encrypt(p.number))],
    ['number_hash', 'text', permits.map((p) => deps.pii.blindIndex(p.number))],
    ['number_masked', 'text', permits.map((p) => maskPermitNumber(p.number))],
    ['issued_on', 'date', permits.map((p) => p.issuedOn)],
    ['expires_on', 'date', permits.map((p) => p.expiresOn)],
  ]);
  await insertColumns(tx, 'seedPoints', 'points_entries', [
    ['id', 'uuid', points.map((p) => p.id)],
    ['person_id', 'uuid', points.map((p) => p.personId)],
    ['rule', 'text', points.map(() => 'RESIDENCE_MONTHS')],
    ['source', 'text', points.map(() => 'population.residence')],
    ['reference', 'text', points.map((p) => p.reference)],
    ['points', 'int', points.map((p) => p.points)],
    ['awarded_on', 'date', points.map(() => now)],
  ]);
  await rows(tx, REFRESH_DERIVED_SQL, [null]);
  deps.log.info({ persons: persons.length, keyGroups: tags.length, visits: visits.length, permits: permits.length }, 'population demo seeded');
}
