import request from 'supertest';
import { housing } from '@linli/housing';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { population } from '@linli/population';
import { COMMUNITY, createGrid, DISTRICT, registerPerson } from './builders';

const REVEAL = `mutation ($input: RevealPersonalDataInput!) { revealPersonalData(input: $input) { value auditRecord { requestId } userErrors { code } } }`;

describe('the request id in the audit of personal data', () => {
  let fed: TestFederation;
  let worker: string;
  let personId: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing, population]);
    const admin = await tokenFor('DISTRICT_ADMIN', [DISTRICT]);
    await createGrid(fed, admin);
    worker = await tokenFor('COMMUNITY_WORKER', [COMMUNITY], { sub: 'auditor' });
    personId = await registerPerson(fed, worker);
  });
  afterAll(() => fed?.stop());

  it('is the id the gateway minted, never the x-request-id the caller chose', async () => {
    const response = await request(fed.gateway.url.replace(/\/graphql$/, ''))
      .post('/graphql')
      .set('authorization', `Bearer ${worker}`)
      .set('x-request-id', 'blame-someone-else')
      .send({ query: REVEAL, variables: { input: { personId, field: 'ID_NUMBER', reason: '核实居住登记信息' } } });
    const reveal = response.body.data.revealPersonalData;
    expect(reveal.userErrors).toEqual([]);
    expect(reveal.auditRecord.requestId).toBe(response.headers['x-request-id']);
    expect(reveal.auditRecord.requestId).not.toBe('blame-someone-else');
    expect(response.headers['x-client-request-id']).toBe('blame-someone-else');
    const stored = await fed.service('population').deps.dataSource.query(`SELECT request_id FROM pii_audit WHERE request_id = $1`, ['blame-someone-else']);
    expect(stored).toEqual([]);
  });
});
