import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import { announceHouse, COMMUNITY, count, daysAgo, GRID_2, OTHER_COMMUNITY, OTHER_GRID, permitNumber, REGISTER_RESIDENCE, registerPerson, resident, snapshot, viaSubgraph } from './builders';

const PERSON = `query ($id: ID!) { person(id: $id) { id areaCode nextVisitDue visitRule currentResidence { id house { id } from } residences { from to }
  residencePermit { number expiresOn renewals valid } keyGroups { kind from to } visits { visitedOn findings visitorName } } }`;
const END = `mutation ($input: EndResidenceInput!) { endResidence(input: $input) { residence { id to } userErrors { field code message } } }`;
const ISSUE = `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { permit { id number issuedOn expiresOn valid } userErrors { field code message } } }`;
const RENEW = `mutation ($input: RenewResidencePermitInput!) { renewResidencePermit(input: $input) { permit { id expiresOn renewedOn renewals } userErrors { field code message } } }`;
const TAG = `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { membership { id kind from to } person { visitRule nextVisitDue } userErrors { field code message } } }`;
const UNTAG = `mutation ($input: UntagKeyGroupInput!) { untagKeyGroup(input: $input) { membership { kind to } person { visitRule nextVisitDue } userErrors { field code message } } }`;
const VISIT = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { visit { id visitedOn visitorId visitorName } userErrors { field code message } } }`;
const OVERDUE = `query ($area: ID!, $first: Int, $after: String) { overdueVisits(areaCode: $area, first: $first, after: $after) { totalCount
  edges { node { person { id } dueOn daysOverdue lastVisitedOn rule } } pageInfo { hasNextPage endCursor } } }`;
const EXPIRING = `query ($area: ID!, $days: Int!) { expiringResidencePermits(areaCode: $area, withinDays: $days) { totalCount edges { node { number expiresOn person { id } } } } }`;

describe('residence, permits, key groups and visits', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY], { sub: 'worker-2', name: '黄网格' });
  });
  afterAll(() => fed.stop());

  describe('residence registration', () => {
    it('ends the current residence on the new start date when a person moves, keeping the history', async () => {
      const { personId, houseId } = await resident(fed, worker, { from: daysAgo(100) });
      const newHouse = await announceHouse(fed, GRID_2);
      const moved = await fed.ok(worker, REGISTER_RESIDENCE, { input: { personId, houseId: newHouse, from: daysAgo(10), reason: 'RENT' } });
      expect(moved.registerResidence.userErrors).toEqual([]);
      const { person } = await fed.ok(worker, PERSON, { id: personId });
      expect(person.areaCode).toBe(GRID_2);
      expect(person.currentResidence.house.id).toBe(newHouse);
      expect(person.residences).toEqual([
        { from: daysAgo(10), to: null },
        { from: daysAgo(100), to: daysAgo(10) },
      ]);
      const events = await rows<{ type: string; data: any }>(fed.service('population').deps.dataSource, `SELECT type, envelope->'data' AS data FROM outbox WHERE envelope->'data'->>'personId' = $1 AND type LIKE 'population.residence.%' ORDER BY created_at, type`, [personId]);
      expect(events).toEqual(
        expect.arrayContaining([
          { type: 'population.residence.ended', data: expect.objectContaining({ houseId, to: daysAgo(10) }) },
          { type: 'population.residence.registered', data: expect.objectContaining({ houseId: newHouse, from: daysAgo(10), to: null }) },
        ]),
      );
    });

    it.each([
      ['at a house population has not heard of', () => ({ houseId: '00000000-0000-4000-8000-000000000001' }), 'HOUSE_UNKNOWN'],
      ['starting in the future', () => ({ from: addDays(today(), 1) }), 'FROM_IN_FUTURE'],
    ])('refuses a residence %s and writes nothing', async (_, change, code) => {
      const houseId = await announceHouse(fed);
      const personId = await registerPerson(fed, worker);
      const before = await snapshot(fed);
      const data = await fed.ok(worker, REGISTER_RESIDENCE, { input: { personId, houseId, from: daysAgo(5), reason: 'RENT', ...change() } });
      expect(data.registerResidence.userErrors.map((e: any) => e.code)).toEqual([code]);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('refuses a house in another community exactly as one never announced, and writes nothing', async () => {
      const elsewhere = await announceHouse(fed, OTHER_GRID);
      const personId = await registerPerson(fed, worker);
      const before = await snapshot(fed);
      const answers = [];
      for (const houseId of [elsewhere, '00000000-0000-4000-8000-000000000002'])
        answers.push((await fed.ok(worker, REGISTER_RESIDENCE, { input: { personId, houseId, from: daysAgo(5), reason: 'RENT' } })).registerResidence.userErrors.map((e: any) => [e.field, e.code]));
      expect(answers).toEqual([[[['input', 'houseId'], 'HOUSE_UNKNOWN']], [[['input', 'houseId'], 'HOUSE_UNKNOWN']]]);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('refuses to end a residence before it began, or on a future day, and writes nothing', async () => {
      const { personId } = await resident(fed, worker, { from: daysAgo(30) });
      const before = await snapshot(fed);
      const early = await fed.ok(worker, END, { input: { personId, to: daysAgo(31) } });
      expect(early.endResidence.userErrors.map((e: any) => e.code)).toEqual(['TO_BEFORE_FROM']);
      const future = await fed.ok(worker, END, { input: { personId, to: addDays(today(), 3) } });
      expect(future.endResidence.userErrors.map((e: any) => e.code)).toEqual(['TO_IN_FUTURE']);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('takes a person off the visit schedule when their residence ends', async () => {
      const { personId } = await resident(fed, worker, { from: daysAgo(30) });
      expect((await fed.ok(worker, PERSON, { id: personId })).person.nextVisitDue).toBe(daysAgo(23));
      expect((await fed.ok(worker, END, { input: { personId, to: daysAgo(1) } })).endResidence.userErrors).toEqual([]);
      const { person } = await fed.ok(worker, PERSON, { id: personId });
      expect(person.currentResidence).toBeNull();
      expect(person.nextVisitDue).toBeNull();
    });

    it('moves current residents with their house when housing moves it to another grid, and ignores an older event arriving late', async () => {
      const { personId, houseId } = await resident(fed, admin);
      const { publish, envelope, waitFor } = await import('./builders');
      const base = { houseId, buildingId: houseId, number: '1-101', rooms: 2, rental: true, landlordId: null };
      const newer = envelope('housing.house.updated', GRID_2, { ...base, gridCode: GRID_2 }, new Date(Date.now() + 1_000));
      const older = envelope('housing.house.updated', OTHER_GRID, { ...base, gridCode: OTHER_GRID }, new Date(Date.now() - 60_000));
      await publish(fed, newer);
      await waitFor(fed, `SELECT 1 FROM inbox WHERE event_id = $1`, [newer.id]);
      await publish(fed, older);
      await waitFor(fed, `SELECT 1 FROM inbox WHERE event_id = $1`, [older.id]);
      const { person } = await fed.ok(admin, PERSON, { id: personId });
      expect(person.areaCode).toBe(GRID_2);
      expect(await count(fed, 'known_houses', 'id = $1 AND grid_code = $2', [houseId, GRID_2])).toBe(1);
    });
  });

  describe('residence permits', () => {
    it('issues a permit to a migrant with a current residence, and renews it to a later expiry', async () => {
      const { personId } = await resident(fed, worker);
      const number = permitNumber();
      const issued = await fed.ok(worker, ISSUE, { input: { personId, number, issuedOn: daysAgo(300), expiresOn: addDays(daysAgo(300), 365) } });
      const masked = `${number.slice(0, 2)}${'*'.repeat(number.length - 6)}${number.slice(-4)}`;
      expect(issued.issueResidencePermit).toMatchObject({ permit: { number: masked, valid: true }, userErrors: [] });
      const renewed = await fed.ok(worker, RENEW, { input: { permitId: issued.issueResidencePermit.permit.id, renewedOn: today(), expiresOn: addDays(today(), 365) } });
      expect(renewed.renewResidencePermit).toMatchObject({ permit: { expiresOn: addDays(today(), 365), renewedOn: today(), renewals: 1 }, userErrors: [] });
      expect((await fed.ok(worker, PERSON, { id: personId })).person.residencePermit).toMatchObject({ number: masked, renewals: 1, valid: true });
    });

    it.each([
      ['a person with no current residence', 'none', {}, 'NO_CURRENT_RESIDENCE'],
      ['a local resident', 'local', {}, 'PERSON_NOT_MIGRANT'],
      ['an expiry before the issue day', 'resident', { expiresOn: daysAgo(20) }, 'EXPIRY_NOT_AFTER_ISSUE'],
      ['an issue day in the future', 'resident', { issuedOn: addDays(today(), 2), expiresOn: addDays(today(), 400) }, 'ISSUED_IN_FUTURE'],
      ['a malformed number', 'resident', { number: 'x!' }, 'PERMIT_NUMBER_INVALID'],
      ['an ID card number as the permit number', 'resident', { number: '44011819900315123X' }, 'PERMIT_NUMBER_INVALID'],
      ['a number of letters only', 'resident', { number: 'GZABCDEFGH' }, 'PERMIT_NUMBER_INVALID'],
    ])('refuses a permit for %s and writes nothing', async (_, who, change, code) => {
      const personId =
        who === 'none' ? await registerPerson(fed, worker) : (await resident(fed, worker, { person: who === 'local' ? { householdType: 'LOCAL' } : {} })).personId;
      const before = await snapshot(fed);
      const data = await fed.ok(worker, ISSUE, { input: { personId, number: permitNumber(), issuedOn: daysAgo(10), expiresOn: addDays(daysAgo(10), 365), ...change } });
      expect(data.issueResidencePermit.userErrors.map((e: any) => e.code)).toEqual([code]);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('refuses a second permit while one is valid, and a renewal that does not extend it', async () => {
      const { personId } = await resident(fed, worker);
      const first = await fed.ok(worker, ISSUE, { input: { personId, number: permitNumber(), issuedOn: daysAgo(10), expiresOn: addDays(daysAgo(10), 365) } });
      const before = await snapshot(fed);
      const second = await fed.ok(worker, ISSUE, { input: { personId, number: permitNumber(), issuedOn: daysAgo(1), expiresOn: addDays(daysAgo(1), 365) } });
      expect(second.issueResidencePermit.userErrors.map((e: any) => e.code)).toEqual(['PERMIT_STILL_VALID']);
      const shorter = await fed.ok(worker, RENEW, { input: { permitId: first.issueResidencePermit.permit.id, renewedOn: today(), expiresOn: addDays(daysAgo(10), 300) } });
      expect(shorter.renewResidencePermit.userErrors.map((e: any) => e.code)).toEqual(['EXPIRY_NOT_LATER']);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('lists permits expiring within N days in an area, soonest first, within the caller’s scope', async () => {
      const soon = await resident(fed, admin, { grid: GRID_2 });
      const later = await resident(fed, admin, { grid: GRID_2 });
      const far = await resident(fed, admin, { grid: GRID_2 });
      const outside = await resident(fed, admin, { grid: OTHER_GRID });
      for (const [who, days] of [[later, 20], [soon, 5], [far, 200], [outside, 3]] as const)
        await fed.ok(admin, ISSUE, { input: { personId: who.personId, number: permitNumber(), issuedOn: daysAgo(300), expiresOn: addDays(today(), days) } });
      const data = await fed.ok(worker, EXPIRING, { area: GRID_2, days: 30 });
      expect(data.expiringResidencePermits.edges.map((e: any) => e.node.person.id)).toEqual([soon.personId, later.personId]);
      expect(data.expiringResidencePermits.totalCount).toBe(2);
      expect((await fed.ok(worker, EXPIRING, { area: '440118', days: 30 })).expiringResidencePermits.totalCount).toBe(2);
      expect((await fed.ok(admin, EXPIRING, { area: '440118', days: 30 })).expiringResidencePermits.totalCount).toBeGreaterThanOrEqual(3);
    });
  });

  describe('key groups', () => {
    it('tags a person with several groups, each changing the visit interval, and untags one with a date', async () => {
      const { personId } = await resident(fed, worker, { from: daysAgo(400), person: { householdType: 'LOCAL' } });
      expect((await fed.ok(worker, PERSON, { id: personId })).person).toMatchObject({ visitRule: 'OTHER', nextVisitDue: addDays(daysAgo(400), 182) });
      const tagged = await fed.ok(worker, TAG, { input: { personId, kind: 'DISABLED', from: daysAgo(50), note: '肢体残疾二级' } });
      expect(tagged.tagKeyGroup).toMatchObject({ membership: { kind: 'DISABLED', from: daysAgo(50), to: null }, person: { visitRule: 'KEY_GROUP', nextVisitDue: addDays(daysAgo(400), 30) } });
      expect((await fed.ok(worker, TAG, { input: { personId, kind: 'LOW_INCOME', from: daysAgo(20) } })).tagKeyGroup.userErrors).toEqual([]);
      const untagged = await fed.ok(worker, UNTAG, { input: { personId, kind: 'DISABLED', to: daysAgo(1) } });
      expect(untagged.untagKeyGroup).toMatchObject({ membership: { kind: 'DISABLED', to: daysAgo(1) }, person: { visitRule: 'KEY_GROUP' } });
      expect((await fed.ok(worker, UNTAG, { input: { personId, kind: 'LOW_INCOME', to: today() } })).untagKeyGroup.person.visitRule).toBe('OTHER');
      const { person } = await fed.ok(worker, PERSON, { id: personId });
      expect(person.keyGroups.map((k: any) => [k.kind, k.to])).toEqual([
        ['LOW_INCOME', today()],
        ['DISABLED', daysAgo(1)],
      ]);
      const types = await rows<{ type: string }>(fed.service('population').deps.dataSource, `SELECT type FROM outbox WHERE envelope->'data'->>'personId' = $1 AND type LIKE 'population.keygroup.%'`, [personId]);
      expect(types.map((t) => t.type).sort()).toEqual(['population.keygroup.tagged', 'population.keygroup.tagged', 'population.keygroup.untagged', 'population.keygroup.untagged']);
    });

    it('refuses to tag a group twice, to untag a group not held, or to start in the future, writing nothing', async () => {
      const { personId } = await resident(fed, worker);
      await fed.ok(worker, TAG, { input: { personId, kind: 'ELDERLY_ALONE', from: daysAgo(5) } });
      const before = await snapshot(fed);
      expect((await fed.ok(worker, TAG, { input: { personId, kind: 'ELDERLY_ALONE', from: daysAgo(1) } })).tagKeyGroup.userErrors.map((e: any) => e.code)).toEqual(['KEY_GROUP_ALREADY_TAGGED']);
      expect((await fed.ok(worker, UNTAG, { input: { personId, kind: 'DISABLED', to: daysAgo(1) } })).untagKeyGroup.userErrors.map((e: any) => e.code)).toEqual(['KEY_GROUP_NOT_TAGGED']);
      expect((await fed.ok(worker, TAG, { input: { personId, kind: 'OTHER', from: addDays(today(), 1) } })).tagKeyGroup.userErrors.map((e: any) => e.code)).toEqual(['FROM_IN_FUTURE']);
      expect((await fed.ok(worker, UNTAG, { input: { personId, kind: 'ELDERLY_ALONE', to: daysAgo(9) } })).untagKeyGroup.userErrors.map((e: any) => e.code)).toEqual(['TO_BEFORE_FROM']);
      expect(await snapshot(fed)).toEqual(before);
    });
  });

  describe('home visits and the 3456 rule', () => {
    it('records a visit by the caller and counts the next one from it; a key group’s monthly rule does not loosen a migrant’s weekly one', async () => {
      const { personId } = await resident(fed, worker, { from: daysAgo(60) });
      await fed.ok(worker, TAG, { input: { personId, kind: 'LOW_INCOME', from: daysAgo(30) } });
      const data = await fed.ok(worker, VISIT, { input: { personId, visitedOn: daysAgo(2), findings: '家中整洁，无异常', followUpNeeded: false } });
      expect(data.recordVisit).toMatchObject({ visit: { visitedOn: daysAgo(2), visitorId: 'worker-2', visitorName: '黄网格' }, userErrors: [] });
      const { person } = await fed.ok(worker, PERSON, { id: personId });
      expect(person).toMatchObject({ visitRule: 'MIGRANT', nextVisitDue: addDays(daysAgo(2), 7) });
      expect(person.visits).toEqual([{ visitedOn: daysAgo(2), findings: '家中整洁，无异常', visitorName: '黄网格' }]);
      const [event] = await rows<{ data: any }>(fed.service('population').deps.dataSource, `SELECT envelope->'data' AS data FROM outbox WHERE type = 'population.visit.recorded' AND envelope->'data'->>'personId' = $1`, [personId]);
      expect(event.data).toEqual({ visitId: data.recordVisit.visit.id, personId, visitedOn: daysAgo(2), followUpNeeded: false });
    });

    it('refuses a visit dated in the future, or without findings, writing nothing', async () => {
      const { personId } = await resident(fed, worker);
      const before = await snapshot(fed);
      const future = await fed.ok(worker, VISIT, { input: { personId, visitedOn: addDays(today(), 1), findings: '正常', followUpNeeded: false } });
      expect(future.recordVisit.userErrors).toEqual([{ field: ['input', 'visitedOn'], code: 'VISIT_IN_FUTURE', message: expect.any(String) }]);
      const empty = await fed.ok(worker, VISIT, { input: { personId, visitedOn: today(), findings: ' ', followUpNeeded: false } });
      expect(empty.recordVisit.userErrors.map((e: any) => e.code)).toEqual(['FINDINGS_INVALID']);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('lists the overdue of an area most overdue first, with days overdue, page by page, and none of another community', async () => {
      const area = '440118001001003';
      // a migrant last visited 20 days ago (13 overdue), a key-group local never visited since moving in 40 days ago (10 overdue),
      // a local moved in 200 days ago (18 overdue), a migrant visited yesterday (not overdue)
      const a = await resident(fed, worker, { grid: area, from: daysAgo(300) });
      await fed.ok(worker, VISIT, { input: { personId: a.personId, visitedOn: daysAgo(20), findings: '正常', followUpNeeded: false } });
      const b = await resident(fed, worker, { grid: area, from: daysAgo(40), person: { householdType: 'LOCAL' } });
      await fed.ok(worker, TAG, { input: { personId: b.personId, kind: 'ELDERLY_ALONE', from: daysAgo(40) } });
      const c = await resident(fed, worker, { grid: area, from: daysAgo(200), person: { householdType: 'LOCAL' } });
      const d = await resident(fed, worker, { grid: area, from: daysAgo(100) });
      await fed.ok(worker, VISIT, { input: { personId: d.personId, visitedOn: daysAgo(1), findings: '正常', followUpNeeded: false } });
      await resident(fed, admin, { grid: OTHER_GRID, from: daysAgo(500) });

      const first = (await fed.ok(worker, OVERDUE, { area, first: 2 })).overdueVisits;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e: any) => [e.node.person.id, e.node.daysOverdue, e.node.rule])).toEqual([
        [c.personId, 18, 'OTHER'],
        [a.personId, 13, 'MIGRANT'],
      ]);
      expect(first.edges[1].node).toMatchObject({ dueOn: daysAgo(13), lastVisitedOn: daysAgo(20) });
      const second = (await fed.ok(worker, OVERDUE, { area, first: 2, after: first.pageInfo.endCursor })).overdueVisits;
      expect(second.edges.map((e: any) => [e.node.person.id, e.node.daysOverdue, e.node.rule])).toEqual([[b.personId, 10, 'KEY_GROUP']]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect((await fed.ok(worker, OVERDUE, { area: OTHER_GRID })).overdueVisits.totalCount).toBe(0);
    });

    it('moves everyone’s next due day when a district admin changes the rule table, and refuses others', async () => {
      const { personId } = await resident(fed, worker, { from: daysAgo(3) });
      const SET = `mutation ($input: SetVisitRuleInput!) { setVisitRule(input: $input) { rule { category intervalDays } userErrors { code } } }`;
      expect((await fed.query(worker, SET, { input: { category: 'MIGRANT', intervalDays: 14 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await fed.ok(admin, SET, { input: { category: 'MIGRANT', intervalDays: 0 } })).setVisitRule.userErrors.map((e: any) => e.code)).toEqual(['OUT_OF_RANGE']);
      try {
        expect((await fed.ok(admin, SET, { input: { category: 'MIGRANT', intervalDays: 14 } })).setVisitRule.rule).toEqual({ category: 'MIGRANT', intervalDays: 14 });
        expect((await fed.ok(worker, PERSON, { id: personId })).person.nextVisitDue).toBe(addDays(daysAgo(3), 14));
      } finally {
        await fed.ok(admin, SET, { input: { category: 'MIGRANT', intervalDays: 7 } });
      }
      expect((await fed.ok(worker, PERSON, { id: personId })).person.nextVisitDue).toBe(addDays(daysAgo(3), 7));
    });
  });

  describe('pages of a person’s and a house’s lists', () => {
    it('pages home visits, residences and a house’s current residences by cursor with totals', async () => {
      const { personId, houseId } = await resident(fed, worker, { from: daysAgo(300) });
      for (const day of [30, 20, 10]) await fed.ok(worker, VISIT, { input: { personId, visitedOn: daysAgo(day), findings: '情况正常', followUpNeeded: false } });
      const PAGES = `query ($id: ID!, $after: String) { person(id: $id) { homeVisits(first: 2, after: $after) { totalCount edges { node { visitedOn } } pageInfo { hasNextPage hasPreviousPage endCursor } }
        residenceHistory(first: 1) { totalCount edges { node { from } } } } }`;
      const first = (await fed.ok(worker, PAGES, { id: personId })).person;
      expect(first.homeVisits).toMatchObject({ totalCount: 3, edges: [{ node: { visitedOn: daysAgo(10) } }, { node: { visitedOn: daysAgo(20) } }], pageInfo: { hasNextPage: true, hasPreviousPage: false } });
      expect(first.residenceHistory).toEqual({ totalCount: 1, edges: [{ node: { from: daysAgo(300) } }] });
      const second = (await fed.ok(worker, PAGES, { id: personId, after: first.homeVisits.pageInfo.endCursor })).person.homeVisits;
      expect(second).toMatchObject({ totalCount: 3, edges: [{ node: { visitedOn: daysAgo(30) } }], pageInfo: { hasNextPage: false, hasPreviousPage: true } });

      const RESIDENTS = `query ($id: ID!) { _entities(representations: [{ __typename: "House", id: $id }]) { ... on House { currentResidences(first: 5) { totalCount edges { node { from person { id } } } } } } }`;
      const house = (await viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, RESIDENTS, { id: houseId }))._entities[0];
      expect(house.currentResidences).toEqual({ totalCount: 1, edges: [{ node: { from: daysAgo(300), person: { id: personId } } }] });
      const outside = (await viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [OTHER_COMMUNITY] }, RESIDENTS, { id: houseId }))._entities[0];
      expect(outside.currentResidences).toEqual({ totalCount: 0, edges: [] });
    });
  });
});
