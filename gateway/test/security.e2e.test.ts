import request from 'supertest';
import { signInternalToken, type Viewer } from '@linli/auth';
import { DEV_INTERNAL_SECRET } from '@linli/config';
import { rows } from '@linli/db';
import { housing } from '@linli/housing';
import { population } from '@linli/population';
import { eventually } from '@linli/testing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { createAreas, registerHouse, registerPerson } from './builders';

/**
 * The security suite: what a caller may reach, tried the ways an attacker would, through
 * the gateway and directly against the subgraphs. Each attempt must fail cleanly, leak
 * nothing and write nothing.
 */
const A = '440118001001'; // 凤馨苑社区
const B = '440118001002'; // 荔景社区
const A1 = `${A}001`;
const B1 = `${B}001`;

const INJECTIONS = ["' OR '1'='1", "'; DROP TABLE persons; --", '%', '_', '\\', "440118%' OR 1=1 --", '1) UNION SELECT id_enc FROM persons --'];

describe('access control across the federation', () => {
  let fed: TestFederation;
  let admin: string;
  let workerA: string;
  let personA: string;
  let personB: string;
  let houseA: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    workerA = await tokenFor('COMMUNITY_WORKER', [A], { sub: 'worker-a' });
    await createAreas(fed, admin, [
      ['440118', '增城区'],
      ['440118001', '荔城街道'],
      [A, '凤馨苑社区'],
      [B, '荔景社区'],
      [A1, '凤馨苑第1网格'],
      [B1, '荔景第1网格'],
    ]);
    personA = await registerPerson(fed, admin, { name: '甲居民', areaCode: A1 });
    personB = await registerPerson(fed, admin, { name: '乙居民', areaCode: B1, phone: '13912345678' });
    // a house in A whose landlord lives in B: an in-scope record pointing at an out-of-scope person
    houseA = await registerHouse(fed, admin, A1, '1-101');
    const updated = await fed.ok(admin, `mutation ($input: UpdateHouseInput!) { updateHouse(input: $input) { userErrors { code } } }`, { input: { id: houseA, landlordId: personB } });
    expect(updated.updateHouse.userErrors).toEqual([]);
    await eventually(async () => {
      const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, 'SELECT count(*)::int AS n FROM known_houses');
      expect(n).toBe(1);
    });
  });
  afterAll(() => fed.stop());

  describe('a community worker reaching another community’s person', () => {
    it('gets null by id', async () => {
      const data = await fed.ok(workerA, `query ($id: ID!) { person(id: $id) { id name } }`, { id: personB });
      expect(data.person).toBeNull();
    });

    it('finds nothing by search, and counts only their own community', async () => {
      const data = await fed.ok(workerA, `{ all: persons { totalCount edges { node { id } } } byName: persons(filter: { name: "乙居民" }) { totalCount } byPhone: persons(filter: { phone: "13912345678" }) { totalCount } }`);
      expect(data.all.totalCount).toBe(1);
      expect(data.all.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([personA]);
      expect(data.byName.totalCount).toBe(0);
      expect(data.byPhone.totalCount).toBe(0);
    });

    it('gets null through a nested field of an in-scope record (the landlord of a house in their community)', async () => {
      const data = await fed.ok(workerA, `query ($id: ID!) { house(id: $id) { number landlord { id name } } }`, { id: houseA });
      expect(data.house).toEqual({ number: '1-101', landlord: null });
      const asAdmin = await fed.ok(admin, `query ($id: ID!) { house(id: $id) { landlord { id } } }`, { id: houseA });
      expect(asAdmin.house.landlord).toEqual({ id: personB });
    });

    it('gets null through _entities called on the subgraph with a valid internal token', async () => {
      const viewer: Viewer = { id: 'worker-a', name: 'A', roles: ['COMMUNITY_WORKER'], areas: [A], orgs: [], requestId: 'r' };
      const token = await signInternalToken(viewer, 'population', DEV_INTERNAL_SECRET);
      const response = await request(fed.service('population').url.replace(/\/graphql$/, ''))
        .post('/graphql')
        .set('authorization', `Bearer ${token}`)
        .send({
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id name documentNumber } } }`,
          variables: { r: [{ __typename: 'Person', id: personB }, { __typename: 'Person', id: personA }] },
        });
      expect(response.status).toBe(200);
      expect(response.body.data._entities[0]).toBeNull();
      expect(response.body.data._entities[1]).toMatchObject({ id: personA, name: '甲居民' });
    });

    it('cannot change them: a residence for an out-of-scope person is refused and nothing is written', async () => {
      const before = await rows(fed.service('population').deps.dataSource, 'SELECT id FROM residences');
      const data = await fed.ok(workerA, `mutation ($input: RegisterResidenceInput!) { registerResidence(input: $input) { residence { id } userErrors { field code } } }`, {
        input: { personId: personB, houseId: houseA, from: '2026-01-01', reason: 'RENT' },
      });
      expect(data.registerResidence.residence).toBeNull();
      expect(data.registerResidence.userErrors[0].field).toEqual(['input', 'personId']);
      expect(await rows(fed.service('population').deps.dataSource, 'SELECT id FROM residences')).toEqual(before);
    });
  });

  describe('an integrator', () => {
    let integrator: string;
    beforeAll(async () => {
      integrator = await tokenFor('INTEGRATOR', ['440118']);
    });

    it('is refused every row-level field with FORBIDDEN and receives no personal data', async () => {
      for (const query of [`{ persons { totalCount } }`, `query { person(id: "${personA}") { name } }`, `{ houses { edges { node { number } } } }`]) {
        const result = await fed.query(integrator, query);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(result.data ?? {})).not.toMatch(/甲居民|乙居民/);
      }
    });

    it('may change nothing', async () => {
      const result = await fed.query(integrator, `mutation { createArea(input: { code: "440118001003", name: "新社区" }) { area { code } } }`);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await rows(fed.service('housing').deps.dataSource, `SELECT 1 FROM areas WHERE code = '440118001003'`)).toHaveLength(0);
    });

    it('reads statistics of an area', async () => {
      const data = await fed.ok(integrator, `{ area(code: "${A}") { code name population { residents } } }`);
      expect(data.area).toEqual({ code: A, name: '凤馨苑社区', population: { residents: 1 } });
    });
  });

  describe('a volunteer', () => {
    it('reads their own person record and nobody else’s, even in their own community', async () => {
      const volunteer = await tokenFor('VOLUNTEER', [A], { sub: 'vol', personId: personA });
      const data = await fed.ok(volunteer, `query ($a: ID!) { self: person(id: $a) { id name } persons { totalCount edges { node { id } } } }`, { a: personA });
      expect(data.self).toEqual({ id: personA, name: '甲居民' });
      expect(data.persons.totalCount).toBe(1);
      const stranger = await tokenFor('VOLUNTEER', [A], { sub: 'vol2' });
      const none = await fed.ok(stranger, `query ($a: ID!) { person(id: $a) { id } persons { totalCount } }`, { a: personA });
      expect(none).toEqual({ person: null, persons: { totalCount: 0 } });
    });

    it('may not register or change persons: FORBIDDEN, nothing written', async () => {
      const volunteer = await tokenFor('VOLUNTEER', [A], { sub: 'vol', personId: personA });
      const before = await rows(fed.service('population').deps.dataSource, 'SELECT id FROM persons ORDER BY id');
      const result = await fed.query(volunteer, `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`, {
        input: { name: '冒名', documentType: 'PASSPORT', documentNumber: 'E12345678', sex: 'MALE', birthDate: '1990-01-01', householdType: 'MIGRANT', areaCode: A1 },
      });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await rows(fed.service('population').deps.dataSource, 'SELECT id FROM persons ORDER BY id')).toEqual(before);
    });
  });

  describe('text filters', () => {
    it.each(INJECTIONS)('treat %j as plain text: no error, no match, nothing harmed', async (text) => {
      const result = await fed.query(
        admin,
        `query ($t: String!, $c: ID!) { byName: persons(filter: { name: $t }) { totalCount } byDocument: persons(filter: { documentNumber: $t }) { totalCount } byPhone: persons(filter: { phone: $t }) { totalCount } houses(filter: { areaCode: $c }) { totalCount } areas(within: $c) { totalCount } }`,
        { t: text, c: text },
      );
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ byName: { totalCount: 0 }, byDocument: { totalCount: 0 }, byPhone: { totalCount: 0 }, houses: { totalCount: 0 }, areas: { totalCount: 0 } });
      const [{ n }] = await rows<{ n: number }>(fed.service('population').deps.dataSource, 'SELECT count(*)::int AS n FROM persons');
      expect(n).toBe(2);
    });
  });

  describe('revealing an ID number', () => {
    const REVEAL = `mutation ($input: RevealPersonalDataInput!) { revealPersonalData(input: $input) { value userErrors { field code } } }`;
    const audits = async () => (await rows<{ n: number }>(fed.service('population').deps.dataSource, 'SELECT count(*)::int AS n FROM pii_audit'))[0].n;

    it('without a reason is refused and writes no audit record', async () => {
      const before = await audits();
      const data = await fed.ok(admin, REVEAL, { input: { personId: personA, field: 'ID_NUMBER', reason: '  ' } });
      expect(data.revealPersonalData.value).toBeNull();
      expect(data.revealPersonalData.userErrors[0].field).toEqual(['input', 'reason']);
      expect(await audits()).toBe(before);
    });

    it('by a role that may not is FORBIDDEN and writes nothing', async () => {
      const before = await audits();
      const grid = await tokenFor('GRID_WORKER', [A1]);
      const result = await fed.query(grid, REVEAL, { input: { personId: personA, field: 'ID_NUMBER', reason: '核实身份' } });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await audits()).toBe(before);
    });

    it('with a reason, by a role that may, shows the full number and records who, whose, which field and why', async () => {
      const masked = (await fed.ok(workerA, `query ($id: ID!) { person(id: $id) { documentNumber } }`, { id: personA })).person.documentNumber;
      expect(masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      const data = await fed.ok(workerA, REVEAL, { input: { personId: personA, field: 'ID_NUMBER', reason: '办理居住证核验' } });
      expect(data.revealPersonalData.value).toMatch(/^\d{17}[\dX]$/);
      expect(data.revealPersonalData.value.slice(0, 6)).toBe(masked.slice(0, 6));
      const [audit] = await rows<Record<string, string>>(fed.service('population').deps.dataSource, 'SELECT * FROM pii_audit ORDER BY 1 DESC LIMIT 1');
      expect(JSON.stringify(audit)).toMatch(/worker-a/);
      expect(JSON.stringify(audit)).toMatch(/办理居住证核验/);
      expect(JSON.stringify(audit)).toContain(personA);
    });
  });
});
