import { randomUUID } from 'node:crypto';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { eventually, TestFederation, tokenFor } from '@linli/testing';
import { accrueResidencePoints, population } from '../src';
import type { Role } from '@linli/auth';
import { COMMUNITY, count, daysAgo, envelope, GRID, OTHER_GRID, publish, REGISTER_RESIDENCE, requestStatements, resident, viaSubgraph, waitFor } from './builders';

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
    const { announceHouse } = await import('./builders');
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
        input: { personId: people[3].personId, number: `GZS${Date.now()}`, issuedOn: daysAgo(10), expiresOn: addDays(today(), 10) },
      });
      await fed.ok(worker2, `mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, { input: { personId: people[5].personId, to: daysAgo(2) } });

      const { population: stats } = await statsOf(fed, { roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, AREA, { from: daysAgo(30), to: today() });
      expect(stats).toEqual({
        residents: 6,
        migrants: 4,
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
      expect(earlier.population).toMatchObject({ residents: 6, visitsDone: 0, newRegistrations: 0, departures: 0 });

      // an integrator gets the same figures, with key-group counts under 5 withheld
      const withheld = await statsOf(fed, { roles: ['INTEGRATOR'], areas: ['440118'] }, AREA, { from: daysAgo(30), to: today() });
      expect(withheld.population.residents).toBe(6);
      expect(withheld.population.keyGroupMembers).toEqual({ value: 5, suppressed: false });
      expect(withheld.population.keyGroups.slice(0, 2)).toEqual([
        { kind: 'ELDERLY_ALONE', count: { value: 5, suppressed: false } },
        { kind: 'DISABLED', count: { value: null, suppressed: true } },
      ]);
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

/** An Area's population figures as the gateway fetches them from this subgraph (Area itself is housing's). */
async function statsOf(fed: TestFederation, viewer: { roles: Role[]; areas: string[] }, code: string, period: { from: string; to: string }) {
  return (await viaSubgraph(fed, viewer, POPULATION, { reps: [{ __typename: 'Area', code }], period }))._entities[0];
}
