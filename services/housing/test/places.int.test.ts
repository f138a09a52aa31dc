import { eventually, TestFederation, tokenFor } from '@linli/testing';
import { rows } from '@linli/db';
import { housing } from '../src/module';

const CREATE_AREA = `mutation ($input: CreateAreaInput!) { createArea(input: $input) { area { code level parentCode } userErrors { field code message } } }`;

describe('the place registry', () => {
  let fed: TestFederation;
  let admin: string;

  beforeAll(async () => {
    fed = await TestFederation.start([housing]);
    admin = await tokenFor('DISTRICT_ADMIN', ['440118']);
    for (const [code, name] of [['440118', '增城区'], ['440118001', '荔城街道'], ['440118001001', '凤馨苑社区']])
      expect((await fed.ok(admin, CREATE_AREA, { input: { code, name } })).createArea.userErrors).toEqual([]);
  });
  afterAll(() => fed.stop());

  it('derives a grid’s level and parent from its code', async () => {
    const data = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001001', name: '第一网格' } });
    expect(data.createArea).toEqual({ area: { code: '440118001001001', level: 'GRID', parentCode: '440118001001' }, userErrors: [] });
  });

  it('refuses a grid whose community does not exist, writing nothing', async () => {
    const data = await fed.ok(admin, CREATE_AREA, { input: { code: '440118001009001', name: '无主网格' } });
    expect(data.createArea.area).toBeNull();
    expect(data.createArea.userErrors).toEqual([{ field: ['input', 'code'], code: 'PARENT_AREA_UNKNOWN', message: expect.any(String) }]);
    const stored = await rows(fed.service('housing').deps.dataSource, 'SELECT code FROM areas WHERE code = $1', ['440118001009001']);
    expect(stored).toHaveLength(0);
  });

  it('publishes housing.area.created through the outbox once the area commits', async () => {
    await fed.ok(admin, CREATE_AREA, { input: { code: '440118001001002', name: '第二网格' } });
    const db = fed.service('housing').deps.dataSource;
    await eventually(async () => {
      const [event] = await rows<{ sent: boolean }>(db, `SELECT sent_at IS NOT NULL AS sent FROM outbox WHERE area_code = '440118001001002'`);
      expect(event.sent).toBe(true);
    });
  });
});
