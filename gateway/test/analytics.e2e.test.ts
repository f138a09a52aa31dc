import ExcelJS from 'exceljs';
import request from 'supertest';
import { DEMO_DISTRICT, FENGXINYUAN } from '@linli/demo';
import { today } from '@linli/domain';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { volunteering } from '@linli/volunteering';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { INDICATORS } from '../src/analytics/indicators';

const MODULES = [housing, population, organizations, mediation, volunteering];
const YEAR = today().slice(0, 4);
const MONTH = today().slice(0, 7);

interface LongRow {
  areaCode: string;
  areaName: string;
  period: string;
  indicator: string;
  value: number | null;
  withheld: boolean;
}

describe('GET /analytics', () => {
  let fed: TestFederation;
  let integrator: string;
  let admin: string;
  const get = (token: string | null, query: Record<string, string>, headers: Record<string, string> = {}) => {
    const req = request(fed.gateway.url.replace(/\/graphql$/, '')).get('/analytics').query(query);
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    return req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };
  const json = (body: Buffer) => JSON.parse(body.toString('utf8'));

  beforeAll(async () => {
    fed = await TestFederation.start(MODULES, { gatewayEnv: { ANALYTICS_MAX_PERIODS: '24' } });
    for (const module of MODULES) {
      const { dataSource, pii, log } = fed.service(module.name).deps;
      await dataSource.transaction((tx) => module.seed!(tx, { pii, log }));
    }
    integrator = await tokenFor('INTEGRATOR', [DEMO_DISTRICT]);
    admin = await tokenFor('DISTRICT_ADMIN', [DEMO_DISTRICT]);
  }, 180_000);
  afterAll(() => fed?.stop());

  it('answers every community × every indicator × twelve months in one request, equal to the graph’s figures', async () => {
    const response = await get(integrator, { indicators: 'all', areas: `${DEMO_DISTRICT};level=COMMUNITY`, periods: `${YEAR}-01..${YEAR}-12;every=MONTH` });
    expect(response.status).toBe(200);
    const body = json(response.body) as { asOf: string; rows: LongRow[] };
    expect(Date.parse(body.asOf)).not.toBeNaN();
    expect(new Set(body.rows.map((r) => r.areaCode))).toEqual(new Set(['440118001001', '440118001002', '440118002001', '440118002002']));
    expect(new Set(body.rows.map((r) => r.period)).size).toBe(12);
    // every domain answers a month series (indicators counted over a period)
    for (const domain of ['POP', 'HOU', 'ORG', 'MED', 'VOL']) {
      const monthly = body.rows.filter((r) => r.indicator.startsWith(`${domain}_`) && INDICATORS.find((i) => i.code === r.indicator.split('.')[0])!.timing === 'period');
      expect(new Set(monthly.map((r) => r.period)).size).toBe(12);
    }
    // a figure as of today is reported only for the month that holds today
    expect(new Set(body.rows.filter((r) => r.indicator === 'POP_RESIDENTS').map((r) => r.period))).toEqual(new Set([MONTH]));
    const graph = await fed.ok(integrator, `query ($p: PeriodInput) { area(code: "${FENGXINYUAN}") { population(period: $p) { residents } housing(period: $p) { inspections } mediation(period: $p) { casesOpened { value suppressed } } } }`, {
      p: { from: `${MONTH}-01`, to: body.rows.length ? `${MONTH}-${new Date(Date.UTC(Number(YEAR), Number(MONTH.slice(5)), 0)).getUTCDate()}` : '' },
    });
    const cell = (indicator: string) => body.rows.find((r) => r.areaCode === FENGXINYUAN && r.period === MONTH && r.indicator === indicator)!;
    expect(cell('POP_RESIDENTS').value).toBe(graph.area.population.residents);
    expect(cell('HOU_INSPECTIONS').value).toBe(graph.area.housing.inspections);
    expect(cell('MED_CASES_OPENED')).toMatchObject({ value: graph.area.mediation.casesOpened.value, withheld: graph.area.mediation.casesOpened.suppressed });
  });

  it('answers a series from each domain’s series as it answers the same months asked one by one', async () => {
    const months = Array.from({ length: 6 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    const asSeries = json((await get(admin, { indicators: 'all', areas: '440118001;level=COMMUNITY', periods: `${months[0]}..${months[5]};every=MONTH` })).body).rows as LongRow[];
    const oneByOne = json((await get(admin, { indicators: 'all', areas: '440118001;level=COMMUNITY', periods: months.join(',') })).body).rows as LongRow[];
    const key = (r: LongRow) => `${r.areaCode}|${r.period}|${r.indicator}`;
    expect(asSeries.length).toBeGreaterThan(0);
    expect(new Map(asSeries.map((r) => [key(r), r.value]))).toEqual(new Map(oneByOne.map((r) => [key(r), r.value])));
  });

  it('withholds small counts from an integrator in every format, and shows them to staff', async () => {
    const query = { indicators: 'MED_CASES_OPENED,MED_SUCCESS_RATE', areas: `${DEMO_DISTRICT};level=GRID`, periods: `${YEAR}-01` };
    const forIntegrator = json((await get(integrator, query)).body).rows as LongRow[];
    const withheld = forIntegrator.filter((r) => r.indicator === 'MED_CASES_OPENED' && r.withheld);
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of withheld) expect(row.value).toBeNull();
    const forStaff = json((await get(admin, query)).body).rows as LongRow[];
    expect(forStaff.some((r) => r.withheld)).toBe(false);
    const csv: string = (await get(integrator, { ...query, format: 'csv', layout: 'wide' })).body.toString('utf8');
    expect(csv).toMatch(/,x(\r|,)/);
    const withheldValues = new Set(withheld.map((r) => `${r.areaCode}`));
    for (const line of csv.split('\r\n').filter((l) => withheldValues.has(l.split(',')[0]))) expect(line.split(',')[3]).toBe('x');
  });

  it('writes CSV in UTF-8 with a byte-order mark and Chinese names, long and wide', async () => {
    const long = await get(integrator, { indicators: 'housing', areas: `440118001;level=COMMUNITY`, periods: YEAR, format: 'csv' });
    expect(long.status).toBe(200);
    expect(long.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    expect([...long.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines: string[] = long.body.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('areaCode,areaName,period,indicator,value,withheld');
    expect(lines.some((l) => l.startsWith(`${FENGXINYUAN},凤馨苑社区,${YEAR},HOU_BUILDINGS,`))).toBe(true);
    const wide: string = (await get(integrator, { indicators: 'HOU_BUILDINGS,HOU_HOUSES', areas: `440118001;level=COMMUNITY`, periods: YEAR, format: 'csv', layout: 'wide' })).body.toString('utf8');
    const [header, ...rows] = wide.slice(1).trim().split('\r\n');
    expect(header).toBe('areaCode,areaName,period,HOU_BUILDINGS,HOU_HOUSES');
    expect(rows).toHaveLength(2);
  });

  it('writes XLSX with the table and the indicator catalogue', async () => {
    const response = await get(admin, { indicators: 'volunteering', areas: FENGXINYUAN, periods: `${YEAR}Q1..${YEAR}Q4;every=QUARTER`, format: 'xlsx' });
    expect({ status: response.status, body: response.status === 200 ? null : response.body.toString('utf8') }).toEqual({ status: 200, body: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    const data = workbook.getWorksheet('data')!;
    expect(data.getRow(1).values).toEqual([undefined, 'areaCode', 'areaName', 'period', 'indicator', 'value', 'withheld']);
    const periods = new Set<string>();
    data.eachRow((row, n) => n > 1 && periods.add(String(row.getCell(3).value)));
    expect(periods).toEqual(new Set([`${YEAR}Q1`, `${YEAR}Q2`, `${YEAR}Q3`, `${YEAR}Q4`]));
    expect(workbook.getWorksheet('indicators')!.rowCount).toBeGreaterThan(INDICATORS.length);
  });

  it('answers a repeat with If-None-Match with 304, and a changed figure with a new tag at once', async () => {
    const query = { indicators: 'HOU_BUILDINGS', areas: FENGXINYUAN, periods: YEAR };
    const first = await get(admin, query);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    expect((await get(admin, query, { 'if-none-match': etag })).status).toBe(304);
    const before = json(first.body).rows[0].value as number;
    const grid = `${FENGXINYUAN}001`;
    const registered = await fed.ok(admin, `mutation ($input: RegisterBuildingInput!) { registerBuilding(input: $input) { building { id } userErrors { code message } } }`, {
      input: { gridCode: grid, address: '分析测试路1号', kind: 'RESIDENTIAL', floors: 6, rental: false, accessControl: false, managementMode: 'PROPERTY_COMPANY' },
    });
    expect(registered.registerBuilding.userErrors).toEqual([]);
    const after = await get(admin, query, { 'if-none-match': etag });
    // the next answer already holds the write: there is no cache between the graph and the export
    expect(after.status).toBe(200);
    expect(json(after.body).rows[0].value).toBe(before + 1);
  });

  it('refuses what it cannot answer with 400 naming the parameter, and never a partial file', async () => {
    const base = { indicators: 'POP_RESIDENTS', areas: FENGXINYUAN, periods: YEAR };
    const cases: [Record<string, string>, string][] = [
      [{ ...base, indicators: 'POP_RESIDENTS,NO_SUCH' }, 'indicators'],
      [{ ...base, areas: '440118999999' }, 'areas'],
      [{ ...base, areas: '440118abc' }, 'areas'],
      [{ ...base, areas: `${FENGXINYUAN};level=STREET` }, 'areas'],
      [{ ...base, periods: '2020-01..2026-12;every=MONTH' }, 'periods'],
      [{ ...base, periods: '2026-13' }, 'periods'],
      [{ ...base, periods: '2026-05..2026-01' }, 'periods'],
      [{ ...base, format: 'pdf' }, 'format'],
      [{ ...base, layout: 'diagonal' }, 'layout'],
      [{ ...base, dimension: 'dx' }, 'dimension'],
    ];
    for (const [query, parameter] of cases) {
      const response = await get(integrator, { ...query, format: query.format ?? 'csv' });
      expect({ query, status: response.status, parameter: json(response.body).error?.parameter }).toEqual({ query, status: 400, parameter });
    }
    const outside = await get(await tokenFor('INTEGRATOR', ['440118002']), base);
    expect(outside.status).toBe(400);
    expect(json(outside.body).error.parameter).toBe('areas');
    expect((await get(null, base)).status).toBe(401);
  });

  it('lists the catalogue for tools that build requests', async () => {
    const response = await request(fed.gateway.url.replace(/\/graphql$/, '')).get('/analytics/indicators');
    expect(response.status).toBe(200);
    expect(response.body.indicators.map((i: { code: string }) => i.code)).toEqual(INDICATORS.map((i) => i.code));
  });
});
