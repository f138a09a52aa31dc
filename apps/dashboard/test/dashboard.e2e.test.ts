import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { AreaFiguresDocument, LinliClient, OverdueVisitsDocument, type AreaFiguresQuery } from '@linli/client';
import { ensureDashboardBuilt, serveDashboard, type DashboardServer } from '@linli/dashboard';
import { DEMO_DISTRICT, FENGXINYUAN } from '@linli/demo';
import { housing } from '@linli/housing';
import { mediation } from '@linli/mediation';
import { organizations } from '@linli/organizations';
import { population } from '@linli/population';
import { volunteering } from '@linli/volunteering';
import { TestFederation, tokenFor } from '@linli/infra/testing';
import { formatCount, formatHours, formatRate, formatSuppressible } from '../src/format';

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file)) ?? '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '../../../docs/dashboard.png');
const MODULES = [housing, population, organizations, mediation, volunteering];

/** The figures the dashboard shows, formatted as it formats them, from the API's own answer. */
function expectedFigures(area: NonNullable<AreaFiguresQuery['area']>): Record<string, string> {
  // a domain answers null only with an error, which the client throws
  const [p, h, o, m, v] = [area.population!, area.housing!, area.organizations!, area.mediation!, area.volunteering!];
  return {
    'figure-population-residents': formatCount(p.residents),
    'figure-population-locals': formatCount(p.locals),
    'figure-population-migrants': formatCount(p.migrants),
    'figure-population-newRegistrations': formatCount(p.newRegistrations),
    'figure-population-visitsDone': formatCount(p.visitsDone),
    'figure-population-visitsOverdue': formatCount(p.visitsOverdue),
    'figure-population-keyGroupMembers': formatSuppressible(p.keyGroupMembers),
    'figure-housing-buildings': formatCount(h.buildings),
    'figure-housing-houses': formatCount(h.houses),
    'figure-housing-rentalHouses': formatCount(h.rentalHouses),
    'figure-housing-inspections': formatCount(h.inspections),
    'figure-housing-hazardsOpen': formatCount(h.hazardsOpen),
    'figure-housing-hazardsOverdue': formatCount(h.hazardsOverdue),
    'figure-housing-onTimeRectificationRate': formatRate(h.onTimeRectificationRate),
    'figure-organizations-organizations': formatCount(o.organizations),
    'figure-organizations-members': formatCount(o.members),
    'figure-organizations-activities': formatCount(o.activities),
    'figure-organizations-peopleServed': formatCount(o.peopleServed),
    'figure-organizations-volunteerHours': formatHours(o.volunteerHours),
    'figure-mediation-casesOpened': formatSuppressible(m.casesOpened),
    'figure-mediation-casesClosed': formatSuppressible(m.casesClosed),
    'figure-mediation-overdueCases': formatSuppressible(m.overdueCases),
    'figure-mediation-incidentsReported': formatCount(m.incidentsReported),
    'figure-mediation-incidentsHandled': formatCount(m.incidentsHandled),
    'figure-mediation-successRate': formatRate(m.successRate),
    'figure-volunteering-volunteers': formatCount(v.volunteers),
    'figure-volunteering-activeVolunteers': formatCount(v.activeVolunteers),
    'figure-volunteering-teams': formatCount(v.teams),
    'figure-volunteering-activities': formatCount(v.activities),
    'figure-volunteering-approvedHours': formatHours(v.approvedHours),
  };
}

const figuresOnScreen = (page: Page) =>
  page.$$eval('[data-testid^="figure-"]', (cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-testid'), cell.textContent])));

describe('the district dashboard in a real browser, on another origin than the gateway', () => {
  let fed: TestFederation;
  let dashboard: DashboardServer;
  let browser: Browser;
  let gatewayUrl = '';
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ensureDashboardBuilt();
    dashboard = await serveDashboard({ gatewayUrl: () => gatewayUrl });
    const origin = dashboard.url.replace(/\/$/, '');
    // the production settings: only the dashboard's origin, only trusted documents (and no clock skew, so a token expires when it says)
    fed = await TestFederation.start(MODULES, { gatewayEnv: { CORS_ORIGINS: origin, TRUSTED_DOCUMENTS: 'require', TOKEN_CLOCK_SKEW_SECONDS: '0' } });
    gatewayUrl = fed.gateway.url;
    expect(new URL(gatewayUrl).origin).not.toBe(origin);
    for (const module of MODULES) {
      const { dataSource, pii, log } = fed.service(module.name).deps;
      await dataSource.transaction((tx) => module.seed!(tx, { pii, log }));
    }
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=zh-CN'],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
    await fed?.stop();
  });

  async function openAs(token: string): Promise<Page> {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1600, height: 1000 });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(dashboard.url, { waitUntil: 'load' });
    await page.waitForSelector('textarea#token');
    // as a paste would: the whole token at once (typing it key by key takes seconds)
    await page.$eval(
      'textarea#token',
      (element, value) => {
        const window = globalThis as any; // runs in the page
        Object.getOwnPropertyDescriptor(window.HTMLTextAreaElement.prototype, 'value')!.set!.call(element, value);
        element.dispatchEvent(new window.Event('input', { bubbles: true }));
      },
      token,
    );
    await page.click('form.sign-in button[type="submit"]');
    return page;
  }

  async function chooseArea(page: Page, code: string): Promise<void> {
    await page.waitForSelector(`[data-testid="area-${code}"]`);
    await page.click(`[data-testid="area-${code}"]`);
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('[data-testid^="trend-"]').length === 5, { timeout: 30_000 });
  }

  it('shows a community worker their community’s figures exactly as the API gives them, and pages a worklist', async () => {
    const token = await tokenFor('COMMUNITY_WORKER', [FENGXINYUAN], { sub: 'worker', name: '凤馨苑社区工作人员' });
    const page = await openAs(token);
    await chooseArea(page, FENGXINYUAN);
    // the tree offers the caller's own community, not the street or district above it
    expect(await page.$(`[data-testid="area-${DEMO_DISTRICT}"]`)).toBeNull();
    expect(await page.$(`[data-testid="area-${FENGXINYUAN.slice(0, 9)}"]`)).toBeNull();

    const api = new LinliClient({ url: gatewayUrl, token: () => token, sendQuery: false });
    const { area } = await api.request(AreaFiguresDocument, { code: FENGXINYUAN });
    const expected = expectedFigures(area!);
    expect(Number(expected['figure-population-residents'])).toBeGreaterThan(0);
    expect(await figuresOnScreen(page)).toEqual(expected);

    // the community's grids, beneath it in the tree
    await page.click(`[data-testid="toggle-${FENGXINYUAN}"]`);
    await page.waitForSelector(`[data-testid^="area-${FENGXINYUAN}0"]`);
    const grids = await page.$$eval('[data-testid^="area-"]', (cells) => cells.map((cell) => cell.getAttribute('data-testid')!.slice(5)));
    expect(grids.every((code) => code.startsWith(FENGXINYUAN))).toBe(true);
    expect(grids.length).toBeGreaterThan(1);

    // overdue visits, ten a page: the total and the pages are the API's
    const first = await api.request(OverdueVisitsDocument, { areaCode: FENGXINYUAN, first: 10 });
    expect(first.overdueVisits.totalCount).toBeGreaterThan(10);
    await page.waitForSelector('[data-testid="worklist-row"]');
    expect(await page.$eval('[data-testid="worklist-total"]', (e) => e.textContent)).toBe(`共 ${first.overdueVisits.totalCount} 条`);
    const firstNames = await page.$$eval('[data-testid="worklist-row"] td:first-child', (cells) => cells.map((c) => c.textContent));
    expect(firstNames).toEqual(first.overdueVisits.edges.map((e) => e.node.person?.name ?? '—'));
    await page.screenshot({ path: (mkdirSync(path.dirname(SCREENSHOT), { recursive: true }), SCREENSHOT), fullPage: true });

    const second = await api.request(OverdueVisitsDocument, { areaCode: FENGXINYUAN, first: 10, after: first.overdueVisits.pageInfo.endCursor });
    await page.click('[data-testid="worklist-next"]');
    await page.waitForFunction(
      () =>
        (globalThis as any).document.querySelector('[data-testid="worklist-page"]')?.textContent === '第 2 页' &&
        (globalThis as any).document.querySelector('[data-testid="worklist"]')?.getAttribute('data-loading') === 'false',
    );
    const secondNames = await page.$$eval('[data-testid="worklist-row"] td:first-child', (cells) => cells.map((c) => c.textContent));
    expect(secondNames).toEqual(second.overdueVisits.edges.map((e) => e.node.person?.name ?? '—'));
    await page.click('[data-testid="worklist-previous"]');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('[data-testid="worklist-page"]')?.textContent === '第 1 页');

    // and in English
    await page.click('[data-testid="language"]');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('[data-testid="worklist-page"]')?.textContent === 'Page 1');
    expect(await page.$eval('h1', (e) => e.textContent)).toBe('Linli · District dashboard');
    expect(consoleErrors).toEqual([]);
    await page.browserContext().close();
  }, 90_000);

  it('shows an integrator the district’s figures as the API gives them to statistics-only callers, and no worklists', async () => {
    const token = await tokenFor('INTEGRATOR', [DEMO_DISTRICT], { sub: 'data-team', name: 'District data team' });
    const page = await openAs(token);
    await chooseArea(page, DEMO_DISTRICT);
    const { area } = await new LinliClient({ url: gatewayUrl, token: () => token }).request(AreaFiguresDocument, { code: DEMO_DISTRICT });
    expect(await figuresOnScreen(page)).toEqual(expectedFigures(area!));
    expect(await page.$('[data-testid="statistics-only"]')).not.toBeNull();
    expect(await page.$('[data-testid="worklist"]')).toBeNull();
    expect(consoleErrors).toEqual([]);
    await page.browserContext().close();
  }, 90_000);

  it('renders the gateway’s explorer in a browser from the gateway alone, its header editor open for the token', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => requested.push(request.url()));
    const gateway = new URL(gatewayUrl).origin;
    await page.goto(`${gateway}/`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    expect(await page.$eval('.graphiql-container', (e) => e.textContent)).toMatch(/Headers/);
    expect(await page.$eval('.graphiql-container', (e) => e.textContent)).toMatch(/Bearer <paste a token/);
    expect(requested.filter((url) => !url.startsWith(gateway) && !url.startsWith('data:'))).toEqual([]);
    // with no token yet, introspection is refused (401): the only error the page may report
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await context.close();
  }, 60_000);

  it('sends a user whose token expires back to sign-in with the reason', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 8;
    const token = await tokenFor('COMMUNITY_WORKER', [FENGXINYUAN], {}, expiresAt);
    const page = await openAs(token);
    await page.waitForSelector(`[data-testid="area-${FENGXINYUAN}"]`);
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 + 1_500 - Date.now()));
    consoleErrors.length = 0;
    await page.click(`[data-testid="area-${FENGXINYUAN}"]`);
    await page.waitForSelector('[data-testid="sign-in-reason"]', { timeout: 10_000 });
    expect(await page.$eval('[data-testid="sign-in-reason"]', (e) => e.textContent)).toMatch(/登录已过期.*exp/);
    // the browser reports the refused request itself; nothing else went wrong
    expect(consoleErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    await page.browserContext().close();
  }, 60_000);
});
