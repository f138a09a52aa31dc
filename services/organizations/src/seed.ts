import { addDays } from '@linli/domain';
import { between, demoDistrict, demoId, FENGXINYUAN, pick, rng, type DemoPerson } from '@linli/demo';
import type { EntityManager } from '@linli/db';
import type { SeedDeps } from '@linli/subgraph';
import type { OrganizationCategory } from '@linli/contracts';
import { makeCreditCode } from './domain/credit-code';
import { seriesDates } from './domain/rules';

type Kind = 'CIVIL_AFFAIRS' | 'COMMUNITY_FILING';

interface DemoOrganization {
  key: string;
  name: string;
  category: OrganizationCategory;
  kind: Kind;
  areaCode: string;
  foundedOn: string;
  partyBranch: boolean;
  members: number;
  status?: { to: 'SUSPENDED' | 'DEREGISTERED'; reason: string; on: string };
}

/** Fengxinyuan's organizations (20+ across the four categories) and a few in the other communities. */
const ORGANIZATIONS: DemoOrganization[] = [
  { key: 'fxy-welfare', name: '凤馨苑社区公益服务协会', category: 'PUBLIC_WELFARE', kind: 'CIVIL_AFFAIRS', areaCode: FENGXINYUAN, foundedOn: '2016-05-01', partyBranch: true, members: 1050 },
  { key: 'fxy-social-work', name: '凤馨苑社工服务站', category: 'PUBLIC_WELFARE', kind: 'CIVIL_AFFAIRS', areaCode: FENGXINYUAN, foundedOn: '2018-03-12', partyBranch: true, members: 24 },
  { key: 'fxy-care-fleet', name: '凤馨苑爱心车队', category: 'PUBLIC_WELFARE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2019-06-01', partyBranch: false, members: 36 },
  { key: 'fxy-elder-care', name: '凤馨苑长者关爱小组', category: 'PUBLIC_WELFARE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2020-01-08', partyBranch: false, members: 28 },
  { key: 'fxy-legal', name: '凤馨苑法律服务志愿队', category: 'PUBLIC_WELFARE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2019-09-10', partyBranch: true, members: 12 },
  { key: 'fxy-new-residents', name: '凤馨苑新市民互助会', category: 'PUBLIC_WELFARE', kind: 'CIVIL_AFFAIRS', areaCode: FENGXINYUAN, foundedOn: '2017-11-20', partyBranch: false, members: 60 },
  { key: 'fxy-square-dance', name: '凤馨苑广场舞队', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2015-04-01', partyBranch: false, members: 45 },
  { key: 'fxy-chess', name: '凤馨苑棋牌协会', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2016-08-15', partyBranch: false, members: 30, status: { to: 'SUSPENDED', reason: '负责人变更，暂停活动整顿', on: '2026-03-01' } },
  { key: 'fxy-photo', name: '凤馨苑摄影爱好者协会', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2018-05-20', partyBranch: false, members: 22 },
  { key: 'fxy-flower', name: '凤馨苑花友会', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2021-03-12', partyBranch: false, members: 18 },
  { key: 'fxy-fishing', name: '凤馨苑垂钓协会', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2017-07-01', partyBranch: false, members: 16, status: { to: 'DEREGISTERED', reason: '会员并入增江垂钓协会，自行解散', on: '2025-12-31' } },
  { key: 'fxy-cantonese-opera', name: '凤馨苑粤剧曲艺社', category: 'CULTURE_EDUCATION', kind: 'CIVIL_AFFAIRS', areaCode: FENGXINYUAN, foundedOn: '2014-10-01', partyBranch: true, members: 40 },
  { key: 'fxy-calligraphy', name: '凤馨苑书画社', category: 'CULTURE_EDUCATION', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2016-02-18', partyBranch: false, members: 26 },
  { key: 'fxy-reading', name: '凤馨苑亲子阅读会', category: 'CULTURE_EDUCATION', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2019-04-23', partyBranch: false, members: 34 },
  { key: 'fxy-tutoring', name: '凤馨苑四点半课堂', category: 'CULTURE_EDUCATION', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2018-09-01', partyBranch: false, members: 20 },
  { key: 'fxy-choir', name: '凤馨苑合唱团', category: 'CULTURE_EDUCATION', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2015-06-01', partyBranch: false, members: 48 },
  { key: 'fxy-basketball', name: '凤馨苑篮球队', category: 'SPORTS', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2017-03-01', partyBranch: false, members: 18 },
  { key: 'fxy-badminton', name: '凤馨苑羽毛球协会', category: 'SPORTS', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2018-01-15', partyBranch: false, members: 32 },
  { key: 'fxy-taichi', name: '凤馨苑太极拳队', category: 'SPORTS', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2014-04-01', partyBranch: false, members: 25 },
  { key: 'fxy-running', name: '凤馨苑跑步俱乐部', category: 'SPORTS', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2020-10-10', partyBranch: false, members: 40 },
  { key: 'fxy-table-tennis', name: '凤馨苑乒乓球协会', category: 'SPORTS', kind: 'CIVIL_AFFAIRS', areaCode: FENGXINYUAN, foundedOn: '2016-12-01', partyBranch: false, members: 21 },
  { key: 'fxy-merchants', name: '凤馨苑商户联谊会', category: 'OTHER', kind: 'COMMUNITY_FILING', areaCode: FENGXINYUAN, foundedOn: '2019-01-20', partyBranch: false, members: 15 },
  { key: 'lj-welfare', name: '荔景社区志愿服务协会', category: 'PUBLIC_WELFARE', kind: 'CIVIL_AFFAIRS', areaCode: '440118001002', foundedOn: '2017-05-01', partyBranch: true, members: 80 },
  { key: 'lj-dance', name: '荔景社区舞蹈队', category: 'LEISURE', kind: 'COMMUNITY_FILING', areaCode: '440118001002', foundedOn: '2018-06-01', partyBranch: false, members: 20 },
  { key: 'gm-welfare', name: '光明社区邻里互助会', category: 'PUBLIC_WELFARE', kind: 'COMMUNITY_FILING', areaCode: '440118002001', foundedOn: '2019-02-01', partyBranch: false, members: 40 },
  { key: 'gl-football', name: '挂绿社区足球队', category: 'SPORTS', kind: 'COMMUNITY_FILING', areaCode: '440118002002', foundedOn: '2020-03-01', partyBranch: false, members: 22 },
];

/** Stable ids other services' demo data may point at (e.g. volunteering's activities organized by them). */
export const DEMO_ORGANIZATIONS: Record<string, string> = Object.fromEntries(ORGANIZATIONS.map((o) => [o.key, demoId('organization', o.key)]));

/** The 新悦人家 project's reported results (field report, Fengxinyuan). */
const XINYUE = { families: 960, firms: 28, activities: 180, personTimes: 13_700 };

type Column = [name: string, type: string];

/** One INSERT … SELECT FROM unnest(…) for many rows: seeding stays a handful of statements. */
async function insertAll(tx: EntityManager, table: string, columns: Column[], records: unknown[][]): Promise<void> {
  if (records.length === 0) return;
  const arrays = columns.map((_, i) => records.map((r) => r[i] ?? null));
  await tx.query(
    `/* seed:${table} */ INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
     SELECT * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
    arrays,
  );
}

/**
 * Writes organizations' part of the demo district: the read model of persons (as population's
 * events would have built it), Fengxinyuan's organizations with their members, activities,
 * the 新悦人家 project and the charity-day campaign. Deterministic: same ids every run.
 */
export async function seed(tx: EntityManager, deps: SeedDeps): Promise<void> {
  const random = rng(6_440_118);
  const district = demoDistrict();
  await insertAll(
    tx,
    'known_persons',
    [
      ['id', 'uuid'],
      ['area_code', 'text'],
      ['household_type', 'text'],
      ['as_of', 'timestamptz'],
      ['as_of_event', 'uuid'],
    ],
    // as old as can be: population's first real announcement of a person replaces the row
    district.persons.map((p) => [p.id, p.gridCode, p.householdType, new Date(0).toISOString(), '00000000-0000-0000-0000-000000000000']),
  );

  // members come first from the organization's own community, then from its neighbours
  const byCommunity = (code: string) => [...district.persons.filter((p) => p.gridCode.startsWith(code)), ...district.persons.filter((p) => !p.gridCode.startsWith(code))];
  const orgRows: unknown[][] = [];
  const statusRows: unknown[][] = [];
  const memberRows: unknown[][] = [];
  let serial = 1000;
  let filing = 0;
  for (const [index, o] of ORGANIZATIONS.entries()) {
    const id = DEMO_ORGANIZATIONS[o.key];
    const pool = byCommunity(o.areaCode);
    // each organization draws its members from a different stretch of the pool
    const offset = o.members >= pool.length / 2 ? 0 : (index * 37) % Math.max(1, pool.length - o.members);
    const members: DemoPerson[] = pool.slice(offset, offset + o.members);
    const chair = members[0];
    orgRows.push([
      id,
      o.name,
      o.kind,
      o.kind === 'CIVIL_AFFAIRS' ? makeCreditCode('440118', serial++) : null,
      o.kind === 'COMMUNITY_FILING' ? `${o.areaCode.slice(-3)}备〔${o.foundedOn.slice(0, 4)}〕${String(++filing).padStart(3, '0')}号` : null,
      o.category,
      o.areaCode,
      o.foundedOn,
      o.partyBranch,
      chair.id,
      o.status?.to ?? 'ACTIVE',
      o.status?.reason ?? null,
      o.status?.on ?? null,
    ]);
    if (o.status) statusRows.push([demoId('organization-status', o.key), id, 'ACTIVE', o.status.to, o.status.reason, o.status.on]);
    const lastJoin = o.status?.on ?? '2026-06-30';
    const span = Math.max(1, Math.round((Date.parse(lastJoin) - Date.parse(o.foundedOn)) / 86_400_000));
    members.forEach((person, i) => {
      const role = i === 0 ? 'CHAIR' : i <= 2 ? 'VICE_CHAIR' : i === 3 ? 'SECRETARY' : 'MEMBER';
      const from = i < 4 ? o.foundedOn : addDays(o.foundedOn, between(random, 0, span));
      // a few ordinary members have left; everyone left a deregistered organization on its last day
      const left = o.status?.to === 'DEREGISTERED' ? o.status.on : role === 'MEMBER' && random() < 0.03 ? addDays(from, between(random, 30, 400)) : null;
      memberRows.push([demoId('membership', `${o.key}-${i}`), id, person.id, o.areaCode, role, from, left && left > '2026-10-31' ? '2026-10-31' : left]);
    });
  }
  const ORG_COLUMNS: Column[] = [
    ['id', 'uuid'],
    ['name', 'text'],
    ['registration_kind', 'text'],
    ['credit_code', 'text'],
    ['filing_number', 'text'],
    ['category', 'text'],
    ['area_code', 'text'],
    ['founded_on', 'date'],
    ['party_branch', 'boolean'],
    ['contact_person_id', 'uuid'],
    ['status', 'text'],
    ['status_reason', 'text'],
    ['status_changed_on', 'date'],
  ];
  await insertAll(tx, 'organizations', ORG_COLUMNS, orgRows);
  await insertAll(
    tx,
    'organization_status_changes',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['from_status', 'text'],
      ['to_status', 'text'],
      ['reason', 'text'],
      ['changed_on', 'date'],
    ],
    statusRows,
  );
  await insertAll(
    tx,
    'memberships',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['person_id', 'uuid'],
      ['area_code', 'text'],
      ['role', 'text'],
      ['from_on', 'date'],
      ['to_on', 'date'],
    ],
    memberRows.map((m) => (m[6] !== null && (m[6] as string) < (m[5] as string) ? [...m.slice(0, 6), m[5]] : m)),
  );

  // 新悦人家: a purchased-service project of the welfare association, reported month by month
  const welfare = DEMO_ORGANIZATIONS['fxy-welfare'];
  const xinyue = demoId('service-project', 'xinyue');
  const projects = [
    [xinyue, welfare, FENGXINYUAN, '新悦人家', '增城区来穗人员服务管理局', 30_000_000, '2026-01-01', '2026-12-31', 'RUNNING'],
    [demoId('service-project', 'neighbour-watch'), DEMO_ORGANIZATIONS['fxy-social-work'], FENGXINYUAN, '邻里守望', '荔城街道办事处', 8_000_000, '2025-01-01', '2025-12-31', 'COMPLETED'],
    [demoId('service-project', 'elder-meals'), DEMO_ORGANIZATIONS['fxy-elder-care'], FENGXINYUAN, '长者饭堂', '增城区民政局', 12_000_000, '2027-01-01', '2027-12-31', 'PLANNED'],
  ];
  await insertAll(
    tx,
    'service_projects',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['area_code', 'text'],
      ['name', 'text'],
      ['funder', 'text'],
      ['budget_fen', 'bigint'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['status', 'text'],
    ],
    projects,
  );
  const targets: [string, string, string, string, number, number][] = [
    [demoId('project-target', 'xinyue-families'), xinyue, 'HOUSEHOLDS_VISITED', '走访来穗家庭', XINYUE.families, 1],
    [demoId('project-target', 'xinyue-firms'), xinyue, 'OTHER', '走访企业', XINYUE.firms, 2],
    [demoId('project-target', 'xinyue-activities'), xinyue, 'ACTIVITIES_HELD', '开展活动', XINYUE.activities, 3],
    [demoId('project-target', 'xinyue-person-times'), xinyue, 'PERSON_TIMES_SERVED', '服务人次', XINYUE.personTimes, 4],
    [demoId('project-target', 'watch-households'), projects[1][0] as string, 'HOUSEHOLDS_VISITED', '走访家庭', 300, 1],
    [demoId('project-target', 'meals-person-times'), projects[2][0] as string, 'PERSON_TIMES_SERVED', '服务人次', 5000, 1],
  ];
  await insertAll(
    tx,
    'project_targets',
    [
      ['id', 'uuid'],
      ['project_id', 'uuid'],
      ['measure', 'text'],
      ['name', 'text'],
      ['target', 'int'],
      ['position', 'int'],
    ],
    targets,
  );
  // ten monthly reports (January to October) adding up exactly to the reported results
  const outcomes: unknown[][] = [];
  for (const [targetId, , , , total] of targets.slice(0, 4))
    for (let month = 1; month <= 10; month++) {
      const share = Math.floor(total / 10) + (month === 10 ? total % 10 : 0);
      outcomes.push([demoId('project-outcome', `${targetId}-${month}`), xinyue, targetId, FENGXINYUAN, share, `2026-${String(month).padStart(2, '0')}-28`, `${month}月进度报告`]);
    }
  for (let month = 1; month <= 12; month++)
    outcomes.push([demoId('project-outcome', `watch-${month}`), projects[1][0], targets[4][0], FENGXINYUAN, 26, `2025-${String(month).padStart(2, '0')}-25`, null]);
  await insertAll(
    tx,
    'project_outcomes',
    [
      ['id', 'uuid'],
      ['project_id', 'uuid'],
      ['target_id', 'uuid'],
      ['area_code', 'text'],
      ['value', 'int'],
      ['reported_on', 'date'],
      ['note', 'text'],
    ],
    outcomes,
  );

  // activities: the project's 180 (13,700 person-times in all), regular events as series, and a few of everyone's
  const activities: unknown[][] = [];
  const PLACES = ['凤馨苑党群服务中心', '凤馨苑社区广场', '凤馨苑居委会活动室', '凤馨苑长者饭堂', '凤馨苑新市民之家'];
  const base = Math.floor(XINYUE.personTimes / XINYUE.activities);
  const extra = XINYUE.personTimes - base * XINYUE.activities;
  for (let i = 0; i < XINYUE.activities; i++) {
    const heldOn = addDays('2026-01-05', Math.floor((i * 298) / XINYUE.activities));
    activities.push([demoId('activity', `xinyue-${i}`), welfare, FENGXINYUAN, pick(random, ['新市民融入课堂', '来穗家庭走访', '亲子共融活动', '就业政策宣讲', '邻里互助茶话会']), heldOn, pick(random, PLACES), between(random, 6, 20), base + (i < extra ? 1 : 0), xinyue, null]);
  }
  const series: unknown[][] = [];
  const regular: [string, string, string, 'WEEKLY' | 'MONTHLY' | 'YEARLY', string, string, number, number][] = [
    ['service-day', 'fxy-welfare', '月度服务日', 'MONTHLY', '2026-01-15', '2026-11-15', 30, 220],
    ['mid-autumn', 'fxy-new-residents', '中秋百家宴', 'YEARLY', '2019-09-13', '2026-09-25', 40, 500],
    ['legal-day', 'fxy-legal', '法律咨询日', 'WEEKLY', '2026-01-07', '2026-11-18', 3, 12],
  ];
  for (const [key, orgKey, title, frequency, from, to, participants, served] of regular) {
    const dates = seriesDates(from, to, frequency);
    const seriesId = demoId('activity-series', key);
    series.push([seriesId, DEMO_ORGANIZATIONS[orgKey], title, frequency, from, to, dates.length]);
    dates.forEach((heldOn, i) => activities.push([demoId('activity', `${key}-${i}`), DEMO_ORGANIZATIONS[orgKey], FENGXINYUAN, title, heldOn, PLACES[0], participants, served, null, seriesId]));
  }
  for (const o of ORGANIZATIONS) {
    if (o.status?.to === 'DEREGISTERED') continue;
    for (let i = 0; i < 4; i++)
      activities.push([
        demoId('activity', `${o.key}-own-${i}`),
        DEMO_ORGANIZATIONS[o.key],
        o.areaCode,
        `${o.name.replace(/^.{2,4}社区|^凤馨苑/, '')}活动`,
        addDays('2026-01-10', between(random, 0, o.status ? 45 : 290)),
        pick(random, PLACES),
        between(random, 8, 40),
        between(random, 10, 120),
        null,
        null,
      ]);
  }
  await insertAll(
    tx,
    'activity_series',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['title', 'text'],
      ['frequency', 'text'],
      ['from_on', 'date'],
      ['to_on', 'date'],
      ['occurrences', 'int'],
    ],
    series,
  );
  await insertAll(
    tx,
    'activities',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['area_code', 'text'],
      ['title', 'text'],
      ['held_on', 'date'],
      ['place', 'text'],
      ['participants', 'int'],
      ['people_served', 'int'],
      ['project_id', 'uuid'],
      ['series_id', 'uuid'],
    ],
    activities,
  );

  // the charity day (9月5日 中华慈善日) and a micro venture-philanthropy drive, with donations in exact fen
  const charityDay = demoId('fundraising-campaign', 'charity-day-2026');
  const venture = demoId('fundraising-campaign', 'micro-venture-2026');
  await insertAll(
    tx,
    'fundraising_campaigns',
    [
      ['id', 'uuid'],
      ['organization_id', 'uuid'],
      ['area_code', 'text'],
      ['name', 'text'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['goal_fen', 'bigint'],
    ],
    [
      [charityDay, welfare, FENGXINYUAN, '2026年“中华慈善日”凤馨苑公益募捐', '2026-09-01', '2026-09-10', 10_000_000],
      [venture, DEMO_ORGANIZATIONS['fxy-new-residents'], FENGXINYUAN, '公益微创投：新市民成长基金', '2026-05-01', '2026-06-30', 3_000_000],
    ],
  );
  const donations: unknown[][] = [];
  const ENTERPRISES = ['增城某物业公司', '荔城某餐饮公司', '凤馨苑商户联谊会', '某电子厂'];
  for (let i = 0; i < 80; i++) {
    const enterprise = i % 10 === 0;
    const anonymous = !enterprise && i % 7 === 0;
    const amount = enterprise ? between(random, 500_000, 1_500_000) : between(random, 1_000, 60_000) + (i % 3 === 0 ? 88 : 0);
    donations.push([
      demoId('donation', `charity-day-${i}`),
      charityDay,
      FENGXINYUAN,
      amount,
      enterprise ? 'ENTERPRISE' : anonymous ? 'ANONYMOUS' : 'INDIVIDUAL',
      enterprise ? pick(random, ENTERPRISES) : anonymous ? null : `${district.persons[i].name.slice(0, 1)}先生/女士`,
      addDays('2026-09-01', between(random, 0, 9)),
    ]);
  }
  for (let i = 0; i < 25; i++)
    donations.push([demoId('donation', `venture-${i}`), venture, FENGXINYUAN, between(random, 5_000, 200_000), i % 5 === 0 ? 'ORGANIZATION' : 'INDIVIDUAL', null, addDays('2026-05-01', between(random, 0, 60))]);
  await insertAll(
    tx,
    'donations',
    [
      ['id', 'uuid'],
      ['campaign_id', 'uuid'],
      ['area_code', 'text'],
      ['amount_fen', 'bigint'],
      ['donor_kind', 'text'],
      ['donor_name', 'text'],
      ['donated_on', 'date'],
    ],
    donations,
  );
  deps.log.info({ organizations: orgRows.length, memberships: memberRows.length, activities: activities.length, donations: donations.length }, 'organizations demo data written');
}
