import { randomUUID } from 'node:crypto';
import { exec, rows } from '@linli/db';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { organizations } from '../src/module';
import {
  ADD_MEMBER,
  CHANGE_STATUS,
  COMMUNITY,
  CREATE_PROJECT,
  creditCode,
  daysAgo,
  END_MEMBERSHIP,
  envelope,
  names,
  OTHER_COMMUNITY,
  PROJECT_STATUS,
  publish,
  published,
  RECORD_ACTIVITY,
  RECORD_DONATION,
  RECORD_SERIES,
  REGISTER,
  registerOrganization,
  registerPerson,
  REPORT_OUTCOME,
  requestStatements,
  snapshot,
  START_CAMPAIGN,
  succeed,
  unique,
  viaSubgraph,
  waitFor,
} from './builders';

const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id name status memberCount statusHistory { from to reason changedOn } } }`;
const AREA_STATISTICS = `query ($reps: [_Any!]!, $period: PeriodInput) { _entities(representations: $reps) { ... on Area { code organizations(period: $period) {
  organizationCount organizations byCategory { category organizations } byStatus { status organizations } partyBranches members memberships activities participants peopleServed
  serviceProjects serviceProjectBudgetFen serviceProjectMeasures { measure target achieved } fundsRaisedFen donations volunteerMinutes volunteerHours } } } }`;

describe('the organizations subgraph, through the gateway', () => {
  let fed: TestFederation;
  let worker: string;

  beforeAll(async () => {
    fed = await TestFederation.start([population, organizations]);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY]);
  });
  afterAll(() => fed.stop());

  const errorsOf = async (mutation: string, input: Record<string, unknown>, token = worker) => {
    const data = await fed.ok(token, mutation, { input });
    return (Object.values(data)[0] as { userErrors: { field: string[]; code: string; message: string }[] }).userErrors;
  };

  /** Runs a mutation that must be refused with exactly these codes, and proves nothing was written. */
  const refused = async (mutation: string, input: Record<string, unknown>, codes: string[], token = worker) => {
    const before = await snapshot(fed);
    const errors = await errorsOf(mutation, input, token);
    expect(errors.map((e) => e.code).sort()).toEqual([...codes].sort());
    expect(await snapshot(fed)).toEqual(before);
    return errors;
  };

  describe('registration', () => {
    it('registers a civil-affairs organization and announces it with the data volunteering relies on', async () => {
      const code = creditCode();
      const data = await succeed(fed, worker, REGISTER, {
        name: '凤馨苑助老服务社',
        registrationKind: 'CIVIL_AFFAIRS',
        creditCode: code.toLowerCase(),
        category: 'PUBLIC_WELFARE',
        areaCode: COMMUNITY,
        foundedOn: '2019-05-01',
        partyBranch: true,
      });
      const org = data.organization;
      expect(org).toMatchObject({ name: '凤馨苑助老服务社', creditCode: code, filingNumber: null, status: 'ACTIVE', partyBranch: true, areaCode: COMMUNITY });
      const [event] = await published(fed, 'organizations.organization.registered', `envelope->'data'->>'organizationId' = $2`, [org.id]);
      expect(event).toEqual({ organizationId: org.id, name: '凤馨苑助老服务社', category: 'PUBLIC_WELFARE', status: 'ACTIVE', areaCode: COMMUNITY });
      await eventually(async () => {
        const [row] = await rows<{ sent: boolean }>(
          fed.service('organizations').deps.dataSource,
          `SELECT sent_at IS NOT NULL AS sent FROM outbox WHERE envelope->'data'->>'organizationId' = $1`,
          [org.id],
        );
        expect(row.sent).toBe(true);
      });
    });

    it('files an organization with the residents’ committee under a filing number', async () => {
      const data = await succeed(fed, worker, REGISTER, {
        name: unique('凤馨苑广场舞队'),
        registrationKind: 'COMMUNITY_FILING',
        filingNumber: unique('凤备2024-'),
        category: 'LEISURE',
        areaCode: COMMUNITY,
        foundedOn: '2024-03-01',
      });
      expect(data.organization).toMatchObject({ registrationKind: 'COMMUNITY_FILING', creditCode: null, category: 'LEISURE' });
    });

    const valid = () => ({
      name: unique('协会'),
      registrationKind: 'CIVIL_AFFAIRS',
      creditCode: creditCode(),
      category: 'SPORTS',
      areaCode: COMMUNITY,
      foundedOn: '2020-01-01',
    });

    it('refuses a credit code whose check character is wrong, writing nothing', async () => {
      const code = creditCode();
      const wrong = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
      const [error] = await refused(REGISTER, { ...valid(), creditCode: wrong }, ['CREDIT_CODE_CHECK_CHARACTER']);
      expect(error.field).toEqual(['input', 'creditCode']);
    });

    it('refuses a malformed credit code and one not issued by civil affairs', async () => {
      await refused(REGISTER, { ...valid(), creditCode: '52440118ABC' }, ['CREDIT_CODE_INVALID']);
      await refused(REGISTER, { ...valid(), creditCode: '91350100M000100Y43' }, ['CREDIT_CODE_NOT_CIVIL_AFFAIRS']);
    });

    it('refuses a registered organization without a credit code, and a filed one without a filing number', async () => {
      await refused(REGISTER, { ...valid(), creditCode: null }, ['CREDIT_CODE_REQUIRED']);
      await refused(REGISTER, { ...valid(), creditCode: '  ' }, ['CREDIT_CODE_REQUIRED']);
      await refused(REGISTER, { ...valid(), registrationKind: 'COMMUNITY_FILING', creditCode: null }, ['FILING_NUMBER_REQUIRED']);
      await refused(REGISTER, { ...valid(), registrationKind: 'COMMUNITY_FILING' }, ['FILING_NUMBER_REQUIRED', 'CREDIT_CODE_NOT_EXPECTED']);
    });

    it('refuses a credit code registered already, and a name the community already uses', async () => {
      const code = creditCode();
      const name = unique('重名协会');
      await registerOrganization(fed, worker, { creditCode: code, name });
      await refused(REGISTER, { ...valid(), creditCode: code }, ['CREDIT_CODE_TAKEN']);
      await refused(REGISTER, { ...valid(), name }, ['NAME_TAKEN']);
    });

    it('refuses a home that is not a community within the caller’s areas, a future founding day and an unknown contact, all at once', async () => {
      await refused(REGISTER, { ...valid(), areaCode: '440118001001001' }, ['AREA_NOT_A_COMMUNITY']);
      await refused(REGISTER, { ...valid(), areaCode: OTHER_COMMUNITY, foundedOn: daysAgo(-3), contactPersonId: randomUUID() }, [
        'AREA_OUT_OF_SCOPE',
        'FOUNDED_IN_FUTURE',
        'PERSON_UNKNOWN',
      ]);
    });

    it('answers every loser of a registration race with the rule’s NAME_TAKEN, never the constraint’s name', async () => {
      const name = unique('抢注协会');
      const answers = await Promise.all(Array.from({ length: 6 }, () => fed.query(worker, REGISTER, { input: { ...valid(), name } })));
      expect(answers.every((a) => !a.errors)).toBe(true);
      const payloads = answers.map((a) => a.data.registerOrganization);
      expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
      const losers = payloads.filter((p) => p.userErrors.length > 0);
      expect(losers).toHaveLength(5);
      for (const loser of losers)
        expect(loser).toEqual({ organization: null, userErrors: [{ field: ['input', 'name'], code: 'NAME_TAKEN', message: expect.any(String) }] });
      expect(JSON.stringify(answers.map((a) => a.body))).not.toMatch(/organizations_name_in_community|duplicate key|constraint/i);
      const [{ n }] = await rows<{ n: number }>(fed.service('organizations').deps.dataSource, `SELECT count(*)::int AS n FROM organizations WHERE name = $1`, [
        name,
      ]);
      expect(n).toBe(1);
    });

    it('lets only community workers and admins register organizations', async () => {
      const volunteer = await tokenFor('VOLUNTEER', [COMMUNITY]);
      const result = await fed.query(volunteer, REGISTER, { input: valid() });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the status life cycle', () => {
    it('suspends, resumes and deregisters, keeping each change with its reason and date and announcing it', async () => {
      const id = await registerOrganization(fed, worker, { foundedOn: '2020-01-01' });
      await succeed(fed, worker, CHANGE_STATUS, { organizationId: id, status: 'SUSPENDED', reason: '年检不合格', on: daysAgo(30) });
      await succeed(fed, worker, CHANGE_STATUS, { organizationId: id, status: 'ACTIVE', reason: '整改完成', on: daysAgo(20) });
      const last = await succeed(fed, worker, CHANGE_STATUS, { organizationId: id, status: 'DEREGISTERED', reason: '自行解散', on: daysAgo(10) });
      expect(last.organization).toEqual({ id, status: 'DEREGISTERED', statusReason: '自行解散', statusChangedOn: daysAgo(10) });
      const { organization } = await fed.ok(worker, ORGANIZATION, { id });
      expect(organization.statusHistory).toEqual([
        { from: 'ACTIVE', to: 'SUSPENDED', reason: '年检不合格', changedOn: daysAgo(30) },
        { from: 'SUSPENDED', to: 'ACTIVE', reason: '整改完成', changedOn: daysAgo(20) },
        { from: 'ACTIVE', to: 'DEREGISTERED', reason: '自行解散', changedOn: daysAgo(10) },
      ]);
      const CHANGES = `query ($id: ID!, $after: String) { organization(id: $id) { statusChanges(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { to } } } } }`;
      const one = (await fed.ok(worker, CHANGES, { id })).organization.statusChanges;
      expect(one).toMatchObject({
        totalCount: 3,
        pageInfo: { hasNextPage: true, hasPreviousPage: false },
        edges: [{ node: { to: 'SUSPENDED' } }, { node: { to: 'ACTIVE' } }],
      });
      const two = (await fed.ok(worker, CHANGES, { id, after: one.pageInfo.endCursor })).organization.statusChanges;
      expect(two).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true }, edges: [{ node: { to: 'DEREGISTERED' } }] });
      const events = await published<Record<string, unknown>>(fed, 'organizations.organization.status_changed', `envelope->'data'->>'organizationId' = $2`, [
        id,
      ]);
      expect(events.map((e) => [e.previousStatus, e.status, e.reason])).toEqual([
        ['ACTIVE', 'SUSPENDED', '年检不合格'],
        ['SUSPENDED', 'ACTIVE', '整改完成'],
        ['ACTIVE', 'DEREGISTERED', '自行解散'],
      ]);
      expect(events[0]).toMatchObject({ organizationId: id, category: 'PUBLIC_WELFARE', areaCode: COMMUNITY, changedOn: daysAgo(30) });
    });

    it('refuses a step the life cycle does not allow, a missing reason and a date before the last change, writing nothing', async () => {
      const id = await registerOrganization(fed, worker);
      await refused(CHANGE_STATUS, { organizationId: id, status: 'ACTIVE', reason: '无', on: daysAgo(1) }, ['STATUS_TRANSITION_INVALID']);
      await refused(CHANGE_STATUS, { organizationId: id, status: 'SUSPENDED', reason: ' ', on: daysAgo(-1) }, ['REASON_REQUIRED', 'STATUS_DATE_IN_FUTURE']);
      await succeed(fed, worker, CHANGE_STATUS, { organizationId: id, status: 'SUSPENDED', reason: '整顿', on: daysAgo(5) });
      await refused(CHANGE_STATUS, { organizationId: id, status: 'ACTIVE', reason: '恢复', on: daysAgo(6) }, ['STATUS_DATE_BEFORE_PREVIOUS']);
    });

    it('keeps a deregistered organization read-only', async () => {
      const id = await registerOrganization(fed, worker);
      const person = await registerPerson(fed, worker);
      await succeed(fed, worker, CHANGE_STATUS, { organizationId: id, status: 'DEREGISTERED', reason: '注销', on: daysAgo(1) });
      await refused(CHANGE_STATUS, { organizationId: id, status: 'ACTIVE', reason: '恢复', on: daysAgo(0) }, ['STATUS_TRANSITION_INVALID']);
      await refused(
        `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { field code message } } }`,
        { organizationId: id, name: '新名字' },
        ['ORGANIZATION_DEREGISTERED'],
      );
      await refused(ADD_MEMBER, { organizationId: id, personId: person, role: 'MEMBER', from: daysAgo(3) }, ['ORGANIZATION_DEREGISTERED']);
      await refused(RECORD_ACTIVITY, { organizationId: id, title: '服务日', heldOn: daysAgo(2), place: '广场', participants: 3, peopleServed: 10 }, [
        'ORGANIZATION_DEREGISTERED',
      ]);
      await refused(START_CAMPAIGN, { organizationId: id, name: '募捐', startsOn: daysAgo(2), endsOn: daysAgo(0) }, ['ORGANIZATION_DEREGISTERED']);
    });

    it('updates name, category and contact person, announcing organizations.organization.updated', async () => {
      const id = await registerOrganization(fed, worker);
      const contact = await registerPerson(fed, worker);
      const data = await succeed(
        fed,
        worker,
        `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { name category contactPerson { id } } userErrors { field code message } } }`,
        {
          organizationId: id,
          name: '凤馨苑文化促进会',
          category: 'CULTURE_EDUCATION',
          contactPersonId: contact,
        },
      );
      expect(data.organization).toEqual({ name: '凤馨苑文化促进会', category: 'CULTURE_EDUCATION', contactPerson: { id: contact } });
      const [event] = await published(fed, 'organizations.organization.updated', `envelope->'data'->>'organizationId' = $2`, [id]);
      expect(event).toEqual({ organizationId: id, name: '凤馨苑文化促进会', category: 'CULTURE_EDUCATION', status: 'ACTIVE', areaCode: COMMUNITY });
    });
  });

  describe('memberships', () => {
    it('keeps at most one current chair, and a new chair once the old one has left', async () => {
      const org = await registerOrganization(fed, worker);
      const [first, second] = [await registerPerson(fed, worker), await registerPerson(fed, worker)];
      const chair = await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: first, role: 'CHAIR', from: '2021-01-01' });
      const [error] = await refused(ADD_MEMBER, { organizationId: org, personId: second, role: 'CHAIR', from: '2022-01-01' }, ['SECOND_CHAIR']);
      expect(error.field).toEqual(['input', 'role']);
      const ended = await succeed(fed, worker, END_MEMBERSHIP, { membershipId: chair.membership.id, to: daysAgo(1) });
      expect(ended.membership).toEqual({ id: chair.membership.id, to: daysAgo(1), current: false });
      await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: second, role: 'CHAIR', from: daysAgo(1) });
      const left = await published(fed, 'organizations.member.left', `envelope->'data'->>'organizationId' = $2`, [org]);
      expect(left).toEqual([{ membershipId: chair.membership.id, organizationId: org, personId: first, to: daysAgo(1) }]);
      const joined = await published<{ role: string }>(fed, 'organizations.member.joined', `envelope->'data'->>'organizationId' = $2`, [org]);
      expect(joined.map((j) => j.role)).toEqual(['CHAIR', 'CHAIR']);
    });

    it('gives one chair to five people asking at once, and the other four SECOND_CHAIR', async () => {
      const org = await registerOrganization(fed, worker);
      const people = await Promise.all(Array.from({ length: 5 }, () => registerPerson(fed, worker)));
      const answers = await Promise.all(
        people.map((personId) => fed.ok(worker, ADD_MEMBER, { input: { organizationId: org, personId, role: 'CHAIR', from: '2021-01-01' } })),
      );
      const payloads = answers.map((a) => a.addMember);
      expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
      expect(payloads.filter((p) => p.userErrors.length > 0).map((p) => p.userErrors.map((e: any) => e.code))).toEqual(Array(4).fill(['SECOND_CHAIR']));
      expect(JSON.stringify(payloads)).not.toMatch(/memberships_one_current_chair|constraint/i);
    });

    it('holds the one-chair rule in the database too, against a write that skips the domain', async () => {
      const org = await registerOrganization(fed, worker);
      const chair = await registerPerson(fed, worker);
      await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: chair, role: 'CHAIR', from: '2021-01-01' });
      await expect(
        exec(
          fed.service('organizations').deps.dataSource,
          `INSERT INTO memberships (id, organization_id, person_id, area_code, role, from_on) VALUES ($1, $2, $3, $4, 'CHAIR', '2022-01-01')`,
          [randomUUID(), org, randomUUID(), COMMUNITY],
        ),
      ).rejects.toThrow(/memberships_one_current_chair/);
    });

    it('refuses an unknown person, a current member twice, and a start before founding or in the future', async () => {
      const org = await registerOrganization(fed, worker, { foundedOn: '2020-01-01' });
      const person = await registerPerson(fed, worker);
      await refused(ADD_MEMBER, { organizationId: org, personId: randomUUID(), role: 'MEMBER', from: '2021-01-01' }, ['PERSON_UNKNOWN']);
      await refused(ADD_MEMBER, { organizationId: org, personId: person, role: 'MEMBER', from: '2019-12-31' }, ['FROM_BEFORE_FOUNDED']);
      await refused(ADD_MEMBER, { organizationId: org, personId: person, role: 'MEMBER', from: daysAgo(-1) }, ['FROM_IN_FUTURE']);
      await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: person, role: 'MEMBER', from: '2021-01-01' });
      await refused(ADD_MEMBER, { organizationId: org, personId: person, role: 'SECRETARY', from: '2021-02-01' }, ['ALREADY_MEMBER']);
    });

    it('refuses ending a membership before it began or twice', async () => {
      const org = await registerOrganization(fed, worker);
      const person = await registerPerson(fed, worker);
      const { membership } = await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: person, role: 'MEMBER', from: '2022-06-01' });
      await refused(END_MEMBERSHIP, { membershipId: membership.id, to: '2022-05-31' }, ['TO_BEFORE_FROM']);
      await succeed(fed, worker, END_MEMBERSHIP, { membershipId: membership.id, to: '2023-01-01' });
      await refused(END_MEMBERSHIP, { membershipId: membership.id, to: '2023-02-01' }, ['MEMBERSHIP_ENDED']);
    });

    it('answers an organization with its members’ names from population and each person’s memberships in one request', async () => {
      const org = await registerOrganization(fed, worker, { name: unique('凤馨苑合唱团') });
      const other = await registerOrganization(fed, worker, { name: unique('凤馨苑书画社') });
      const 王芳 = await registerPerson(fed, worker, '王芳');
      const 李强 = await registerPerson(fed, worker, '李强');
      await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: 王芳, role: 'CHAIR', from: '2021-01-01' });
      await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: 李强, role: 'MEMBER', from: '2021-03-01' });
      await succeed(fed, worker, ADD_MEMBER, { organizationId: other, personId: 王芳, role: 'SECRETARY', from: '2022-01-01' });
      const data = await fed.ok(
        worker,
        `query ($id: ID!) { organization(id: $id) { memberCount members(first: 10) { totalCount edges { node { role current person { id name memberships { role organization { id } }
          organizationMemberships(first: 1) { totalCount pageInfo { hasNextPage } edges { node { role } } } } } } } } }`,
        { id: org },
      );
      expect(data.organization.memberCount).toBe(2);
      expect(data.organization.members.totalCount).toBe(2);
      const chair = data.organization.members.edges.find((e: any) => e.node.role === 'CHAIR').node;
      expect(chair.person.name).toBe('王芳');
      expect(chair.person.organizationMemberships).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { role: 'CHAIR' } }] });
      expect(chair.person.memberships.map((m: any) => [m.role, m.organization.id]).sort()).toEqual([
        ['CHAIR', org],
        ['SECRETARY', other],
      ]);
      expect(data.organization.members.edges.find((e: any) => e.node.role === 'MEMBER').node.person.name).toBe('李强');
    });

    it('pages members with a cursor, current ones first', async () => {
      const org = await registerOrganization(fed, worker);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push(await registerPerson(fed, worker));
      const memberships = [];
      for (const [i, personId] of ids.entries())
        memberships.push((await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId, role: 'MEMBER', from: `2021-0${i + 1}-01` })).membership.id);
      await succeed(fed, worker, END_MEMBERSHIP, { membershipId: memberships[0], to: '2022-01-01' });
      const page = (after?: string) =>
        fed.ok(
          worker,
          `query ($id: ID!, $after: String) { organization(id: $id) { members(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id current } } } } }`,
          {
            id: org,
            after,
          },
        );
      const one = (await page()).organization.members;
      expect(one.edges.map((e: any) => e.node.id)).toEqual([memberships[1], memberships[2]]);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const two = (await page(one.pageInfo.endCursor)).organization.members;
      expect(two).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, edges: [{ node: { id: memberships[0], current: false } }] });
    });
  });

  describe('activities', () => {
    it('records an activity and announces it', async () => {
      const org = await registerOrganization(fed, worker);
      const data = await succeed(fed, worker, RECORD_ACTIVITY, {
        organizationId: org,
        title: '法律咨询日',
        heldOn: daysAgo(3),
        place: '党群服务中心',
        participants: 4,
        peopleServed: 25,
      });
      expect(data.activity).toMatchObject({ title: '法律咨询日', heldOn: daysAgo(3), participants: 4, peopleServed: 25, serviceProject: null });
      const [event] = await published(fed, 'organizations.activity.recorded', `envelope->'data'->>'activityId' = $2`, [data.activity.id]);
      expect(event).toMatchObject({ activityId: data.activity.id, organizationId: org, heldOn: daysAgo(3), participants: 4, peopleServed: 25 });
    });

    it('refuses an activity of a suspended organization, in the future or with negative figures, writing nothing', async () => {
      const org = await registerOrganization(fed, worker);
      const input = { organizationId: org, title: '服务日', heldOn: daysAgo(1), place: '广场', participants: 3, peopleServed: 10 };
      await refused(RECORD_ACTIVITY, { ...input, heldOn: daysAgo(-1), participants: -1, peopleServed: -5, title: '' }, [
        'ACTIVITY_IN_FUTURE',
        'PARTICIPANTS_INVALID',
        'PEOPLE_SERVED_INVALID',
        'TITLE_INVALID',
      ]);
      const tooMany = await refused(RECORD_ACTIVITY, { ...input, participants: 100_001, peopleServed: 2_147_483_647 }, ['OUT_OF_RANGE', 'OUT_OF_RANGE']);
      expect(tooMany.map((e) => e.field[1]).sort()).toEqual(['participants', 'peopleServed']);
      await refused(RECORD_SERIES, { ...input, heldOn: undefined, frequency: 'WEEKLY', from: daysAgo(14), to: daysAgo(1), participants: 100_001 }, [
        'OUT_OF_RANGE',
      ]);
      await succeed(fed, worker, CHANGE_STATUS, { organizationId: org, status: 'SUSPENDED', reason: '整顿', on: daysAgo(1) });
      await refused(RECORD_ACTIVITY, input, ['ORGANIZATION_SUSPENDED']);
    });

    it('records a monthly service day as a series, one activity per month, the 31st falling on short months’ last day', async () => {
      const org = await registerOrganization(fed, worker);
      const data = await succeed(fed, worker, RECORD_SERIES, {
        organizationId: org,
        title: '月度服务日',
        place: '凤馨苑广场',
        frequency: 'MONTHLY',
        from: '2025-01-31',
        to: '2025-04-30',
        participants: 20,
        peopleServed: 150,
      });
      expect(data.series).toMatchObject({ frequency: 'MONTHLY', occurrences: 4 });
      expect(data.activities.map((a: any) => a.heldOn)).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
      expect(data.activities.every((a: any) => a.series.id === data.series.id && a.series.title === '月度服务日')).toBe(true);
      expect(await published(fed, 'organizations.activity.recorded', `envelope->'data'->>'seriesId' = $2`, [data.series.id])).toHaveLength(4);
    });

    it('refuses a series reaching into the future, ending before it begins or longer than 120 occurrences', async () => {
      const org = await registerOrganization(fed, worker, { foundedOn: '2000-01-01' });
      const input = { organizationId: org, title: '法律咨询日', place: '居委会', frequency: 'WEEKLY', participants: 2, peopleServed: 8 };
      await refused(RECORD_SERIES, { ...input, from: daysAgo(14), to: daysAgo(-14) }, ['ACTIVITY_IN_FUTURE']);
      await refused(RECORD_SERIES, { ...input, from: daysAgo(14), to: daysAgo(20) }, ['SERIES_PERIOD_INVALID']);
      await refused(RECORD_SERIES, { ...input, from: '2010-01-01', to: daysAgo(1) }, ['SERIES_TOO_LONG']);
    });
  });

  describe('purchased-service projects', () => {
    const project = (org: string) => ({
      organizationId: org,
      name: '新悦人家',
      funder: '增城区来穗人员服务管理局',
      budgetFen: 30_000_000,
      startsOn: daysAgo(100),
      endsOn: daysAgo(-100),
      targets: [
        { measure: 'HOUSEHOLDS_VISITED', name: '走访来穗家庭', target: 960 },
        { measure: 'OTHER', name: '走访企业', target: 28 },
        { measure: 'ACTIVITIES_HELD', target: 180 },
        { measure: 'PERSON_TIMES_SERVED', target: 13_700 },
      ],
    });

    it('reports outcomes within the period against named targets and shows progress per target', async () => {
      const org = await registerOrganization(fed, worker);
      const created = (await succeed(fed, worker, CREATE_PROJECT, project(org))).serviceProject;
      expect(created).toMatchObject({ status: 'PLANNED', budgetFen: 30_000_000 });
      expect(created.targets.map((t: any) => t.name)).toEqual(['走访来穗家庭', '走访企业', '开展活动', '服务人次']);
      await succeed(fed, worker, PROJECT_STATUS, { serviceProjectId: created.id, status: 'RUNNING' });
      const families = created.targets[0].id;
      await succeed(fed, worker, REPORT_OUTCOME, { serviceProjectId: created.id, targetId: families, value: 480, reportedOn: daysAgo(50) });
      const second = await succeed(fed, worker, REPORT_OUTCOME, {
        serviceProjectId: created.id,
        targetId: families,
        value: 240,
        reportedOn: daysAgo(10),
        note: '第二季度',
      });
      expect(second.outcome).toMatchObject({ value: 240, reportedOn: daysAgo(10), target: { id: families, achieved: 720 } });
      expect(second.serviceProject.targets[0]).toEqual({ id: families, achieved: 720, progress: 0.75 });
      const [event] = await published(fed, 'organizations.project.outcome_reported', `envelope->'data'->>'outcomeId' = $2`, [second.outcome.id]);
      expect(event).toMatchObject({
        projectId: created.id,
        organizationId: org,
        measure: 'HOUSEHOLDS_VISITED',
        value: 240,
        reportedOn: daysAgo(10),
        targetName: '走访来穗家庭',
      });
      const activity = await succeed(fed, worker, RECORD_ACTIVITY, {
        organizationId: org,
        title: '新市民课堂',
        heldOn: daysAgo(5),
        place: '新市民之家',
        participants: 6,
        peopleServed: 40,
        serviceProjectId: created.id,
      });
      expect(activity.activity.serviceProject).toEqual({ id: created.id });
    });

    it('refuses an outcome outside the project’s period, for a planned project or with a value below 1, writing nothing', async () => {
      const org = await registerOrganization(fed, worker);
      const created = (await succeed(fed, worker, CREATE_PROJECT, project(org))).serviceProject;
      const target = created.targets[1].id;
      await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 5, reportedOn: daysAgo(10) }, ['PROJECT_NOT_RUNNING']);
      await succeed(fed, worker, PROJECT_STATUS, { serviceProjectId: created.id, status: 'RUNNING' });
      const [error] = await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 5, reportedOn: daysAgo(101) }, [
        'OUTCOME_OUTSIDE_PERIOD',
      ]);
      expect(error.field).toEqual(['input', 'reportedOn']);
      await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 0, reportedOn: daysAgo(1) }, ['VALUE_INVALID']);
      // the audit's outcome: accepted once, it overflowed every dashboard's sum
      await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 2_147_483_647, reportedOn: daysAgo(1) }, ['OUT_OF_RANGE']);
      await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 1_000_001, reportedOn: daysAgo(1) }, ['OUT_OF_RANGE']);
      // a target whose outcomes add up to the most achieved may hold (a thousand of the largest reports) takes no more
      await exec(
        fed.service('organizations').deps.dataSource,
        `INSERT INTO project_outcomes (id, project_id, target_id, area_code, value, reported_on) SELECT gen_random_uuid(), $1, $2, $3, 1000000, $4 FROM generate_series(1, 1000)`,
        [created.id, target, COMMUNITY, daysAgo(2)],
      );
      const [full] = await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: target, value: 1, reportedOn: daysAgo(1) }, ['OUT_OF_RANGE']);
      expect(full.message).toContain('1,000,000,000');
      await refused(REPORT_OUTCOME, { serviceProjectId: created.id, targetId: randomUUID(), value: 3, reportedOn: daysAgo(1) }, ['TARGET_UNKNOWN']);
      await refused(
        RECORD_ACTIVITY,
        { organizationId: org, title: '活动', heldOn: daysAgo(150), place: '广场', participants: 1, peopleServed: 1, serviceProjectId: created.id },
        ['ACTIVITY_OUTSIDE_PROJECT_PERIOD'],
      );
    });

    it('refuses a project without targets, with a fractional or negative budget, or ending before it starts', async () => {
      const org = await registerOrganization(fed, worker);
      await refused(CREATE_PROJECT, { ...project(org), targets: [], budgetFen: 100.5, endsOn: daysAgo(200) }, [
        'TARGETS_REQUIRED',
        'AMOUNT_FRACTIONAL_FEN',
        'PERIOD_INVALID',
      ]);
      await refused(CREATE_PROJECT, { ...project(org), budgetFen: -1 }, ['AMOUNT_NOT_POSITIVE']);
      await refused(CREATE_PROJECT, { ...project(org), budgetFen: 10_000_000_001, targets: [{ measure: 'ACTIVITIES_HELD', target: 1_000_001 }] }, [
        'OUT_OF_RANGE',
        'OUT_OF_RANGE',
      ]);
      const many = Array.from({ length: 21 }, (_, i) => ({ measure: 'OTHER', name: `指标${i}`, target: 1 }));
      await refused(CREATE_PROJECT, { ...project(org), targets: many }, ['OUT_OF_RANGE']);
      await refused(
        CREATE_PROJECT,
        {
          ...project(org),
          targets: [
            { measure: 'OTHER', target: 3 },
            { measure: 'ACTIVITIES_HELD', target: 0 },
          ],
        },
        ['TARGET_NAME_REQUIRED', 'TARGET_INVALID'],
      );
    });

    it('follows planned → running → completed and refuses steps the life cycle does not allow', async () => {
      const org = await registerOrganization(fed, worker);
      const { id } = (await succeed(fed, worker, CREATE_PROJECT, project(org))).serviceProject;
      await refused(PROJECT_STATUS, { serviceProjectId: id, status: 'COMPLETED' }, ['STATUS_TRANSITION_INVALID']);
      await succeed(fed, worker, PROJECT_STATUS, { serviceProjectId: id, status: 'RUNNING' });
      await succeed(fed, worker, PROJECT_STATUS, { serviceProjectId: id, status: 'COMPLETED' });
      await refused(PROJECT_STATUS, { serviceProjectId: id, status: 'CANCELLED' }, ['STATUS_TRANSITION_INVALID']);
    });
  });

  describe('fundraising', () => {
    it('totals donations exactly in fen', async () => {
      const org = await registerOrganization(fed, worker);
      const { fundraisingCampaign: campaign } = await succeed(fed, worker, START_CAMPAIGN, {
        organizationId: org,
        name: '中华慈善日募捐',
        startsOn: daysAgo(10),
        endsOn: daysAgo(-10),
        goalFen: 10_000_000,
      });
      for (const [amountFen, donorKind, donorName] of [
        [1, 'INDIVIDUAL', '陈先生'],
        [1_000_000_000, 'ENTERPRISE', '某物业公司'],
        [1_000_000_000, 'ENTERPRISE', '某物业公司'],
        [10_001, 'ANONYMOUS', null],
      ] as const)
        await succeed(fed, worker, RECORD_DONATION, { campaignId: campaign.id, amountFen, donorKind, donorName, donatedOn: daysAgo(2) });
      const data = await fed.ok(
        worker,
        `query ($id: ID!) { fundraisingCampaign(id: $id) { raisedFen donationCount goalFen donations(first: 5) { totalCount edges { node { amountFen donorName } } } } }`,
        {
          id: campaign.id,
        },
      );
      expect(data.fundraisingCampaign).toMatchObject({ raisedFen: 2_000_010_002, donationCount: 4, goalFen: 10_000_000, donations: { totalCount: 4 } });
    });

    it('answers the campaign under the query’s name fundraisingCampaign, and under the deprecated campaign too', async () => {
      const org = await registerOrganization(fed, worker);
      const started = await fed.ok(
        worker,
        `mutation ($input: StartFundraisingCampaignInput!) { startFundraisingCampaign(input: $input) { fundraisingCampaign { id } campaign { id } userErrors { code } } }`,
        { input: { organizationId: org, name: '邻里互助金', startsOn: daysAgo(5), endsOn: daysAgo(0) } },
      );
      const id = started.startFundraisingCampaign.fundraisingCampaign.id;
      expect(started.startFundraisingCampaign.campaign).toEqual({ id });
      const donated = await fed.ok(
        worker,
        `mutation ($input: RecordDonationInput!) { recordDonation(input: $input) { fundraisingCampaign { id raisedFen } campaign { id raisedFen } userErrors { code } } }`,
        { input: { campaignId: id, amountFen: 500, donorKind: 'ANONYMOUS', donatedOn: daysAgo(1) } },
      );
      expect(donated.recordDonation.fundraisingCampaign).toEqual({ id, raisedFen: 500 });
      expect(donated.recordDonation.campaign).toEqual({ id, raisedFen: 500 });
    });

    it('refuses a negative or fractional-fen amount and a day outside the campaign, writing nothing', async () => {
      const org = await registerOrganization(fed, worker);
      const { fundraisingCampaign: campaign } = await succeed(fed, worker, START_CAMPAIGN, {
        organizationId: org,
        name: '公益微创投',
        startsOn: daysAgo(10),
        endsOn: daysAgo(1),
      });
      const input = { campaignId: campaign.id, amountFen: 5000, donorKind: 'INDIVIDUAL', donatedOn: daysAgo(5) };
      const [negative] = await refused(RECORD_DONATION, { ...input, amountFen: -5000 }, ['AMOUNT_NOT_POSITIVE']);
      expect(negative.field).toEqual(['input', 'amountFen']);
      await refused(RECORD_DONATION, { ...input, amountFen: 100.5 }, ['AMOUNT_FRACTIONAL_FEN']);
      await refused(RECORD_DONATION, { ...input, amountFen: 0.01 }, ['AMOUNT_FRACTIONAL_FEN']);
      const [tooMuch] = await refused(RECORD_DONATION, { ...input, amountFen: 1_000_000_001 }, ['OUT_OF_RANGE']);
      expect(tooMuch).toMatchObject({ field: ['input', 'amountFen'], message: expect.stringContaining('1,000,000,000') });
      await refused(RECORD_DONATION, { ...input, amountFen: 2 ** 53 }, ['OUT_OF_RANGE']);
      await refused(RECORD_DONATION, { ...input, donatedOn: daysAgo(0) }, ['DONATION_OUTSIDE_CAMPAIGN']);
      await refused(RECORD_DONATION, { ...input, donorKind: 'ANONYMOUS', donorName: '张三' }, ['DONOR_NAME_NOT_EXPECTED']);
      await refused(START_CAMPAIGN, { organizationId: org, name: '目标有误', startsOn: daysAgo(1), endsOn: daysAgo(0), goalFen: -100 }, [
        'AMOUNT_NOT_POSITIVE',
      ]);
    });
  });

  describe('volunteer hours kept from volunteering', () => {
    const approved = (organizationId: string, minutes: number, servedOn: string, organiser?: { kind: 'TEAM'; teamId: string }) =>
      envelope('volunteering.hours.approved', COMMUNITY, {
        attendanceId: randomUUID(),
        volunteerId: randomUUID(),
        personId: randomUUID(),
        activityId: randomUUID(),
        organiser: organiser ?? { kind: 'ORGANIZATION', organizationId },
        minutes,
        hours: minutes / 60,
        servedOn,
      });
    const HOURS = `query ($id: ID!, $period: PeriodInput) { organization(id: $id) { volunteerHours(period: $period) { minutes hours attendances } } }`;

    it('counts approved hours of the organization’s activities once, even when an event is delivered twice, and not a team’s', async () => {
      const org = await registerOrganization(fed, worker);
      const consumer = fed.service('organizations').consumers.find((c) => c.definition.name === 'organizations-volunteer-hours')!;
      const first = approved(org, 90, daysAgo(3));
      await publish(fed, first);
      await publish(fed, first, `${first.id}-again`);
      await publish(fed, approved(org, 30, daysAgo(400)));
      await publish(fed, approved(org, 600, daysAgo(3), { kind: 'TEAM', teamId: randomUUID() }));
      await eventually(async () =>
        expect((await fed.ok(worker, HOURS, { id: org })).organization.volunteerHours).toEqual({ minutes: 120, hours: 2, attendances: 2 }),
      );
      await eventually(() => expect(consumer.skipped).toBeGreaterThanOrEqual(1));
      const inPeriod = await fed.ok(worker, HOURS, { id: org, period: { from: daysAgo(30), to: daysAgo(0) } });
      expect(inPeriod.organization.volunteerHours).toEqual({ minutes: 90, hours: 1.5, attendances: 1 });
    });

    it('takes reversed hours off, whether the reversal arrives after or before its approval', async () => {
      const org = await registerOrganization(fed, worker);
      const kept = approved(org, 60, daysAgo(2));
      const undone = approved(org, 45, daysAgo(2));
      const early = approved(org, 15, daysAgo(2));
      const reversal = (of: typeof undone) => envelope('volunteering.hours.reversed', COMMUNITY, { ...of.data, reason: '重复登记', approvedEventId: of.id });
      await publish(fed, kept);
      await publish(fed, undone);
      await publish(fed, reversal(undone));
      await publish(fed, reversal(early));
      await publish(fed, early);
      await waitFor(fed, `SELECT 1 FROM volunteer_hours WHERE approval_event_id = $1 AND approved AND reversed`, [early.id]);
      await eventually(async () =>
        expect((await fed.ok(worker, HOURS, { id: org })).organization.volunteerHours).toEqual({ minutes: 60, hours: 1, attendances: 1 }),
      );
    });
  });

  describe('scope and roles', () => {
    it('hides organizations outside the caller’s areas from lists, lookups, memberships and changes', async () => {
      const admin = await tokenFor('STREET_ADMIN', ['440118001']);
      const elsewhere = await registerOrganization(fed, admin, { areaCode: OTHER_COMMUNITY, name: unique('荔景社区舞蹈队') });
      const person = await registerPerson(fed, admin);
      await succeed(fed, admin, ADD_MEMBER, { organizationId: elsewhere, personId: person, role: 'MEMBER', from: '2021-01-01' });
      expect((await fed.ok(worker, ORGANIZATION, { id: elsewhere })).organization).toBeNull();
      const listed = await fed.ok(worker, `{ organizations(first: 100) { totalCount edges { node { areaCode } } } }`);
      expect(listed.organizations.edges.every((e: any) => e.node.areaCode === COMMUNITY)).toBe(true);
      const street = await fed.ok(admin, `query ($area: ID) { organizations(filter: { areaCode: $area }, first: 1) { totalCount } }`, {
        area: OTHER_COMMUNITY,
      });
      expect(street.organizations.totalCount).toBeGreaterThanOrEqual(1);
      const mine = await fed.ok(worker, `query ($area: ID) { organizations(filter: { areaCode: $area }) { totalCount } }`, { area: OTHER_COMMUNITY });
      expect(mine.organizations.totalCount).toBe(0);
      await refused(CHANGE_STATUS, { organizationId: elsewhere, status: 'SUSPENDED', reason: '越权', on: daysAgo(1) }, ['ORGANIZATION_UNKNOWN']);
      const seenByWorker = await viaSubgraph(
        fed,
        { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] },
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { memberships { id } } } }`,
        {
          reps: [{ __typename: 'Person', id: person }],
        },
      );
      expect(seenByWorker.data._entities[0].memberships).toEqual([]);
    });

    it('refuses a person living outside the caller’s areas as a member or contact with PERSON_UNKNOWN, writing nothing', async () => {
      const admin = await tokenFor('STREET_ADMIN', ['440118001']);
      const outsider = await registerPerson(fed, admin, unique('荔景居民'), '440118001002001');
      const org = await registerOrganization(fed, worker);
      const staff = await tokenFor('ORG_STAFF', [COMMUNITY], { orgs: [org] });
      const join = { organizationId: org, personId: outsider, role: 'MEMBER', from: '2021-01-01' };
      for (const token of [staff, worker]) {
        const [error] = await refused(ADD_MEMBER, join, ['PERSON_UNKNOWN'], token);
        expect(error.message).not.toContain('440118001002');
      }
      const UPDATE = `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } userErrors { field code message } } }`;
      await refused(UPDATE, { organizationId: org, contactPersonId: outsider }, ['PERSON_UNKNOWN']);
      await refused(
        REGISTER,
        {
          name: unique('协会'),
          registrationKind: 'CIVIL_AFFAIRS',
          creditCode: creditCode(),
          category: 'OTHER',
          areaCode: COMMUNITY,
          foundedOn: '2020-01-01',
          contactPersonId: outsider,
        },
        ['PERSON_UNKNOWN'],
      );
      // the same person joins when the caller's areas include where they live
      await succeed(fed, admin, ADD_MEMBER, join);
    });

    it('lists a member living outside the caller’s areas with the person withheld, and the rest of the answer whole', async () => {
      const admin = await tokenFor('STREET_ADMIN', ['440118001']);
      const org = await registerOrganization(fed, worker, { name: unique('跨社区合唱团') });
      const insider = await registerPerson(fed, worker, '王芳');
      const outsider = await registerPerson(fed, admin, '陈静', '440118001002001');
      await succeed(fed, admin, ADD_MEMBER, { organizationId: org, personId: insider, role: 'CHAIR', from: '2021-01-01' });
      await succeed(fed, admin, ADD_MEMBER, { organizationId: org, personId: outsider, role: 'MEMBER', from: '2021-02-01' });
      await succeed(
        fed,
        admin,
        `mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } userErrors { field code message } } }`,
        {
          organizationId: org,
          contactPersonId: outsider,
        },
      );
      const MEMBERS = `query ($id: ID!) { organization(id: $id) { name memberCount contactPerson { id } members(first: 10) { totalCount edges { node { role person { id name memberships { id } } } } } } }`;
      const staff = await tokenFor('ORG_STAFF', [COMMUNITY], { orgs: [org] });
      for (const token of [worker, staff]) {
        const answer = await fed.query(token, MEMBERS, { id: org });
        expect(answer.errors).toBeUndefined();
        const { organization } = answer.data;
        expect(organization).toMatchObject({ memberCount: 2, contactPerson: null, members: { totalCount: 2 } });
        const byRole = Object.fromEntries(organization.members.edges.map((e: any) => [e.node.role, e.node.person]));
        expect(byRole.CHAIR).toMatchObject({ id: insider, name: '王芳' });
        expect(byRole.MEMBER).toBeNull();
        expect(JSON.stringify(answer.body)).not.toContain(outsider);
      }
      const seen = await fed.ok(admin, MEMBERS, { id: org });
      expect(seen.organization.contactPerson).toEqual({ id: outsider });
      expect(seen.organization.members.edges.map((e: any) => e.node.person?.name).sort()).toEqual(['王芳', '陈静']);
      // asked about the outsider directly, organizations gives the worker none of their memberships
      const PERSON_MEMBERSHIPS = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { memberships { id } organizationMemberships { totalCount } } } }`;
      const reps = [{ __typename: 'Person', id: outsider }];
      const toWorker = (await viaSubgraph(fed, { roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY] }, PERSON_MEMBERSHIPS, { reps })).data._entities[0];
      expect(toWorker).toEqual({ memberships: [], organizationMemberships: { totalCount: 0 } });
      const toAdmin = (await viaSubgraph(fed, { roles: ['STREET_ADMIN'], areas: ['440118001'] }, PERSON_MEMBERSHIPS, { reps })).data._entities[0];
      expect(toAdmin.memberships).toHaveLength(1);
      expect(toAdmin.organizationMemberships).toEqual({ totalCount: 1 });
    });

    it('lets an organization’s staff record its work and nobody else’s', async () => {
      const own = await registerOrganization(fed, worker);
      const other = await registerOrganization(fed, worker);
      const staff = await tokenFor('ORG_STAFF', [COMMUNITY], { orgs: [own] });
      const activity = { title: '义诊', heldOn: daysAgo(1), place: '卫生站', participants: 5, peopleServed: 60 };
      await succeed(fed, staff, RECORD_ACTIVITY, { organizationId: own, ...activity });
      const result = await fed.query(staff, RECORD_ACTIVITY, { input: { organizationId: other, ...activity } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const status = await fed.query(staff, CHANGE_STATUS, { input: { organizationId: own, status: 'SUSPENDED', reason: '自行暂停', on: daysAgo(0) } });
      expect(status.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('gives integrators area statistics and refuses them any organization’s row', async () => {
      const integrator = await tokenFor('INTEGRATOR', ['440118']);
      const rowsAsked = await fed.query(integrator, `{ organizations { totalCount } }`);
      expect(rowsAsked.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const stats = await viaSubgraph(fed, { roles: ['INTEGRATOR'], areas: ['440118'] }, AREA_STATISTICS, { reps: [{ __typename: 'Area', code: COMMUNITY }] });
      expect(stats.errors).toBeUndefined();
      expect(stats.data._entities[0].organizations.organizationCount).toBeGreaterThan(0);
      const memberships = await viaSubgraph(
        fed,
        { roles: ['INTEGRATOR'], areas: ['440118'] },
        `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { memberships { id } } } }`,
        {
          reps: [{ __typename: 'Person', id: randomUUID() }],
        },
      );
      expect(memberships.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('statistics on Area', () => {
    const STREET_2 = '440118002';
    const GUANGMING = '440118002001';
    const GUALV = '440118002002';

    it('counts organizations, distinct members and memberships, activities, projects, funds and hours of an area and everything beneath it', async () => {
      const admin = await tokenFor('STREET_ADMIN', [STREET_2]);
      const welfare = await registerOrganization(fed, admin, { areaCode: GUANGMING, partyBranch: true });
      const sports = await registerOrganization(fed, admin, { areaCode: GUANGMING, category: 'SPORTS' });
      const football = await registerOrganization(fed, admin, {
        areaCode: GUALV,
        category: 'SPORTS',
        registrationKind: 'COMMUNITY_FILING',
        creditCode: null,
        filingNumber: unique('挂备'),
      });
      const gone = await registerOrganization(fed, admin, { areaCode: GUALV, category: 'LEISURE' });
      await succeed(fed, admin, CHANGE_STATUS, { organizationId: gone, status: 'DEREGISTERED', reason: '解散', on: daysAgo(1) });
      for (const org of [welfare, welfare, sports, football]) {
        const personId = await registerPerson(fed, admin, unique('居民'), '440118002001001');
        await succeed(fed, admin, ADD_MEMBER, { organizationId: org, personId, role: 'MEMBER', from: '2021-01-01' });
      }
      // one person in two organizations: one member, two memberships
      const both = await registerPerson(fed, admin, unique('居民'), '440118002001001');
      for (const org of [welfare, sports]) await succeed(fed, admin, ADD_MEMBER, { organizationId: org, personId: both, role: 'MEMBER', from: '2021-01-01' });
      const activity = { title: '活动', place: '广场', participants: 10, peopleServed: 100 };
      await succeed(fed, admin, RECORD_ACTIVITY, { organizationId: welfare, heldOn: daysAgo(5), ...activity });
      await succeed(fed, admin, RECORD_ACTIVITY, { organizationId: football, heldOn: daysAgo(5), ...activity, peopleServed: 7 });
      await succeed(fed, admin, RECORD_ACTIVITY, { organizationId: football, heldOn: daysAgo(300), ...activity });
      const { serviceProject } = await succeed(fed, admin, CREATE_PROJECT, {
        organizationId: welfare,
        name: '邻里守望',
        funder: '民政局',
        budgetFen: 8_000_050,
        startsOn: daysAgo(60),
        endsOn: daysAgo(-60),
        targets: [{ measure: 'HOUSEHOLDS_VISITED', target: 300 }],
      });
      await succeed(fed, admin, PROJECT_STATUS, { serviceProjectId: serviceProject.id, status: 'RUNNING' });
      await succeed(fed, admin, REPORT_OUTCOME, {
        serviceProjectId: serviceProject.id,
        targetId: serviceProject.targets[0].id,
        value: 120,
        reportedOn: daysAgo(5),
      });
      const { fundraisingCampaign: campaign } = await succeed(fed, admin, START_CAMPAIGN, {
        organizationId: sports,
        name: '慈善日',
        startsOn: daysAgo(10),
        endsOn: daysAgo(0),
      });
      await succeed(fed, admin, RECORD_DONATION, { campaignId: campaign.id, amountFen: 12_345, donorKind: 'INDIVIDUAL', donatedOn: daysAgo(3) });
      await succeed(fed, admin, RECORD_DONATION, { campaignId: campaign.id, amountFen: 55, donorKind: 'ANONYMOUS', donatedOn: daysAgo(2) });
      await publish(
        fed,
        envelope('volunteering.hours.approved', GUALV, {
          attendanceId: randomUUID(),
          volunteerId: randomUUID(),
          personId: randomUUID(),
          activityId: randomUUID(),
          organiser: { kind: 'ORGANIZATION', organizationId: football },
          minutes: 150,
          hours: 2.5,
          servedOn: daysAgo(4),
        }),
      );
      await waitFor(fed, `SELECT 1 FROM volunteer_hours WHERE organization_id = $1`, [football]);

      const period = { from: daysAgo(30), to: daysAgo(0) };
      const { data } = await viaSubgraph(fed, { roles: ['INTEGRATOR'], areas: ['440118'] }, AREA_STATISTICS, {
        reps: [STREET_2, GUANGMING, GUALV].map((code) => ({ __typename: 'Area', code })),
        period,
      });
      const [street, guangming, gualv] = data._entities.map((e: any) => e.organizations);
      expect(street).toMatchObject({
        organizationCount: 4,
        organizations: 4,
        partyBranches: 1,
        members: 5,
        memberships: 6,
        activities: 2,
        participants: 20,
        peopleServed: 107,
        serviceProjects: 1,
        serviceProjectBudgetFen: 8_000_050,
        fundsRaisedFen: 12_400,
        donations: 2,
        volunteerMinutes: 150,
        volunteerHours: 2.5,
      });
      expect(street.byCategory).toEqual([
        { category: 'PUBLIC_WELFARE', organizations: 1 },
        { category: 'LEISURE', organizations: 0 },
        { category: 'CULTURE_EDUCATION', organizations: 0 },
        { category: 'SPORTS', organizations: 2 },
        { category: 'OTHER', organizations: 0 },
      ]);
      expect(street.byStatus).toEqual([
        { status: 'ACTIVE', organizations: 3 },
        { status: 'SUSPENDED', organizations: 0 },
        { status: 'DEREGISTERED', organizations: 1 },
      ]);
      expect(street.serviceProjectMeasures).toContainEqual({ measure: 'HOUSEHOLDS_VISITED', target: 300, achieved: 120 });
      expect(guangming).toMatchObject({ organizationCount: 2, members: 4, memberships: 5, activities: 1, fundsRaisedFen: 12_400, volunteerHours: 0 });
      expect(gualv).toMatchObject({ organizationCount: 2, members: 1, memberships: 1, activities: 1, peopleServed: 7, volunteerHours: 2.5 });
    });
  });

  describe('batching', () => {
    it('answers a page of organizations with their members, activities, projects and campaigns in one statement per hop', async () => {
      // three organizations share a member, so the members' memberships reach one outside the page
      const shared = await registerPerson(fed, worker);
      for (let i = 0; i < 3; i++) {
        const org = await registerOrganization(fed, worker, { name: unique('批量协会') });
        const personId = await registerPerson(fed, worker);
        await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId, role: 'CHAIR', from: '2021-01-01' });
        await succeed(fed, worker, ADD_MEMBER, { organizationId: org, personId: shared, role: 'MEMBER', from: '2021-01-01' });
        await succeed(fed, worker, RECORD_ACTIVITY, {
          organizationId: org,
          title: '活动',
          heldOn: daysAgo(2),
          place: '广场',
          participants: 2,
          peopleServed: 3,
        });
        await succeed(fed, worker, START_CAMPAIGN, { organizationId: org, name: '募捐', startsOn: daysAgo(3), endsOn: daysAgo(0) });
      }
      const query = `{ organizations(filter: { name: "批量协会" }, first: 2) { totalCount edges { node {
        memberCount statusHistory { to } area { organizations { organizations } }
        members(first: 3) { edges { node { person { id name memberships { organization { name } } } } } }
        activities(first: 3) { edges { node { organization { id } series { id } } } }
        serviceProjects(first: 2) { totalCount }
        fundraisingCampaigns(first: 2) { edges { node { raisedFen donations(first: 2) { totalCount } } } }
        volunteerHours { minutes }
      } } } }`;
      const { statements, result } = await fed.service('organizations').deps.queries.record(() => fed.ok(worker, query));
      const counted = names(requestStatements(statements)).sort();
      expect(result.organizations.totalCount).toBe(3);
      expect(result.organizations.edges[0].node.members.edges).toHaveLength(2);
      expect(counted).toEqual(
        [
          'organizationsCount',
          'organizationsList',
          'memberCountsByOrganizations',
          'statusHistoryByOrganizations',
          'organizationStatisticsByAreas',
          'membershipPagesByOrganizations',
          'membershipsByPersons',
          'readModelByIds:known_persons',
          'organizationsByIds',
          'activityPagesByOrganizations',
          'projectPagesByOrganizations',
          'campaignPagesByOrganizations',
          'donationTotalsByCampaigns',
          'donationPagesByCampaigns',
          'volunteerHoursByOrganizations',
        ].sort(),
      );
    });

    it('resolves many Area references for statistics in one statement', async () => {
      const { statements } = await fed.service('organizations').deps.queries.record(() =>
        viaSubgraph(fed, { roles: ['INTEGRATOR'], areas: ['440118'] }, AREA_STATISTICS, {
          reps: ['440118', '440118001', COMMUNITY, OTHER_COMMUNITY, '440118002'].map((code) => ({ __typename: 'Area', code })),
        }),
      );
      expect(names(requestStatements(statements))).toEqual(['organizationStatisticsByAreas']);
    });
  });
});
