import { randomUUID } from 'node:crypto';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { accrueResidencePoints, population } from '../src';
import type { Role } from '@linli/auth';
import { announceHouse, COMMUNITY, count, daysAgo, envelope, GRID, OTHER_GRID, permitNumber, publish, REGISTER_RESIDENCE, registerPerson, requestStatements, resident, viaSubgraph, waitFor } from './builders';

const ACCOUNT = `query ($id: ID!) { person(id: $id) { pointsAccount { total byRule { rule points } entries { totalCount edges { node { rule points reference reversed } } } } } }`;

function hours(personId: string, minutes: number) {
  return envelope('volunteering.hours.approved', GRID, {
    attendanceId: randomUUID(),
    volunteerId: randomUUID(),
    personId,
    activityId: randomUUID(),
    organiser: { kind: 'TEAM', teamId: randomUUID() },
    minutes,
    hours: minutes / 60,
    servedOn: daysAgo(1),
  });
}

describe('points and statistics', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  const account = async (personId: string) => (await fed.ok(worker, ACCOUNT, { id: personId })).person.pointsAccount;
  const applied = (eventId: string) => waitFor(fed, `SELECT 1 FROM inbox WHERE event_id = $1`, [eventId]);

  describe('volunteer hours', () => {
    it('awards a migrant one point per half hour of approved service, once even when the event is delivered twice', async () => {
      const { personId } = await resident(fed, worker);
      const approved = hours(personId, 150);
      await publish(fed, approved);
      await applied(approved.id);
      const consumer = fed.service('population').consumers.find((c) => c.definition.name === 'population-volunteer-points')!;
      const skippedBefore = consumer.skipped;
      // the very same envelope again, under a new message id so JetStream's own de-duplication lets it through
      await publish(fed, approved, `${approved.id}-again`);
      await eventually(() => expect(consumer.skipped).toBe(skippedBefore + 1));
      const points = await account(personId);
      expect(points.byRule).toContainEqual({ rule: 'VOLUNTEER_HOURS', points: 5 });
      expect(points.entries.edges.filter((e: any) => e.node.rule === 'VOLUNTEER_HOURS')).toHaveLength(1);
      const [event] = await rows<{ data: any }>(fed.service('population').deps.dataSource, `SELECT envelope->'data' AS data FROM outbox WHERE type = 'population.points.awarded' AND envelope->'data'->>'personId' = $1`, [personId]);
      expect(event.data).toMatchObject({ personId, rule: 'VOLUNTEER_HOURS', points: 5, reference: approved.data.attendanceId });
    });

    it('takes the points back with a reversing entry when the approval is reversed', async () => {
      const { personId } = await resident(fed, worker);
      const approved = hours(personId, 60);
      await publish(fed, approved);
      await applied(approved.id);
      const reversed = envelope('volunteering.hours.reversed', GRID, { ...approved.data, reason: '重复登记', approvedEventId: approved.id });
      await publish(fed, reversed);
      await applied(reversed.id);
      const points = await account(personId);
      expect(points.byRule.find((r: any) => r.rule === 'VOLUNTEER_HOURS')).toEqual({ rule: 'VOLUNTEER_HOURS', points: 0 });
      expect(points.entries.edges.filter((e: any) => e.node.rule === 'VOLUNTEER_HOURS').map((e: any) => [e.node.points, e.node.reversed]).sort()).toEqual([
        [-2, false],
        [2, true],
      ]);
    });

    it('awards nothing when the reversal arrives before the approval it reverses', async () => {
      const { personId } = await resident(fed, worker);
      const approved = hours(personId, 90);
      const reversed = envelope('volunteering.hours.reversed', GRID, { ...approved.data, reason: '活动取消', approvedEventId: approved.id });
      await publish(fed, reversed);
      await applied(reversed.id);
      await publish(fed, approved);
      await applied(approved.id);
      expect(await count(fed, 'points_entries', `person_id = $1 AND rule = 'VOLUNTEER_HOURS'`, [personId])).toBe(0);
    });

    it('gives locals no points account and no points', async () => {
      const { personId } = await resident(fed, worker, { person: { householdType: 'LOCAL' } });
      const approved = hours(personId, 120);
      await publish(fed, approved);
      await applied(approved.id);
      expect(await count(fed, 'points_entries', 'person_id = $1', [personId])).toBe(0);
      expect((await fed.ok(worker, ACCOUNT, { id: personId })).person.pointsAccount).toBeNull();
    });
  });

  it('accrues a point per full month of continuous residence, a move keeping the count, and a rerun adding nothing', async () => {
    const { personId } = await resident(fed, worker, { from: addDays(today(), -95) });
    const next = await announceHouse(fed);
    await fed.ok(worker, REGISTER_RESIDENCE, { input: { personId, houseId: next, from: daysAgo(10), reason: 'RENT' } });
    const db = fed.service('population').deps.dataSource;
    const outbox = fed.service('population').deps.outbox;
    await accrueResidencePoints(db, outbox, today(), 2);
    await accrueResidencePoints(db, outbox, today(), 2);
    const points = await account(personId);
    expect(points.byRule).toContainEqual({ rule: 'RESIDENCE_MONTHS', points: 3 });
    expect(points.entries.edges.filter((e: any) => e.node.rule === 'RESIDENCE_MONTHS')).toHaveLength(1);
    // a month later, only the new month is added
    await accrueResidencePoints(db, outbox, addDays(today(), 31), 2);
    expect((await account(personId)).byRule).toContainEqual({ rule: 'RESIDENCE_MONTHS', points: 4 });
  });

  describe('Area.population', () => {
    const AREA = '440118002001001';

    it('counts residents, key groups, visits, permits, arrivals and departures of an area in the period', async () => {
      const worker2 = await tokenFor('COMMUNITY_WORKER', ['440118002001']);
      const people = [];
      for (let i = 0; i < 6; i++) people.push(await resident(fed, worker2, { grid: AREA, from: daysAgo(20), person: i < 2 ? { householdType: 'LOCAL' } : {} }));
      for (const p of people.slice(0, 5))
        await fed.ok(worker2, `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { input: { personId: p.personId, kind: 'ELDERLY_ALONE', from: daysAgo(5) } });
      await fed.ok(worker2, `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { input: { personId: people[0].personId, kind: 'DISABLED', from: daysAgo(5) } });
      await fed.ok(worker2, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`, { input: { personId: people[2].personId, visitedOn: daysAgo(1), findings: '正常', followUpNeeded: false } });
      await fed.ok(worker2, `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { userErrors { code } } }`, {
        input: { personId: people[3].personId, number: permitNumber(), issuedOn: daysAgo(10), expiresOn: addDays(today(), 10) },
      });
      await fed.ok(worker2, `mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, { input: { personId: people[5].personId, to: daysAgo(2) } });

      const { population: stats } = await statsOf(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, AREA, { from: daysAgo(30), to: today() });
      expect(stats).toEqual({
        // the sixth moved away (residence ended, none after): no longer a resident, but a departure
        residents: 5,
        migrants: 3,
        locals: 2,
        keyGroupMembers: { value: 5, suppressed: false },
        keyGroups: [
          { kind: 'ELDERLY_ALONE', count: { value: 5, suppressed: false } },
          { kind: 'DISABLED', count: { value: 1, suppressed: false } },
          { kind: 'LOW_INCOME', count: { value: 0, suppressed: false } },
          { kind: 'LEFT_BEHIND_CHILD', count: { value: 0, suppressed: false } },
          { kind: 'COMMUNITY_CORRECTION', count: { value: 0, suppressed: false } },
          { kind: 'OTHER', count: { value: 0, suppressed: false } },
        ],
        visitsDone: 1,
        // migrants are due 7 days after moving in 20 days ago, one was visited; the key-group locals not for 30 days; the one who left is off the schedule
        visitsOverdue: 2,
        permitsValid: 1,
        permitsExpiring: 1,
        newRegistrations: 6,
        departures: 1,
      });
      const earlier = await statsOf(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, AREA, { from: daysAgo(400), to: daysAgo(30) });
      expect(earlier.population).toMatchObject({ residents: 5, visitsDone: 0, newRegistrations: 0, departures: 0 });

      // an integrator gets the same figures, with key-group counts under 5 withheld
      const withheld = await statsOf(fed, { roles: ['INTEGRATOR'], areas: ['440118'] }, AREA, { from: daysAgo(30), to: today() });
      expect(withheld.population.residents).toBe(5);
      expect(withheld.population.keyGroupMembers).toEqual({ value: 5, suppressed: false });
      expect(withheld.population.keyGroups.slice(0, 2)).toEqual([
        { kind: 'ELDERLY_ALONE', count: { value: 5, suppressed: false } },
        { kind: 'DISABLED', count: { value: null, suppressed: true } },
      ]);
    });

    it('counts as residents only those living in the area now: one who moved away nowhere, one who moved within the district once, in the new area', async () => {
      const [gridA, gridB, community, street] = ['440118003001001', '440118003002001', '440118003001', '440118003'];
      await resident(fed, admin, { grid: gridA, from: daysAgo(60) });
      // registered in the grid, no residence recorded yet: lives there as far as anyone knows
      await registerPerson(fed, admin, { areaCode: gridA, householdType: 'LOCAL' });
      const leaver = await resident(fed, admin, { grid: gridA, from: daysAgo(60) });
      await fed.ok(admin, `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { input: { personId: leaver.personId, kind: 'LOW_INCOME', from: daysAgo(30) } });
      await fed.ok(admin, `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { userErrors { code } } }`, {
        input: { personId: leaver.personId, number: `GZL${Date.now()}`, issuedOn: daysAgo(30), expiresOn: addDays(today(), 300) },
      });
      const ended = await fed.ok(admin, `mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, { input: { personId: leaver.personId, to: daysAgo(3) } });
      expect(ended.endResidence.userErrors).toEqual([]);
      const mover = await resident(fed, admin, { grid: gridA, from: daysAgo(60) });
      const newHome = await announceHouse(fed, gridB);
      const moved = await fed.ok(admin, REGISTER_RESIDENCE, { input: { personId: mover.personId, houseId: newHome, from: daysAgo(2), reason: 'RENT' } });
      expect(moved.registerResidence.userErrors).toEqual([]);

      const result = await viaSubgraph(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, POPULATION, {
        reps: [gridA, gridB, community, street].map((code) => ({ __typename: 'Area', code })),
        period: { from: daysAgo(30), to: today() },
      });
      const [a, b, c, s] = result._entities.map((e: any) => e.population);
      expect(a).toMatchObject({ residents: 2, migrants: 1, locals: 1, keyGroupMembers: { value: 0, suppressed: false }, permitsValid: 0, departures: 2 });
      expect(b).toMatchObject({ residents: 1, migrants: 1, locals: 0, newRegistrations: 1, departures: 0 });
      expect(c).toMatchObject({ residents: 2, departures: 2 });
      expect(s).toMatchObject({ residents: 3, migrants: 2, locals: 1, newRegistrations: 1, departures: 2 });
      // the one who left stays readable where they lived; only the figures leave them out
      const record = await fed.ok(admin, `query ($id: ID!) { person(id: $id) { areaCode currentResidence { id } } }`, { id: leaver.personId });
      expect(record.person).toEqual({ areaCode: gridA, currentResidence: null });
    });

    it('gives a street exactly the sum of its communities, figure by figure', async () => {
      const street = '440118004';
      const communities = ['440118004001', '440118004002'];
      const grids = ['440118004001001', '440118004001002', '440118004002001'];
      const people = [];
      for (const [i, grid] of [...grids, ...grids, grids[0]].entries())
        people.push(await resident(fed, admin, { grid, from: daysAgo(10 + i), person: i % 3 === 0 ? { householdType: 'LOCAL' } : {} }));
      const mutate = (mutation: string, input: Record<string, unknown>) => fed.ok(admin, mutation, { input });
      for (const [i, kind] of (['ELDERLY_ALONE', 'DISABLED', 'ELDERLY_ALONE', 'LOW_INCOME'] as const).entries())
        await mutate(`mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { personId: people[i].personId, kind, from: daysAgo(5) });
      await mutate(`mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { personId: people[0].personId, kind: 'DISABLED', from: daysAgo(5) });
      for (const i of [1, 2, 5])
        await mutate(`mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`, { personId: people[i].personId, visitedOn: daysAgo(1), findings: '正常', followUpNeeded: false });
      const permits = [];
      for (const i of [1, 2, 4, 5])
        permits.push(
          await mutate(`mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { permit { id } userErrors { code } } }`, {
            personId: people[i].personId, number: `GZS${i}${Date.now()}`, issuedOn: daysAgo(5), expiresOn: addDays(today(), i === 5 ? 200 : 20),
          }),
        );
      // a renewal moves the permit out of "expiring"
      await mutate(`mutation ($input: RenewResidencePermitInput!) { renewResidencePermit(input: $input) { userErrors { code } } }`, {
        permitId: permits[2].issueResidencePermit.permit.id, renewedOn: today(), expiresOn: addDays(today(), 300),
      });
      await mutate(`mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, { personId: people[6].personId, to: daysAgo(1) });
      // a move between the two communities: an arrival in one, a departure from the other
      await mutate(REGISTER_RESIDENCE, { personId: people[4].personId, houseId: await announceHouse(fed, grids[2]), from: daysAgo(1), reason: 'RENT' });

      const figures = (await viaSubgraph(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, POPULATION, {
        reps: [street, ...communities].map((code) => ({ __typename: 'Area', code })),
        period: { from: daysAgo(30), to: today() },
      }))._entities.map((e: any) => flatten(e.population));
      const [ofStreet, ...ofCommunities] = figures;
      const sum = Object.fromEntries(Object.keys(ofStreet).map((key) => [key, ofCommunities.reduce((total: number, f: Record<string, number>) => total + f[key], 0)]));
      expect(ofStreet).toEqual(sum);
      // figures worth comparing: every kind of count is there
      expect(ofStreet).toMatchObject({ residents: 6, visitsDone: 3, permitsValid: 4, permitsExpiring: 2, newRegistrations: 8, departures: 2, keyGroupMembers: 4 });
      expect(ofCommunities.every((f: Record<string, number>) => f.residents > 0)).toBe(true);
    });

    it('answers the figures of many areas in one statement, counting only what lies in the caller’s areas', async () => {
      await resident(fed, admin, { grid: OTHER_GRID });
      const codes = ['440118', '440118001', COMMUNITY, GRID, '440118001002'];
      const { result, statements } = await fed.service('population').deps.queries.record(() =>
        viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Area { population { residents } } } }`, {
          reps: codes.map((code) => ({ __typename: 'Area', code })),
        }),
      );
      expect(requestStatements(statements)).toHaveLength(1);
      expect(requestStatements(statements)[0]).toContain('populationByAreas');
      const residents = result._entities.map((e: any) => e.population.residents);
      // the district, the street and the community count the same people for a worker of the community; the other community none
      expect(residents[0]).toBe(residents[2]);
      expect(residents[1]).toBe(residents[2]);
      expect(residents[4]).toBe(0);
      expect(residents[3]).toBeGreaterThan(0);
    });
  });
});

const POPULATION = `query ($reps: [_Any!]!, $period: PeriodInput) { _entities(representations: $reps) { ... on Area { population(period: $period) {
  residents migrants locals keyGroupMembers { value suppressed } keyGroups { kind count { value suppressed } }
  visitsDone visitsOverdue permitsValid permitsExpiring newRegistrations departures } } } }`;

/** Figures as one flat record of numbers (key-group counts by kind included), to add them up. */
function flatten(stats: any): Record<string, number> {
  const { keyGroupMembers, keyGroups, ...plain } = stats;
  return { ...plain, keyGroupMembers: keyGroupMembers.value, ...Object.fromEntries(keyGroups.map((g: any) => [`keyGroup.${g.kind}`, g.count.value])) };
}

/** An Area's population figures as the gateway fetches them from this subgraph (Area itself is housing's). */
async function statsOf(fed: TestFederation, viewer: { roles: Role[]; areas: string[] }, code: string, period: { from: string; to: string }) {
  return (await viaSubgraph(fed, viewer, POPULATION, { reps: [{ __typename: 'Area', code }], period }))._entities[0];
}
