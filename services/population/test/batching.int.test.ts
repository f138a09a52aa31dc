import { addDays, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import { COMMUNITY, daysAgo, permitNumber, requestStatements, resident, viaSubgraph } from './builders';

const LIST = `{ persons(first: 10) { edges { node { id currentResidence { id from person { id } } residences { id } residencePermit { number person { id } }
  keyGroups { kind } visits(first: 3) { visitedOn person { id } } pointsAccount { total byRule { rule points } }
  homeVisits(first: 2) { totalCount edges { node { visitedOn } } } residenceHistory(first: 2) { totalCount edges { node { from } } } } } } }`;

/** The statement names a query ran, e.g. personsByIds, one entry per statement. */
const names = (statements: string[]) => requestStatements(statements).map((s) => /\/\* (\w+) \*\//.exec(s)?.[1] ?? s.slice(0, 40));

describe('batching', () => {
  let fed: TestFederation;
  let worker: string;
  const ids: string[] = [];

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
    for (let i = 0; i < 4; i++) {
      const { personId } = await resident(fed, admin, { from: daysAgo(100) });
      ids.push(personId);
      await fed.ok(admin, `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, { input: { personId, kind: 'OTHER', from: daysAgo(3) } });
      await fed.ok(admin, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { userErrors { code } } }`, { input: { personId, visitedOn: daysAgo(2), findings: '正常', followUpNeeded: false } });
      await fed.ok(admin, `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { userErrors { code } } }`, {
        input: { personId, number: permitNumber(), issuedOn: daysAgo(5), expiresOn: addDays(today(), 300) },
      });
    }
  });
  afterAll(() => fed.stop());

  it('loads every hop of a list of persons with one statement, whatever the number of persons', async () => {
    const { result, statements } = await fed.service('population').deps.queries.record(() => fed.ok(worker, LIST));
    expect(result.persons.edges).toHaveLength(4);
    expect(result.persons.edges.every((e: any) => e.node.keyGroups.length === 1 && e.node.visits.length === 1 && e.node.residencePermit && e.node.pointsAccount)).toBe(true);
    expect(result.persons.edges.every((e: any) => e.node.homeVisits.totalCount === 1 && e.node.residenceHistory.totalCount === 1)).toBe(true);
    expect(names(statements).sort()).toEqual(
      [
        'personsCount',
        'personsList',
        'residencesCurrentOf',
        'residencesHistoryOf',
        'permitsLatestOf',
        'keyGroupsOf',
        'visitsOf',
        'pointsTotalsOf',
        'personsByIds',
        'visitPagesByPersons',
        'residencePagesByPersons',
      ].sort(),
    );
  });

  it('resolves many Person references in one statement, and House residents in one per hop', async () => {
    const reps = ids.map((id) => ({ __typename: 'Person', id }));
    const { result, statements } = await fed.service('population').deps.queries.record(() =>
      viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name } } }`, { reps }),
    );
    expect(result._entities.map((e: any) => e.id)).toEqual(ids);
    expect(names(statements)).toEqual(['personsByIds']);

    const houses = await fed.ok(worker, `{ persons(first: 10) { edges { node { currentResidence { house { id } } } } } }`);
    const houseReps = houses.persons.edges.map((e: any) => ({ __typename: 'House', id: e.node.currentResidence.house.id }));
    const hop = await fed.service('population').deps.queries.record(() =>
      viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on House { currentResidents { id } } } }`, { reps: houseReps }),
    );
    expect(hop.result._entities.map((h: any) => h.currentResidents.length)).toEqual([1, 1, 1, 1]);
    expect(names(hop.statements).sort()).toEqual(['personsByIds', 'residencesCurrentAtHouses']);

    const pages = await fed.service('population').deps.queries.record(() =>
      viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on House { currentResidences(first: 5) { totalCount edges { node { person { id } } } } } } }`, {
        reps: houseReps,
      }),
    );
    expect(pages.result._entities.map((h: any) => h.currentResidences.totalCount)).toEqual([1, 1, 1, 1]);
    expect(names(pages.statements).sort()).toEqual(['personsByIds', 'residencePagesByHouses']);
  });
});
