import { randomUUID } from 'node:crypto';
import { PiiCipher } from '@linli/auth';
import { DEV_BLIND_INDEX_KEY, DEV_PII_KEYS } from '@linli/config';
import { rows } from '@linli/db';
import { addDays, makeIdNumber, today } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '../src';
import { rotatePiiKeys } from '../src';
import { CARE_CONFLICTS, CareService } from '../src/domain/care-service';
import { PERSON_CONFLICTS } from '../src/domain/person-service';
import { sealPermitNumbers } from '../src/domain/key-rotation';
import {
  announceHouse,
  COMMUNITY,
  daysAgo,
  GRID,
  idCard,
  OTHER_COMMUNITY,
  OTHER_GRID,
  permitNumber,
  phoneNumber,
  REGISTER_PERSON,
  REGISTER_RESIDENCE,
  snapshot,
  subgraphAnswer,
} from './builders';

const PERSON = `query ($id: ID!) { person(id: $id) { id documentNumber birthDate birthYear age areaCode residencePermit { number } } }`;
const PERSONS = `query ($filter: PersonFilter) { persons(filter: $filter) { totalCount edges { node { id } } } }`;
const TRANSFER = `mutation ($input: TransferPersonInput!) { transferPerson(input: $input) { person { id areaCode } residence { id from } userErrors { field code message } } }`;
const ISSUE = `mutation ($input: IssueResidencePermitInput!) { issueResidencePermit(input: $input) { residencePermit { id number } userErrors { field code message } } }`;
const REVEAL = `mutation ($input: RevealPersonalDataInput!) { revealPersonalData(input: $input) { value auditRecord { field personId reason } userErrors { field code message } } }`;
const AUDIT = `query ($personId: ID) { auditRecords(personId: $personId) { totalCount edges { node { personId field } } } }`;
const TAG = `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`;
const OVERDUE = `query ($area: ID!) { overdueVisits(areaCode: $area, first: 100) { totalCount edges { node { person { id } rule } } } }`;
const EXPIRING = `query ($area: ID!) { expiringResidencePermits(areaCode: $area, withinDays: 366, first: 100) { totalCount edges { node { number person { id } } } } }`;
const OWN = `query ($id: ID!) { person(id: $id) { id residencePermit { number } pointsAccount { total entries { totalCount } } residences { id } } }`;
const MASKED = `query ($id: ID!) { person(id: $id) { id documentNumber birthDate birthYear age } }`;

const AREA = `query ($code: ID!) { _entities(representations: [{ __typename: "Area", code: $code }]) { ... on Area { population { residents } } } }`;

/** Words of the database's own language that must never reach a caller. */
const INTERNALS = /persons_|residences_|residence_permits|constraint|violates|duplicate key|SELECT|relation/i;

describe('personal data and who may learn what', () => {
  let fed: TestFederation;
  let worker: string;
  let otherWorker: string;
  let gridWorker: string;
  /** Every plain ID number, phone and permit number these tests write, for the dump at the end. */
  const secrets: string[] = [];

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY], { sub: 'worker-fx', name: '李社工' });
    otherWorker = await tokenFor('COMMUNITY_WORKER', [OTHER_COMMUNITY], { sub: 'worker-other', name: '王社工' });
    gridWorker = await tokenFor('GRID_WORKER', [GRID], { sub: 'grid-1', name: '陈网格' });
  });
  afterAll(() => fed.stop());

  async function register(token: string, input: Record<string, unknown> = {}) {
    const card = idCard('FEMALE', '1987-11-23');
    const phone = phoneNumber();
    secrets.push(card.documentNumber, phone);
    const data = await fed.ok(token, REGISTER_PERSON, { input: { name: '周秀英', ...card, phone, householdType: 'MIGRANT', areaCode: GRID, ...input } });
    expect(data.registerPerson.userErrors).toEqual([]);
    return { id: data.registerPerson.person.id as string, card, phone };
  }

  async function moveIn(token: string, personId: string, grid = GRID, from = daysAgo(200)) {
    const houseId = await announceHouse(fed, grid);
    const data = await fed.ok(token, REGISTER_RESIDENCE, { input: { personId, houseId, from, reason: 'RENT' } });
    expect(data.registerResidence.userErrors).toEqual([]);
    return houseId;
  }

  describe('registering a number registered already', () => {
    it('tells a caller in whose areas the person lives only that they are registered there: no id', async () => {
      const { id, card } = await register(worker);
      const before = await snapshot(fed);
      const data = await fed.ok(worker, REGISTER_PERSON, { input: { name: '周秀英', ...card, householdType: 'MIGRANT', areaCode: GRID } });
      expect(data.registerPerson).toEqual({ person: null, userErrors: [{ field: ['input', 'documentNumber'], code: 'PERSON_ALREADY_REGISTERED', message: expect.any(String) }] });
      expect(JSON.stringify(data)).not.toContain(id);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('tells a caller out of scope neither who nor where, exactly as for any number they cannot register', async () => {
      const { id, card } = await register(worker);
      const before = await snapshot(fed);
      const data = await fed.ok(otherWorker, REGISTER_PERSON, { input: { name: '周秀英', ...card, householdType: 'MIGRANT', areaCode: OTHER_GRID } });
      expect(data.registerPerson.userErrors).toEqual([{ field: ['input', 'documentNumber'], code: 'DOCUMENT_NOT_ACCEPTED', message: expect.any(String) }]);
      const text = JSON.stringify(data);
      expect(text).not.toContain(id);
      expect(text).not.toContain(GRID);
      expect(text).not.toContain(COMMUNITY);
      expect(await snapshot(fed)).toEqual(before);
    });

    it.each(['OTHER', 'PASSPORT'])('treats an ID number filed as %s as the same person, spaces and case aside', async (documentType) => {
      const { card } = await register(worker);
      const spaced = `${card.documentNumber.slice(0, 6)} ${card.documentNumber.slice(6, 14)} ${card.documentNumber.slice(14).toLowerCase()}`;
      for (const [token, area, code] of [
        [worker, GRID, 'PERSON_ALREADY_REGISTERED'],
        [otherWorker, OTHER_GRID, 'DOCUMENT_NOT_ACCEPTED'],
      ]) {
        const data = await fed.ok(token, REGISTER_PERSON, {
          input: { name: '周秀英', documentType, documentNumber: documentType === 'OTHER' ? card.documentNumber : spaced, sex: 'FEMALE', birthDate: '1987-11-23', householdType: 'MIGRANT', areaCode: area },
        });
        expect(data.registerPerson.userErrors.map((e: { code: string }) => e.code)).toEqual([code]);
      }
    });

    it('answers 20 parallel registrations of one number with one person and the rule’s code for the others', async () => {
      const card = idCard('MALE', '1979-05-04');
      secrets.push(card.documentNumber);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => fed.query(i % 2 ? worker : otherWorker, REGISTER_PERSON, { input: { name: '并发', ...card, householdType: 'LOCAL', areaCode: i % 2 ? GRID : OTHER_GRID } })),
      );
      expect(answers.every((a) => a.status === 200 && !a.errors)).toBe(true);
      expect(answers.filter((a) => a.data.registerPerson.person)).toHaveLength(1);
      const codes = answers.flatMap((a) => a.data.registerPerson.userErrors.map((e: { code: string }) => e.code));
      expect(codes).toHaveLength(19);
      expect(codes.every((code) => ['PERSON_ALREADY_REGISTERED', 'DOCUMENT_NOT_ACCEPTED'].includes(code))).toBe(true);
      expect(JSON.stringify(answers.map((a) => a.body))).not.toMatch(INTERNALS);
    });
  });

  describe('moving between communities', () => {
    it('lets a worker of the new community transfer a person by ID card and name: the record follows, the old community loses it', async () => {
      const { id, card } = await register(worker);
      await moveIn(worker, id);
      const newHouse = await announceHouse(fed, OTHER_GRID);
      const before = await snapshot(fed);
      const data = await fed.ok(otherWorker, TRANSFER, { input: { documentNumber: card.documentNumber, name: '周秀英', houseId: newHouse, from: daysAgo(3), reason: 'RENT' } });
      expect(data.transferPerson).toMatchObject({ person: { id, areaCode: OTHER_GRID }, residence: { from: daysAgo(3) }, userErrors: [] });
      expect(await snapshot(fed)).not.toEqual(before);
      expect((await fed.ok(otherWorker, PERSON, { id })).person).toMatchObject({ id, areaCode: OTHER_GRID });
      expect((await fed.ok(worker, PERSON, { id })).person).toBeNull();
      const ended = await rows<{ to: string }>(fed.service('population').deps.dataSource, `SELECT to_char(to_date, 'YYYY-MM-DD') AS "to" FROM residences WHERE person_id = $1 AND to_date IS NOT NULL`, [id]);
      expect(ended).toEqual([{ to: daysAgo(3) }]);
    });

    it('answers an unknown number and a wrong name alike, writing nothing', async () => {
      const { card } = await register(worker);
      const house = await announceHouse(fed, OTHER_GRID);
      const before = await snapshot(fed);
      const unknown = makeIdNumber('440118', '1960-01-01', 777, 'MALE');
      const answers = [];
      for (const [documentNumber, name] of [
        [card.documentNumber, '别人'],
        [unknown, '周秀英'],
      ])
        answers.push((await fed.ok(otherWorker, TRANSFER, { input: { documentNumber, name, houseId: house, from: daysAgo(1), reason: 'RENT' } })).transferPerson);
      expect(answers[0]).toEqual({ person: null, residence: null, userErrors: [{ field: ['input', 'documentNumber'], code: 'TRANSFER_NOT_MATCHED', message: expect.any(String) }] });
      expect(answers[1]).toEqual(answers[0]);
      expect(await snapshot(fed)).toEqual(before);
    });

    it('forbids a grid worker to transfer, and refuses a house outside the caller’s areas', async () => {
      const { card } = await register(worker);
      const house = await announceHouse(fed, GRID);
      const forbidden = await fed.query(gridWorker, TRANSFER, { input: { documentNumber: card.documentNumber, name: '周秀英', houseId: house, from: daysAgo(1), reason: 'RENT' } });
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const outside = await fed.ok(otherWorker, TRANSFER, { input: { documentNumber: card.documentNumber, name: '周秀英', houseId: house, from: daysAgo(1), reason: 'RENT' } });
      expect(outside.transferPerson.userErrors.map((e: { code: string }) => e.code)).toEqual(['HOUSE_UNKNOWN']);
    });

    it('leaves the id of a person who moved away out of the audit their old area keeps', async () => {
      const { id, card } = await register(worker);
      await moveIn(worker, id);
      const communityAdmin = await tokenFor('DISTRICT_ADMIN', [COMMUNITY], { sub: 'admin-fx' });
      expect((await fed.ok(communityAdmin, REVEAL, { input: { personId: id, field: 'PHONE', reason: '上门核实联系方式' } })).revealPersonalData.userErrors).toEqual([]);
      expect((await fed.ok(communityAdmin, AUDIT, {})).auditRecords.edges.map((e: any) => e.node.personId)).toContain(id);
      const house = await announceHouse(fed, OTHER_GRID);
      await fed.ok(otherWorker, TRANSFER, { input: { documentNumber: card.documentNumber, name: '周秀英', houseId: house, from: daysAgo(1), reason: 'RENT' } });
      const audit = (await fed.ok(communityAdmin, AUDIT, {})).auditRecords.edges.map((e: any) => e.node.personId);
      expect(audit).not.toContain(id);
      expect(audit).toContain(null);
    });
  });

  describe('masking that cannot be undone', () => {
    it('gives roles that may not reveal the birth year and age, never the full birth date beside the masked number', async () => {
      const { id, card } = await register(worker);
      for (const token of [gridWorker, await tokenFor('MEDIATOR', [COMMUNITY]), await tokenFor('ORG_STAFF', [COMMUNITY])]) {
        const { person } = await fed.ok(token, MASKED, { id });
        expect(person).toMatchObject({ birthDate: null, birthYear: 1987, documentNumber: `${card.documentNumber.slice(0, 6)}********${card.documentNumber.slice(-4)}` });
        expect(JSON.stringify(person)).not.toMatch(/19871123|1987-11-23/);
      }
      expect((await fed.ok(worker, PERSON, { id })).person.birthDate).toBe('1987-11-23');
    });

    it('shows a passport number by its first 2 and last 2 characters only', async () => {
      const number = `E${String(Date.now()).slice(-8)}`;
      secrets.push(number);
      const data = await fed.ok(worker, REGISTER_PERSON, {
        input: { name: 'Anna Schmidt', documentType: 'PASSPORT', documentNumber: number, sex: 'FEMALE', birthDate: '1990-02-02', householdType: 'MIGRANT', areaCode: GRID },
      });
      expect(data.registerPerson.userErrors).toEqual([]);
      expect(data.registerPerson.person.documentNumber).toBe(`${number.slice(0, 2)}*****${number.slice(-2)}`);
    });
  });

  describe('key-group members', () => {
    it('are not told apart for mediators and organization staff: no memberships, no visit rule, no worklists, no key-group search', async () => {
      const { id } = await register(worker, { householdType: 'LOCAL' });
      await moveIn(worker, id);
      await fed.ok(worker, TAG, { input: { personId: id, kind: 'COMMUNITY_CORRECTION', from: daysAgo(30) } });
      const CARE = `query ($id: ID!) { person(id: $id) { id keyGroups { kind } visitRule nextVisitDue currentResidence { from } } }`;
      expect((await fed.ok(gridWorker, CARE, { id })).person).toMatchObject({ keyGroups: [{ kind: 'COMMUNITY_CORRECTION' }], visitRule: 'KEY_GROUP' });
      for (const role of ['MEDIATOR', 'ORG_STAFF'] as const) {
        const token = await tokenFor(role, [COMMUNITY]);
        // the role table (person.care.read) refuses the three fields; the person and their residence still arrive
        const answer = await fed.query(token, CARE, { id });
        expect(answer.data.person).toEqual({ id, keyGroups: null, visitRule: null, nextVisitDue: null, currentResidence: { from: daysAgo(200) } });
        expect(answer.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]).sort()).toEqual([
          ['person.keyGroups', 'FORBIDDEN'],
          ['person.nextVisitDue', 'FORBIDDEN'],
          ['person.visitRule', 'FORBIDDEN'],
        ]);
        for (const [query, variables] of [
          [OVERDUE, { area: COMMUNITY }],
          [EXPIRING, { area: COMMUNITY }],
          [PERSONS, { filter: { keyGroup: 'COMMUNITY_CORRECTION' } }],
        ] as const) {
          const answer = await fed.query(token, query, variables);
          expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        }
      }
    });
  });

  describe('residence permit numbers', () => {
    it('seals a number written in plain before numbers were sealed, and rotates it with the keys', async () => {
      const { id } = await register(worker);
      await moveIn(worker, id);
      const number = permitNumber();
      secrets.push(number);
      const db = fed.service('population').deps.dataSource;
      await rows(db, `INSERT INTO residence_permits (id, person_id, number, issued_on, expires_on) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), id, number, daysAgo(10), addDays(today(), 30)]);
      expect(await sealPermitNumbers(db, fed.service('population').deps.pii)).toBe(1);
      expect((await fed.ok(worker, PERSON, { id })).person.residencePermit.number).toBe(`GZ${'*'.repeat(number.length - 6)}${number.slice(-4)}`);
      const rotated = new PiiCipher({ keys: `${DEV_PII_KEYS},k9:${Buffer.alloc(32, 9).toString('base64')}`, activeKeyId: 'k9', blindIndexKey: DEV_BLIND_INDEX_KEY });
      await rotatePiiKeys(db, rotated);
      const [sealed] = await rows<{ enc: string }>(db, `SELECT number_enc AS enc FROM residence_permits WHERE person_id = $1`, [id]);
      expect(sealed.enc.startsWith('k9:')).toBe(true);
      expect(rotated.decrypt(sealed.enc)).toBe(number);
      // back under the service's own key, for the tests after this one
      await rotatePiiKeys(db, new PiiCipher({ keys: `${DEV_PII_KEYS},k9:${Buffer.alloc(32, 9).toString('base64')}`, activeKeyId: 'k1', blindIndexKey: DEV_BLIND_INDEX_KEY }));
    });

    it('stores the number sealed, shows it masked, refuses it twice, and reveals it with an audit record', async () => {
      const { id } = await register(worker);
      await moveIn(worker, id);
      const number = permitNumber();
      secrets.push(number);
      const issued = await fed.ok(worker, ISSUE, { input: { personId: id, number: ` ${number.toLowerCase()} `, issuedOn: daysAgo(10), expiresOn: addDays(today(), 300) } });
      expect(issued.issueResidencePermit.userErrors).toEqual([]);
      expect(issued.issueResidencePermit.residencePermit.number).toBe(`GZ${'*'.repeat(number.length - 6)}${number.slice(-4)}`);

      const { id: other } = await register(worker);
      await moveIn(worker, other);
      const again = await fed.ok(worker, ISSUE, { input: { personId: other, number, issuedOn: daysAgo(10), expiresOn: addDays(today(), 300) } });
      expect(again.issueResidencePermit.userErrors.map((e: { code: string }) => e.code)).toEqual(['PERMIT_NUMBER_TAKEN']);

      const revealed = await fed.ok(worker, REVEAL, { input: { personId: id, field: 'PERMIT_NUMBER', reason: '办理积分入户' } });
      expect(revealed.revealPersonalData).toMatchObject({ value: number, auditRecord: { field: 'PERMIT_NUMBER', personId: id }, userErrors: [] });
      const none = await fed.ok(worker, REVEAL, { input: { personId: other, field: 'PERMIT_NUMBER', reason: '办理积分入户' } });
      expect(none.revealPersonalData.userErrors.map((e: { code: string }) => e.code)).toEqual(['FIELD_EMPTY']);
    });

    it('answers 20 parallel issues of one number with one permit and PERMIT_NUMBER_TAKEN for the others', async () => {
      const people = [];
      for (let i = 0; i < 20; i++) {
        const { id } = await register(worker);
        await moveIn(worker, id);
        people.push(id);
      }
      const number = permitNumber();
      secrets.push(number);
      const answers = await Promise.all(people.map((personId) => fed.query(worker, ISSUE, { input: { personId, number, issuedOn: daysAgo(10), expiresOn: addDays(today(), 300) } })));
      expect(answers.filter((a) => a.data?.issueResidencePermit.residencePermit)).toHaveLength(1);
      expect(answers.flatMap((a) => a.data.issueResidencePermit.userErrors.map((e: { code: string }) => e.code))).toEqual(Array(19).fill('PERMIT_NUMBER_TAKEN'));
      expect(JSON.stringify(answers.map((a) => a.body))).not.toMatch(INTERNALS);
    });
  });

  describe('reveal reasons', () => {
    it.each([
      ['zero-width spaces', '\u200B\u200B\u200B\u200B\u200B'],
      ['blanks and a letter', '   a   '],
      ['control and format characters around two letters', '\u0007ab\u200D\u2060\uFEFF'],
      ['three visible characters', '查 一 下'],
    ])('refuses a reason of %s, writing no audit record and giving no value', async (_, reason) => {
      const { id } = await register(worker);
      const before = await snapshot(fed);
      const data = await fed.ok(worker, REVEAL, { input: { personId: id, field: 'ID_NUMBER', reason } });
      expect(data.revealPersonalData).toEqual({ value: null, auditRecord: null, userErrors: [{ field: ['input', 'reason'], code: 'REASON_REQUIRED', message: expect.any(String) }] });
      expect(await snapshot(fed)).toEqual(before);
    });

    it('accepts four visible characters', async () => {
      const { id, card } = await register(worker);
      const data = await fed.ok(worker, REVEAL, { input: { personId: id, field: 'ID_NUMBER', reason: '核实身份' } });
      expect(data.revealPersonalData).toMatchObject({ value: card.documentNumber, userErrors: [] });
    });
  });

  describe('a volunteer', () => {
    it('reads only their own record on every path: persons, permits, points; no worklists, key groups or figures', async () => {
      const own = await register(worker);
      const neighbour = await register(worker);
      for (const person of [own, neighbour]) {
        await moveIn(worker, person.id, GRID, daysAgo(400));
        await fed.ok(worker, ISSUE, { input: { personId: person.id, number: permitNumber(), issuedOn: daysAgo(10), expiresOn: addDays(today(), 100) } });
        await fed.ok(worker, TAG, { input: { personId: person.id, kind: 'LOW_INCOME', from: daysAgo(30) } });
      }
      const volunteer = await tokenFor('VOLUNTEER', [COMMUNITY], { sub: 'volunteer-fx', personId: own.id });
      expect((await fed.ok(volunteer, PERSONS, {})).persons).toEqual({ totalCount: 1, edges: [{ node: { id: own.id } }] });
      expect((await fed.ok(volunteer, PERSON, { id: neighbour.id })).person).toBeNull();
      const mine = (await fed.ok(volunteer, OWN, { id: own.id })).person;
      expect(mine.residencePermit.number).toMatch(/^GZ\*+\d{4}$/);
      expect(mine.residences).toHaveLength(1);
      // key groups and the worklists are care work (person.care.read): not a volunteer's, even about themselves
      const care = await fed.query(volunteer, `query ($id: ID!) { person(id: $id) { id keyGroups { kind } homeVisits { totalCount } } }`, { id: own.id });
      expect(care.data.person).toEqual({ id: own.id, keyGroups: null, homeVisits: null });
      expect(care.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      for (const [query, variables] of [
        [EXPIRING, { area: COMMUNITY }],
        [OVERDUE, { area: COMMUNITY }],
      ] as const)
        expect((await fed.query(volunteer, query, variables)).errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const staffView = (await fed.ok(worker, OVERDUE, { area: COMMUNITY })).overdueVisits;
      expect(staffView.edges.map((e: any) => e.node.person.id)).toEqual(expect.arrayContaining([own.id, neighbour.id]));

      const figures = await subgraphAnswer(fed, { roles: ['VOLUNTEER'], areas: [COMMUNITY], personId: own.id }, AREA, { code: COMMUNITY });
      expect(figures.data._entities).toEqual([{ population: null }]);
      expect(figures.errors.map((e: any) => [e.path, e.extensions.code])).toEqual([[['_entities', 0, 'population'], 'FORBIDDEN']]);
      const withoutClaim = await tokenFor('VOLUNTEER', [COMMUNITY], { sub: 'volunteer-without-person' });
      expect((await fed.ok(withoutClaim, PERSONS, {})).persons.totalCount).toBe(0);
      expect((await fed.ok(withoutClaim, PERSON, { id: own.id })).person).toBeNull();
    });
  });

  describe('residence registration under a race', () => {
    it('answers 20 parallel identical registrations through the gateway with one residence and the rule’s code for the others', async () => {
      const { id } = await register(worker);
      const houseId = await announceHouse(fed, GRID);
      const answers = await Promise.all(Array.from({ length: 20 }, () => fed.query(worker, REGISTER_RESIDENCE, { input: { personId: id, houseId, from: daysAgo(5), reason: 'RENT' } })));
      expect(answers.every((a) => a.status === 200 && !a.errors)).toBe(true);
      expect(answers.filter((a) => a.data.registerResidence.residence)).toHaveLength(1);
      const codes = answers.flatMap((a) => a.data.registerResidence.userErrors.map((e: { code: string }) => e.code));
      expect(codes).toHaveLength(19);
      expect(codes.every((code) => code === 'ALREADY_RESIDING' || code === 'RESIDENCE_CHANGED_MEANWHILE')).toBe(true);
      expect(JSON.stringify(answers.map((a) => a.body))).not.toMatch(INTERNALS);
      const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, `SELECT count(*)::int AS n FROM residences WHERE person_id = $1`, [id]);
      expect(n).toBe(1);
    });
  });

  describe('a change of the visit rule', () => {
    it('moves every person’s next visit in batches of short transactions', async () => {
      const service = fed.service('population');
      const people = [];
      for (let i = 0; i < 5; i++) {
        const { id } = await register(worker, { householdType: 'LOCAL' });
        await moveIn(worker, id, GRID, daysAgo(50));
        people.push(id);
      }
      const viewer = { id: 'admin', name: 'admin', roles: ['DISTRICT_ADMIN' as const], areas: ['440118'], orgs: [], requestId: randomUUID() };
      const care = new CareService(service.deps.dataSource, service.deps.outbox, new PiiCipher({ keys: DEV_PII_KEYS, blindIndexKey: DEV_BLIND_INDEX_KEY }), viewer, { VISIT_RULE_BATCH_SIZE: 2 });
      const { statements } = await service.deps.queries.record(() => care.setVisitRule({ category: 'OTHER', intervalDays: 90 }));
      const batches = statements.filter((s) => s.includes('personsNextBatch'));
      const [{ n }] = await rows<{ n: number }>(service.deps.dataSource, `SELECT count(*)::int AS n FROM persons`);
      expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(n / 2));
      const due = await rows<{ due: string }>(service.deps.dataSource, `SELECT to_char(next_visit_due, 'YYYY-MM-DD') AS due FROM persons WHERE id = ANY($1::uuid[])`, [people]);
      expect(due.map((d) => d.due)).toEqual(Array(5).fill(addDays(daysAgo(50), 90)));
    });
  });

  describe('figures that cannot fail', () => {
    it('answers every statistic at grid, community, street and district after the largest accepted intervals', async () => {
      const admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
      for (const category of ['MIGRANT', 'KEY_GROUP', 'OTHER'])
        expect((await fed.ok(admin, `mutation ($input: SetVisitRuleInput!) { setVisitRule(input: $input) { visitRule { intervalDays } userErrors { code } } }`, { input: { category, intervalDays: 366 } })).setVisitRule).toEqual({ visitRule: { intervalDays: 366 }, userErrors: [] });
      const tooLong = await fed.ok(admin, `mutation { setVisitRule(input: { category: OTHER, intervalDays: 367 }) { userErrors { field code } } }`);
      expect(tooLong.setVisitRule.userErrors).toEqual([{ field: ['input', 'intervalDays'], code: 'OUT_OF_RANGE' }]);
      const ALL = `query ($code: ID!) { _entities(representations: [{ __typename: "Area", code: $code }]) { ... on Area { population(period: { from: "1900-01-01", to: "2100-12-31" }) {
        residents migrants locals keyGroupMembers { value suppressed } keyGroups { kind count { value suppressed } } visitsDone visitsOverdue permitsValid permitsExpiring newRegistrations departures } } } }`;
      for (const roles of [['DISTRICT_ADMIN'], ['INTEGRATOR']] as const)
        for (const code of [GRID, COMMUNITY, '440118001', '440118']) {
          const answer = await subgraphAnswer(fed, { roles: [...roles], areas: ['440118'] }, ALL, { code });
          expect(answer.errors).toBeUndefined();
          expect(answer.data._entities[0].population.residents).toEqual(expect.any(Number));
        }
    });
  });

  it('names in its conflicts only constraints and indexes the database has', async () => {
    const db = fed.service('population').deps.dataSource;
    const names = new Set(
      (await rows<{ name: string }>(db, `SELECT conname AS name FROM pg_constraint UNION SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`)).map((r) => r.name),
    );
    const named = [...Object.keys(PERSON_CONFLICTS), ...Object.keys(CARE_CONFLICTS)];
    expect(named.filter((name) => !names.has(name))).toEqual([]);
    // every unique index behind a rule of a mutation is named
    for (const index of ['persons_one_per_document_number', 'residences_one_current', 'residence_permits_one_per_number', 'key_group_tags_one_current']) expect(named).toContain(index);
  });

  // last: after every write of this suite
  it('leaves no plain ID number, phone or permit number in any text or json column of any table', async () => {
    const db = fed.service('population').deps.dataSource;
    const columns = await rows<{ table: string; column: string }>(
      db,
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    expect(secrets.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const { table, column } of columns) {
      const [{ n }] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE ANY ($1::text[])`, [secrets.map((s) => `%${s}%`)]);
      if (n > 0) found.push(`${table}.${column}: ${n}`);
    }
    expect(found).toEqual([]);
  });
});
