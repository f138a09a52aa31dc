import request from 'supertest';
import { PiiCipher, signInternalToken, type Viewer } from '@linli/auth';
import { DEV_BLIND_INDEX_KEY, DEV_INTERNAL_SECRET, DEV_PII_KEYS } from '@linli/config';
import { rows } from '@linli/db';
import { checkCharacter } from '@linli/domain';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population, rotatePiiKeys } from '../src';
import { COMMUNITY, GRID, idCard, OTHER_COMMUNITY, OTHER_GRID, phoneNumber, REGISTER_PERSON, registerPerson, resident, snapshot } from './builders';

const PERSON = `query ($id: ID!) { person(id: $id) { id name documentNumber phone origin occupation partyMember householdType } }`;
const PERSONS = `query ($filter: PersonFilter, $first: Int, $after: String) { persons(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const UPDATE = `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id name phone origin occupation partyMember householdType visitRule } userErrors { field code message } } }`;
const REVEAL = `mutation ($input: RevealPersonalDataInput!) { revealPersonalData(input: $input) { value auditRecord { viewerId role personId field reason requestId revealedAt } userErrors { field code message } } }`;
const AUDIT = `query ($personId: ID) { auditRecords(personId: $personId) { totalCount edges { node { personId field reason viewerId } } } }`;

describe('persons', () => {
  let fed: TestFederation;
  let admin: string;
  let worker: string;
  /** Every plain ID number and phone registered by these tests, for the scan at the end. */
  const secrets: string[] = [];

  beforeAll(async () => {
    fed = await TestFederation.start([population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY], { sub: 'worker-1', name: '李社工' });
  });
  afterAll(() => fed.stop());

  async function register(overrides: Record<string, unknown> = {}) {
    const card = idCard();
    const phone = phoneNumber();
    secrets.push(card.documentNumber, phone);
    const data = await fed.ok(worker, REGISTER_PERSON, { input: { name: '陈美玲', ...card, phone, householdType: 'MIGRANT', areaCode: GRID, ...overrides } });
    return { ...data.registerPerson, card, phone };
  }

  it('registers a person with origin, occupation and party membership, showing document and phone masked', async () => {
    const { person, userErrors, card, phone } = await register({ origin: '湖南省', occupation: '快递员', partyMember: true });
    expect(userErrors).toEqual([]);
    expect(person).toMatchObject({ name: '陈美玲', origin: '湖南省', occupation: '快递员', partyMember: true, areaCode: GRID });
    expect(person.documentNumber).toBe(`${card.documentNumber.slice(0, 6)}********${card.documentNumber.slice(-4)}`);
    expect(person.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  });

  it.each([
    ['a malformed ID number', () => ({ documentNumber: '44011819900315' }), 'ID_NUMBER_INVALID', 'documentNumber'],
    ['a wrong check digit', () => ({ documentNumber: wrongCheckDigit(idCard().documentNumber) }), 'ID_NUMBER_CHECK_DIGIT', 'documentNumber'],
    ['a birth date the ID number contradicts', () => ({ ...idCard(), birthDate: '1991-03-15' }), 'BIRTH_DATE_MISMATCH', 'birthDate'],
    ['a sex the ID number contradicts', () => ({ ...idCard('MALE'), sex: 'FEMALE' }), 'SEX_MISMATCH', 'sex'],
    ['a phone that is not a mobile number', () => ({ ...idCard(), phone: '12345' }), 'PHONE_INVALID', 'phone'],
    ['an area outside the caller’s', () => ({ ...idCard(), areaCode: OTHER_GRID }), 'AREA_OUT_OF_SCOPE', 'areaCode'],
  ])('refuses %s and writes nothing', async (_, change, code, field) => {
    const before = await snapshot(fed);
    const data = await fed.ok(worker, REGISTER_PERSON, { input: { name: '王五', ...idCard(), householdType: 'LOCAL', areaCode: GRID, ...change() } });
    expect(data.registerPerson.person).toBeNull();
    expect(data.registerPerson.userErrors).toEqual([{ field: ['input', field], code, message: expect.any(String) }]);
    expect(await snapshot(fed)).toEqual(before);
  });

  it('refuses a document registered already in the caller’s areas without naming the person, and writes nothing', async () => {
    const first = await register();
    const before = await snapshot(fed);
    const data = await fed.ok(worker, REGISTER_PERSON, { input: { name: '重复', ...first.card, householdType: 'MIGRANT', areaCode: GRID } });
    expect(data.registerPerson.userErrors).toEqual([{ field: ['input', 'documentNumber'], code: 'PERSON_ALREADY_REGISTERED', message: expect.any(String) }]);
    expect(data.registerPerson.userErrors[0].message).not.toContain(first.person.id);
    expect(await snapshot(fed)).toEqual(before);
  });

  it('updates only the details given, re-indexes a new phone and publishes population.person.updated', async () => {
    const { person, phone } = await register({ origin: '四川省', occupation: '厨师' });
    const newPhone = phoneNumber();
    secrets.push(newPhone);
    const data = await fed.ok(worker, UPDATE, { input: { personId: person.id, phone: newPhone, occupation: null, householdType: 'LOCAL' } });
    expect(data.updatePerson.userErrors).toEqual([]);
    expect(data.updatePerson.person).toMatchObject({ name: '陈美玲', origin: '四川省', occupation: null, householdType: 'LOCAL', phone: `${newPhone.slice(0, 3)}****${newPhone.slice(-4)}` });
    expect((await fed.ok(worker, PERSONS, { filter: { phone: newPhone } })).persons.edges.map((e: any) => e.node.id)).toEqual([person.id]);
    expect((await fed.ok(worker, PERSONS, { filter: { phone } })).persons.totalCount).toBe(0);
    const events = await rows<{ data: any }>(fed.service('population').deps.dataSource, `SELECT envelope->'data' AS data FROM outbox WHERE type = 'population.person.updated'`);
    expect(events.map((e) => e.data)).toContainEqual({ personId: person.id, householdType: 'LOCAL', areaCode: GRID });
  });

  it('refuses an update of a person outside the caller’s areas, writing nothing', async () => {
    const outsider = await registerPerson(fed, admin, { areaCode: OTHER_GRID });
    const before = await snapshot(fed);
    const data = await fed.ok(worker, UPDATE, { input: { personId: outsider, name: '改名' } });
    expect(data.updatePerson.userErrors.map((e: any) => e.code)).toEqual(['PERSON_UNKNOWN']);
    expect(await snapshot(fed)).toEqual(before);
  });

  it('finds persons by phone, key group, age range and household type, together', async () => {
    const tag = `筛选${Date.now()}`;
    const old = await register({ name: `${tag}老`, ...idCard('FEMALE', '1950-01-20') });
    const young = await register({ name: `${tag}少`, ...idCard('MALE', '2000-07-01') });
    await register({ name: `${tag}本地`, ...idCard('MALE', '1952-05-05'), householdType: 'LOCAL' });
    await fed.ok(worker, `mutation ($input: TagKeyGroupInput!) { tagKeyGroup(input: $input) { userErrors { code } } }`, {
      input: { personId: old.person.id, kind: 'ELDERLY_ALONE', from: '2024-01-01' },
    });
    const ids = async (filter: Record<string, unknown>) => (await fed.ok(worker, PERSONS, { filter: { name: tag, ...filter } })).persons.edges.map((e: any) => e.node.id);
    expect(await ids({ phone: young.phone })).toEqual([young.person.id]);
    expect(await ids({ keyGroup: 'ELDERLY_ALONE' })).toEqual([old.person.id]);
    expect(await ids({ minAge: 60, householdType: 'MIGRANT' })).toEqual([old.person.id]);
    expect(await ids({ maxAge: 30 })).toEqual([young.person.id]);
    expect((await ids({ minAge: 60 })).length).toBe(2);
    const bad = await fed.query(worker, PERSONS, { filter: { minAge: -1 } });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats SQL-looking filter text as plain text', async () => {
    const data = await fed.ok(worker, PERSONS, { filter: { name: `%' OR 1=1 --`, documentNumber: `' OR ''='`, phone: `1'; DROP TABLE persons; --` } });
    expect(data.persons.totalCount).toBe(0);
    expect((await fed.ok(worker, PERSONS, {})).persons.totalCount).toBeGreaterThan(0);
  });

  it('pages persons by cursor without repeating or skipping anyone', async () => {
    const all = await fed.ok(worker, PERSONS, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await fed.ok(worker, PERSONS, { first: 2, after })).persons;
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.persons.edges.map((e: any) => e.node.id));
    expect(seen.length).toBe(all.persons.totalCount);
  });

  describe('scope', () => {
    let outsider: string;
    beforeAll(async () => {
      outsider = (await resident(fed, admin, { grid: OTHER_GRID, person: { name: '外社区居民' } })).personId;
    });

    it('answers null for another community’s person by id', async () => {
      expect((await fed.ok(worker, PERSON, { id: outsider })).person).toBeNull();
      expect((await fed.ok(admin, PERSON, { id: outsider })).person.id).toBe(outsider);
    });

    it('leaves another community’s person out of searches and their totals', async () => {
      const mine = await fed.ok(worker, PERSONS, { filter: { name: '外社区居民' } });
      expect(mine.persons).toMatchObject({ totalCount: 0, edges: [] });
      const wide = await fed.ok(worker, PERSONS, { filter: { areaCode: OTHER_COMMUNITY } });
      expect(wide.persons.totalCount).toBe(0);
      expect((await fed.ok(admin, PERSONS, { filter: { name: '外社区居民' } })).persons.totalCount).toBe(1);
    });

    it('answers null through _entities for another community’s person', async () => {
      const mineId = (await register()).person.id;
      const viewer: Viewer = { id: 'worker-1', name: '李社工', roles: ['COMMUNITY_WORKER'], areas: [COMMUNITY], orgs: [], requestId: 'entities-test' };
      const internal = await signInternalToken(viewer, 'population', DEV_INTERNAL_SECRET);
      const response = await request(fed.service('population').url.replace(/\/graphql$/, ''))
        .post('/graphql')
        .set('authorization', `Bearer ${internal}`)
        .send({
          query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id name } } }`,
          variables: { reps: [{ __typename: 'Person', id: outsider }, { __typename: 'Person', id: mineId }] },
        });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data._entities).toEqual([null, { id: mineId, name: '陈美玲' }]);
    });

    it('forbids an integrator any person, answering FORBIDDEN', async () => {
      const integrator = await tokenFor('INTEGRATOR', ['440118']);
      const result = await fed.query(integrator, PERSONS, {});
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.persons ?? null).toBeNull();
    });
  });

  describe('revealing personal data', () => {
    it('gives a community worker the full ID number for a reason and writes the audit record', async () => {
      const { person, card } = await register();
      const data = await fed.ok(worker, REVEAL, { input: { personId: person.id, field: 'ID_NUMBER', reason: '办理居住证核验身份' } });
      expect(data.revealPersonalData.userErrors).toEqual([]);
      expect(data.revealPersonalData.value).toBe(card.documentNumber);
      expect(data.revealPersonalData.auditRecord).toMatchObject({ viewerId: 'worker-1', role: 'COMMUNITY_WORKER', personId: person.id, field: 'ID_NUMBER', reason: '办理居住证核验身份' });
      expect(data.revealPersonalData.auditRecord.requestId).toBeTruthy();
      const phone = await fed.ok(worker, REVEAL, { input: { personId: person.id, field: 'PHONE', reason: '联系走访' } });
      expect(phone.revealPersonalData.value).toMatch(/^139\d{8}$/);
      const audit = await fed.ok(admin, AUDIT, { personId: person.id });
      expect(audit.auditRecords.totalCount).toBe(2);
      expect(audit.auditRecords.edges.map((e: any) => e.node.field)).toEqual(['PHONE', 'ID_NUMBER']);
    });

    it('refuses a reveal without a reason, writing no audit record and giving no value', async () => {
      const { person } = await register();
      const before = await snapshot(fed);
      const data = await fed.ok(worker, REVEAL, { input: { personId: person.id, field: 'ID_NUMBER', reason: '   ' } });
      expect(data.revealPersonalData).toEqual({ value: null, auditRecord: null, userErrors: [{ field: ['input', 'reason'], code: 'REASON_REQUIRED', message: expect.any(String) }] });
      expect(await snapshot(fed)).toEqual(before);
    });

    it('refuses a reveal of another community’s person as unknown, writing nothing', async () => {
      const outsider = await registerPerson(fed, admin, { areaCode: OTHER_GRID });
      const before = await snapshot(fed);
      const data = await fed.ok(worker, REVEAL, { input: { personId: outsider, field: 'PHONE', reason: '核对联系方式' } });
      expect(data.revealPersonalData.userErrors.map((e: any) => e.code)).toEqual(['PERSON_UNKNOWN']);
      expect(await snapshot(fed)).toEqual(before);
    });

    it.each(['GRID_WORKER', 'VOLUNTEER', 'INTEGRATOR', 'OPS'] as const)('forbids a %s to reveal anything', async (role) => {
      const { person } = await register();
      const before = await snapshot(fed);
      const result = await fed.query(await tokenFor(role, [COMMUNITY]), REVEAL, { input: { personId: person.id, field: 'ID_NUMBER', reason: '想看看' } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(result.body)).not.toContain(secrets.at(-2));
      expect(await snapshot(fed)).toEqual(before);
    });

    it('lets only district admins read the audit', async () => {
      const result = await fed.query(worker, AUDIT, {});
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps the audit append-only: the database refuses to change, remove or truncate a record', async () => {
      const db = fed.service('population').deps.dataSource;
      expect(await rows(db, 'SELECT 1 FROM pii_audit')).not.toHaveLength(0);
      await expect(db.query(`UPDATE pii_audit SET reason = 'rewritten'`)).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM pii_audit`)).rejects.toThrow(/append-only/);
      await expect(db.query(`TRUNCATE pii_audit`)).rejects.toThrow(/append-only|cannot truncate/);
    });
  });

  it('re-encrypts every value under the new active key, batch by batch, keeping values and searches', async () => {
    const { person, card, phone } = await register();
    const db = fed.service('population').deps.dataSource;
    const k2 = Buffer.alloc(32, 7).toString('base64');
    const rotating = new PiiCipher({ keys: `${DEV_PII_KEYS},k2:${k2}`, activeKeyId: 'k2', blindIndexKey: DEV_BLIND_INDEX_KEY });
    const [{ n }] = await rows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM persons');
    const result = await rotatePiiKeys(db, rotating, { batchSize: 3 });
    expect(result.rotated).toBe(n);
    expect(result.batches).toBe(Math.ceil(n / 3));
    const stale = await rows(db, `SELECT id FROM persons WHERE document_enc NOT LIKE 'k2:%' OR phone_enc NOT LIKE 'k2:%'`);
    expect(stale).toEqual([]);
    // the old key can be retired: the new one alone reads everything
    const onlyK2 = new PiiCipher({ keys: `k2:${k2}`, blindIndexKey: DEV_BLIND_INDEX_KEY });
    const [sealed] = await rows<{ d: string; p: string }>(db, 'SELECT document_enc AS d, phone_enc AS p FROM persons WHERE id = $1', [person.id]);
    expect([onlyK2.decrypt(sealed.d), onlyK2.decrypt(sealed.p)]).toEqual([card.documentNumber, phone]);
    expect((await rotatePiiKeys(db, rotating)).rotated).toBe(0);
    expect((await fed.ok(worker, PERSONS, { filter: { documentNumber: card.documentNumber } })).persons.totalCount).toBe(1);
  });

  it('stores no plain ID number or phone in any text column of the database', async () => {
    const db = fed.service('population').deps.dataSource;
    expect(secrets.length).toBeGreaterThan(10);
    const columns = await rows<{ table: string; column: string }>(
      db,
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const { table, column } of columns) {
      const hits = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text LIKE ANY ($1::text[])`, [secrets.map((s) => `%${s}%`)]);
      if (hits[0].n > 0) found.push(`${table}.${column}`);
    }
    expect(found).toEqual([]);
  });
});

function wrongCheckDigit(id: string): string {
  const right = checkCharacter(id.slice(0, 17));
  return id.slice(0, 17) + (right === '1' ? '2' : '1');
}
