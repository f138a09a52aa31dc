import { randomUUID } from 'node:crypto';
import { rows } from '@linli/db';
import { addDays, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import type { Role } from '@linli/auth';
import { announceHouse, daysAgo, envelope, publish, REGISTER_RESIDENCE, registerPerson, resident, rollupsBeside, subgraphAnswer, viaSubgraph, waitFor } from './builders';

const KINDS = ['ELDERLY_ALONE', 'DISABLED', 'LOW_INCOME', 'LEFT_BEHIND_CHILD', 'COMMUNITY_CORRECTION', 'OTHER'];

/**
 * The figures counted live from the base tables, as the statistics did before the roll-ups
 * existed: every person, visit and residence under the area and in the scope prefix.
 */
const LIVE = `
  SELECT a.code, pe.*, kg.*, vi.*, arrived.*, departed.*
  FROM unnest($1::text[]) AS a(code)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS residents,
           count(*) FILTER (WHERE household_type = 'MIGRANT')::int AS migrants,
           count(*) FILTER (WHERE household_type = 'LOCAL')::int AS locals,
           count(*) FILTER (WHERE next_visit_due < $4::date)::int AS "visitsOverdue",
           count(*) FILTER (WHERE key_groups <> '{}')::int AS "keyGroupMembers",
           count(*) FILTER (WHERE permit_expires_on >= $4::date)::int AS "permitsValid",
           count(*) FILTER (WHERE permit_expires_on BETWEEN $4::date AND $4::date + 30)::int AS "permitsExpiring"
    FROM persons p WHERE p.residing AND p.area_code LIKE a.code || '%' AND p.area_code LIKE $5 || '%') pe
  CROSS JOIN LATERAL (
    SELECT json_object_agg(k.kind, (SELECT count(*) FROM persons p WHERE p.residing AND p.area_code LIKE a.code || '%' AND p.area_code LIKE $5 || '%' AND k.kind = ANY (p.key_groups))) AS "keyGroups"
    FROM unnest($6::text[]) AS k(kind)) kg
  CROSS JOIN LATERAL (SELECT count(*)::int AS "visitsDone" FROM visits v WHERE v.area_code LIKE a.code || '%' AND v.area_code LIKE $5 || '%' AND v.visited_on BETWEEN $2::date AND $3::date) vi
  CROSS JOIN LATERAL (SELECT count(*)::int AS "newRegistrations" FROM residences r WHERE r.area_code LIKE a.code || '%' AND r.area_code LIKE $5 || '%' AND r.from_date BETWEEN $2::date AND $3::date) arrived
  CROSS JOIN LATERAL (SELECT count(*)::int AS departures FROM residences r WHERE r.area_code LIKE a.code || '%' AND r.area_code LIKE $5 || '%' AND r.to_date BETWEEN $2::date AND $3::date) departed`;

const POPULATION = `query ($reps: [_Any!]!, $period: PeriodInput) { _entities(representations: $reps) { ... on Area { population(period: $period) {
  residents migrants locals keyGroupMembers { value } keyGroups { kind count { value } } visitsDone visitsOverdue permitsValid permitsExpiring newRegistrations departures } } } }`;

describe('statistics roll-ups', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
  });
  afterAll(() => fed.stop());

  const db = () => fed.service('population').deps.dataSource;
  const mutate = async (mutation: string, input: Record<string, unknown>) => {
    const data = await fed.ok(admin, mutation, { input });
    const [payload] = Object.values(data) as { userErrors: unknown[] }[];
    expect(payload.userErrors).toEqual([]);
    return data;
  };
  const byCode = (list: Record<string, unknown>[]) => Object.fromEntries(list.map((figures) => [figures.code, figures]));

  /** The figures through population's Area.population, flattened to numbers. */
  async function rolledUp(viewer: { roles: Role[]; areas: string[] }, codes: string[], period: { from: string; to: string }) {
    const result = await viaSubgraph(fed, viewer, POPULATION, { reps: codes.map((code) => ({ __typename: 'Area', code })), period });
    return result._entities.map((e: any, i: number) => {
      const { keyGroupMembers, keyGroups, ...counts } = e.population;
      return {
        code: codes[i],
        ...counts,
        keyGroupMembers: keyGroupMembers.value,
        keyGroups: Object.fromEntries(keyGroups.map((k: any) => [k.kind, k.count.value])),
      };
    });
  }

  async function live(scope: string, codes: string[], period: { from: string; to: string }) {
    return rows<Record<string, unknown>>(db(), LIVE, [codes, period.from, period.to, today(), scope, KINDS]);
  }

  it('keeps every roll-up equal to a live count from the base tables through a burst of registrations, moves, departures, tags, visits, permits and rule changes', async () => {
    const [gridA, gridB, gridC] = ['440118005001001', '440118005001002', '440118005002001'];
    const people = [];
    for (const [i, grid] of [gridA, gridB, gridC, gridA, gridB, gridC, gridA, gridB].entries())
      people.push(await resident(fed, admin, { grid, from: daysAgo(3 + i * 7), person: i % 3 === 0 ? { householdType: 'LOCAL' } : {} }));
    // registered in a grid, no residence yet
    const unhoused = await registerPerson(fed, admin, { areaCode: gridC, householdType: 'LOCAL' });

    const tag = `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`;
    for (const [i, kind] of (['ELDERLY_ALONE', 'DISABLED', 'LOW_INCOME', 'ELDERLY_ALONE', 'COMMUNITY_CORRECTION'] as const).entries())
      await mutate(tag, { personId: people[i].personId, kind, from: daysAgo(6) });
    await mutate(tag, { personId: people[0].personId, kind: 'DISABLED', from: daysAgo(4) });
    await mutate(tag, { personId: unhoused, kind: 'OTHER', from: daysAgo(2) });
    await mutate(`mutation ($input: UntagKeyGroupInput!) { untagKeyGroup(input: $input) { userErrors { code } } }`, {
      personId: people[1].personId,
      kind: 'DISABLED',
      to: daysAgo(1),
    });

    const visit = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`;
    for (const [i, days] of [
      [0, 1],
      [2, 3],
      [2, 1],
      [5, 12],
      [7, 40],
    ] as const)
      await mutate(visit, { personId: people[i].personId, visitedOn: daysAgo(days), findings: '正常', followUpNeeded: i === 5 });

    const issue = `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { permit { id } userErrors { code } } }`;
    const permits = [];
    for (const [i, expiresIn] of [
      [1, 10],
      [2, 25],
      [4, 200],
      [5, 31],
      [7, 3],
    ] as const)
      permits.push(
        (await mutate(issue, { personId: people[i].personId, number: `GZR${i}${Date.now()}`, issuedOn: daysAgo(20), expiresOn: addDays(today(), expiresIn) }))
          .issueResidencePermit.permit.id,
      );
    await mutate(`mutation ($input: RenewResidencePermitInput!) { renewResidencePermit(input: $input) { userErrors { code } } }`, {
      permitId: permits[0],
      renewedOn: today(),
      expiresOn: addDays(today(), 365),
    });

    // a move across communities, a departure without a new home, a change of household type
    await mutate(REGISTER_RESIDENCE, { personId: people[3].personId, houseId: await announceHouse(fed, gridC), from: daysAgo(1), reason: 'RENT' });
    await mutate(`mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, {
      personId: people[4].personId,
      to: daysAgo(2),
    });
    await mutate(`mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { userErrors { code } } }`, {
      personId: people[6].personId,
      householdType: 'MIGRANT',
    });

    // housing moves a house to another grid: its residents move with it, in one statement
    const moved = people[7];
    const updated = envelope('housing.house.updated', gridA, {
      houseId: moved.houseId,
      buildingId: moved.houseId,
      gridCode: gridA,
      number: '1-101',
      rooms: 2,
      rental: true,
      landlordId: null,
    });
    await publish(fed, updated);
    await waitFor(fed, `SELECT 1 FROM persons WHERE id = $1 AND area_code = $2`, [moved.personId, gridA]);

    // a rule change reschedules every migrant at once
    const rule = `mutation ($input: SetVisitRuleInput!) { setVisitRule(input: $input) { userErrors { code } } }`;
    await mutate(rule, { category: 'MIGRANT', intervalDays: 10 });

    for (const { table, stored, recomputed } of await rollupsBeside(fed)) expect({ table, rows: stored }).toEqual({ table, rows: recomputed });

    const codes = ['440118', '440118005', '440118005001', '440118005002', gridA, gridB, gridC, '440118009'];
    for (const period of [
      { from: daysAgo(30), to: today() },
      { from: daysAgo(5), to: daysAgo(1) },
      { from: daysAgo(400), to: daysAgo(31) },
    ]) {
      const expected = await live('440118', codes, period);
      expect(byCode(await rolledUp({ roles: ['DISTRICT_ADMIN'], areas: ['440118'] }, codes, period))).toEqual(byCode(expected));
    }
    // a caller whose areas cover only part of what is asked gets only that part counted
    const period = { from: daysAgo(30), to: today() };
    expect(byCode(await rolledUp({ roles: ['COMMUNITY_WORKER'], areas: ['440118005001'] }, codes, period))).toEqual(
      byCode(await live('440118005001', codes, period)),
    );

    // the figures compared are not all zero: every kind of count took part
    const [street] = await live('440118', ['440118005'], period);
    expect(street).toMatchObject({ residents: 8, keyGroupMembers: 4, departures: 2 });
    for (const figure of ['migrants', 'locals', 'visitsOverdue', 'permitsValid', 'permitsExpiring', 'visitsDone', 'newRegistrations'])
      expect(street[figure]).toBeGreaterThan(0);

    await mutate(rule, { category: 'MIGRANT', intervalDays: 7 });
  });

  it('drops a histogram row when the last person counted in it leaves, so the roll-ups stay small', async () => {
    const grid = '440118006001001';
    const { personId } = await resident(fed, admin, { grid, from: daysAgo(3) });
    const [before] = await rows<{ due: string }>(db(), `SELECT next_visit_due::text AS due FROM persons WHERE id = $1`, [personId]);
    const rowsFor = () => rows(db(), `SELECT 1 FROM stats_visit_due WHERE area_code = $1 AND due_on = $2::date`, [grid, before.due]);
    expect(await rowsFor()).toHaveLength(1);
    await mutate(`mutation ($input: EndResidenceInput!) { endResidence(input: $input) { userErrors { code } } }`, { personId, to: daysAgo(1) });
    expect(await rowsFor()).toHaveLength(0);
  });

  it('keeps every roll-up exact under 40 concurrent writers in one grid, without a deadlock', async () => {
    const grid = '440118006001001';
    const people: { personId: string }[] = [];
    for (let i = 0; i < 10; i++) people.push(await resident(fed, admin, { grid, from: daysAgo(200) }));
    const houses: string[] = [];
    for (let i = 0; i < 10; i++) houses.push(await announceHouse(fed, grid));
    const write = (query: string, input: Record<string, unknown>) => fed.query(admin, query, { input });
    const answers = await Promise.all(
      people.flatMap(({ personId }, i) => [
        write(`mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`, { personId, visitedOn: daysAgo(i % 3), findings: '正常', followUpNeeded: false }),
        write(`mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { personId, kind: i % 2 ? 'LOW_INCOME' : 'DISABLED', from: daysAgo(5) }),
        write(`mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { userErrors { code } } }`, {
          personId,
          number: `GZ${String(60_000_000 + i).padStart(10, '0')}`,
          issuedOn: daysAgo(10),
          expiresOn: addDays(today(), 20 + i),
        }),
        write(REGISTER_RESIDENCE, { personId, houseId: houses[i], from: daysAgo(1), reason: 'RENT' }),
      ]),
    );
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      const [payload] = Object.values(answer.data) as { userErrors: unknown[] }[];
      expect(payload.userErrors).toEqual([]);
    }
    for (const { table, stored, recomputed } of await rollupsBeside(fed)) expect({ table, rows: stored }).toEqual({ table, rows: recomputed });
  });

  it('answers a month, quarter and year series of the flows in one statement, each period equal to the figures of that period', async () => {
    const codes = ['440118', '440118005', '440118006001001'];
    const SERIES = `query ($reps: [_Any!]!, $from: Date!, $to: Date!, $every: SeriesInterval) { _entities(representations: $reps) { ... on Area {
      populationSeries(period: { from: $from, to: $to }, every: $every) { label from to visitsDone newRegistrations departures } } } }`;
    const viewer = { roles: ['DISTRICT_ADMIN'] as Role[], areas: ['440118'] };
    const reps = codes.map((code) => ({ __typename: 'Area', code }));
    for (const every of ['MONTH', 'QUARTER', 'YEAR']) {
      const { result, statements } = await fed.service('population').deps.queries.record(() => viaSubgraph(fed, viewer, SERIES, { reps, from: daysAgo(420), to: today(), every }));
      expect(statements.filter((s) => s.includes('populationSeries'))).toHaveLength(1);
      for (const [i, entity] of result._entities.entries()) {
        const series = entity.populationSeries;
        expect(series[0].from).toBe(daysAgo(420));
        expect(series.at(-1).to).toBe(today());
        if (every === 'MONTH') expect(series.length).toBeGreaterThanOrEqual(14);
        for (const { label, ...period } of series) {
          expect(label).toBe(every === 'MONTH' ? period.from.slice(0, 7) : every === 'YEAR' ? period.from.slice(0, 4) : `${period.from.slice(0, 4)}Q${Math.ceil(Number(period.from.slice(5, 7)) / 3)}`);
          const [figures] = await rolledUp(viewer, [codes[i]], { from: period.from, to: period.to });
          expect({ every, code: codes[i], ...period }).toEqual({
            every,
            code: codes[i],
            from: period.from,
            to: period.to,
            visitsDone: figures.visitsDone,
            newRegistrations: figures.newRegistrations,
            departures: figures.departures,
          });
        }
        expect(series.reduce((sum: number, p: any) => sum + p.newRegistrations, 0)).toBe((await rolledUp(viewer, [codes[i]], { from: daysAgo(420), to: today() }))[0].newRegistrations);
      }
    }
    const tooLong = await subgraphAnswer(fed, viewer, SERIES, { reps, from: '2000-01-01', to: '2010-01-02', every: 'YEAR' });
    expect(tooLong.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const volunteer = await subgraphAnswer(fed, { roles: ['VOLUNTEER'], areas: ['440118'], personId: randomUUID() }, SERIES, { reps: reps.slice(0, 1), from: daysAgo(30), to: today() });
    expect(volunteer.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
