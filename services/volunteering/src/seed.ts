import { between, demoDistrict, demoId, FENGXINYUAN, pick, rng, type DemoPerson } from '@linli/demo';
import type { EntityManager } from '@linli/db';
import type { SeedDeps } from '@linli/subgraph';
import { chinaDay } from './domain/rules';

/**
 * Volunteering's part of the demo district: volunteers drawn from the demo persons, the teams
 * of Fengxinyuan and a Dalong-like community (光明), building captains on the demo buildings,
 * and 68 activities over the past year with attendance and hours in every state (≈6,500
 * approved hours, the Dalong scale). The read models are written as the consumers would
 * have built them from population's, housing's and organizations' events.
 */

type Column = [name: string, type: string];

/** One INSERT … SELECT FROM unnest(...) per table: a few statements for thousands of rows. */
async function insertAll(tx: EntityManager, table: string, columns: Column[], records: unknown[][]): Promise<void> {
  const CHUNK = 5_000;
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    // array-typed columns travel as array literals and are cast back after unnest
    const params = columns.map((_, c) => chunk.map((r) => (Array.isArray(r[c]) ? `{${(r[c] as string[]).map((s) => `"${s}"`).join(',')}}` : r[c])));
    const unnest = columns.map(([, type], c) => `$${c + 1}::${type.endsWith('[]') ? 'text' : type}[]`).join(', ');
    const select = columns.map(([name, type]) => (type.endsWith('[]') ? `${name}::${type}` : name)).join(', ');
    await tx.query(`/* seed_${table} */ INSERT INTO ${table} (${columns.map(([n]) => n).join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS u(${columns.map(([n]) => n).join(', ')})`, params);
  }
}

const GUANGMING = '440118002001';
const LIJING = '440118001002';
const GUALV = '440118002002';
const SKILLS = ['driving', 'first-aid', 'patrol', 'legal-advice', 'counselling', 'elder-care', 'tutoring', 'photography'];

const TEAMS: { key: string; name: string; kind: string; areaCode: string; size: number }[] = [
  { key: 'fxy-care-fleet', name: '凤馨苑爱心车队', kind: 'CARE_FLEET', areaCode: FENGXINYUAN, size: 24 },
  { key: 'fxy-anti-dv', name: '凤馨苑反家暴志愿队', kind: 'ANTI_DOMESTIC_VIOLENCE', areaCode: FENGXINYUAN, size: 12 },
  { key: 'fxy-emergency', name: '凤馨苑应急互助队', kind: 'EMERGENCY_MUTUAL_AID', areaCode: FENGXINYUAN, size: 30 },
  { key: 'fxy-patrol', name: '凤馨苑邻里巡逻队', kind: 'NEIGHBORHOOD_PATROL', areaCode: FENGXINYUAN, size: 30 },
  { key: 'fxy-captains', name: '凤馨苑楼长队', kind: 'BUILDING_CAPTAINS', areaCode: FENGXINYUAN, size: 0 },
  { key: 'gm-captains', name: '光明社区楼长志愿服务队', kind: 'BUILDING_CAPTAINS', areaCode: GUANGMING, size: 0 },
  { key: 'gm-emergency', name: '光明社区应急互助队', kind: 'EMERGENCY_MUTUAL_AID', areaCode: GUANGMING, size: 30 },
  { key: 'gm-patrol', name: '光明社区平安巡逻队', kind: 'NEIGHBORHOOD_PATROL', areaCode: GUANGMING, size: 30 },
  { key: 'gm-care-fleet', name: '光明社区爱心车队', kind: 'CARE_FLEET', areaCode: GUANGMING, size: 16 },
  { key: 'lj-care-fleet', name: '荔景社区爱心车队', kind: 'CARE_FLEET', areaCode: LIJING, size: 16 },
  { key: 'gl-patrol', name: '挂绿社区邻里巡逻队', kind: 'NEIGHBORHOOD_PATROL', areaCode: GUALV, size: 20 },
];

/** Organisations as organizations' seed announces them (same stable ids), those that organise volunteer work. */
const ORGANIZATIONS: { key: string; name: string; status: string; areaCode: string }[] = [
  { key: 'fxy-welfare', name: '凤馨苑社区公益服务协会', status: 'ACTIVE', areaCode: FENGXINYUAN },
  { key: 'fxy-social-work', name: '凤馨苑社工服务站', status: 'ACTIVE', areaCode: FENGXINYUAN },
  { key: 'fxy-elder-care', name: '凤馨苑长者关爱小组', status: 'ACTIVE', areaCode: FENGXINYUAN },
  { key: 'fxy-legal', name: '凤馨苑法律服务志愿队', status: 'ACTIVE', areaCode: FENGXINYUAN },
  { key: 'fxy-chess', name: '凤馨苑棋牌协会', status: 'SUSPENDED', areaCode: FENGXINYUAN },
  { key: 'lj-welfare', name: '荔景社区志愿服务协会', status: 'ACTIVE', areaCode: LIJING },
  { key: 'gm-welfare', name: '光明社区邻里互助会', status: 'ACTIVE', areaCode: GUANGMING },
];
const ORGANISING = ['fxy-welfare', 'fxy-elder-care', 'fxy-legal', 'gm-welfare', 'lj-welfare'];

const TITLES: Record<string, string[]> = {
  CARE_FLEET: ['爱心车队送长者就医', '爱心车队接送行动不便居民复诊'],
  ANTI_DOMESTIC_VIOLENCE: ['反家暴宣传进楼栋', '妇女儿童权益咨询'],
  EMERGENCY_MUTUAL_AID: ['台风天应急值守', '消防应急演练', '应急物资清点'],
  NEIGHBORHOOD_PATROL: ['夜间平安巡逻', '出租屋消防安全巡查'],
  BUILDING_CAPTAINS: ['楼长入户走访', '楼栋环境整治'],
  ORGANIZATION: ['长者生日会', '义诊与健康咨询', '法律咨询进社区', '新市民子女四点半课堂'],
};

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export async function seed(tx: EntityManager, deps: SeedDeps): Promise<void> {
  const district = demoDistrict();
  const random = rng(5005);
  const now = new Date();
  const asOf = now.toISOString();
  const communityOf = (code: string) => code.slice(0, 12);

  // read models, as the consumers would have built them
  // (the nil event id: any event the services publish later follows it)
  const asOfEvent = '00000000-0000-0000-0000-000000000000';
  await insertAll(
    tx,
    'known_persons',
    [['id', 'uuid'], ['area_code', 'text'], ['household_type', 'text'], ['as_of', 'timestamptz'], ['as_of_event', 'uuid']],
    district.persons.map((p) => [p.id, p.gridCode, p.householdType, asOf, asOfEvent]),
  );
  await insertAll(
    tx,
    'known_buildings',
    [['id', 'uuid'], ['grid_code', 'text'], ['as_of', 'timestamptz'], ['as_of_event', 'uuid']],
    district.buildings.map((b) => [b.id, b.gridCode, asOf, asOfEvent]),
  );
  await insertAll(
    tx,
    'known_organizations',
    [['id', 'uuid'], ['name', 'text'], ['status', 'text'], ['area_code', 'text'], ['as_of', 'timestamptz'], ['as_of_event', 'uuid']],
    ORGANIZATIONS.map((o) => [demoId('organization', o.key), o.name, o.status, o.areaCode, asOf, asOfEvent]),
  );

  // every seventh adult resident volunteers
  const adults = district.persons.filter((p, i) => i % 7 === 0 && p.birthDate <= '2008-01-01' && p.birthDate >= '1950-01-01');
  const volunteers = adults.map((p: DemoPerson) => ({
    id: demoId('volunteer', p.id),
    personId: p.id,
    areaCode: p.gridCode,
    skills: SKILLS.filter(() => random() < 0.25),
    status: random() < 0.03 ? 'SUSPENDED' : random() < 0.02 ? 'WITHDRAWN' : 'ACTIVE',
    registeredOn: chinaDay(new Date(Date.parse('2019-01-01') + between(random, 0, 2200) * DAY)),
  }));
  await insertAll(
    tx,
    'volunteers',
    [['id', 'uuid'], ['person_id', 'uuid'], ['area_code', 'text'], ['skills', 'text[]'], ['status', 'text'], ['registered_on', 'date']],
    volunteers.map((v) => [v.id, v.personId, v.areaCode, v.skills, v.status, v.registeredOn]),
  );
  const active = volunteers.filter((v) => v.status === 'ACTIVE');
  const activeIn = (community: string) => active.filter((v) => communityOf(v.areaCode) === community);
  const shuffled = <T>(items: T[]) => items.map((item) => [random(), item] as const).sort((a, b) => a[0] - b[0]).map(([, item]) => item);

  // building captains: most buildings have one, a volunteer of the same grid where there is one
  const captains: [string, string, string][] = [];
  for (const building of district.buildings) {
    if (random() > 0.85) continue;
    const candidates = active.filter((v) => v.areaCode === building.gridCode);
    const pool = candidates.length ? candidates : activeIn(communityOf(building.gridCode));
    if (pool.length) captains.push([building.id, pick(random, pool).id, building.gridCode]);
  }
  await insertAll(tx, 'building_captains', [['building_id', 'uuid'], ['volunteer_id', 'uuid'], ['area_code', 'text']], captains);

  const teams = TEAMS.map((t) => {
    const captainsOfCommunity = [...new Set(captains.filter(([, , grid]) => communityOf(grid) === t.areaCode).map(([, v]) => v))];
    const members = t.kind === 'BUILDING_CAPTAINS' ? captainsOfCommunity : shuffled(activeIn(t.areaCode)).slice(0, t.size).map((v) => v.id);
    return { ...t, id: demoId('volunteer-team', t.key), leaderId: members[0] ?? null, members };
  });
  await insertAll(
    tx,
    'teams',
    [['id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['area_code', 'text'], ['leader_id', 'uuid']],
    teams.map((t) => [t.id, t.name, t.kind, t.areaCode, t.leaderId]),
  );
  await insertAll(tx, 'team_members', [['team_id', 'uuid'], ['volunteer_id', 'uuid']], teams.flatMap((t) => t.members.map((m) => [t.id, m])));

  // 68 activities over the past year, each on its own day, so nobody's sign-ups clash
  const activities: unknown[][] = [];
  const attendances: unknown[][] = [];
  const entries: unknown[][] = [];
  const organisers = [...teams.filter((t) => t.kind !== 'BUILDING_CAPTAINS' || t.members.length > 0).map((t) => ({ team: t, org: null as null | string })), ...ORGANISING.map((key) => ({ team: null, org: key }))];
  const today = Date.parse(`${chinaDay(now)}T00:00:00+08:00`);
  for (let i = 0; i < 68; i++) {
    const upcoming = i >= 65; // three still ahead: open for sign-up (one already full)
    const cancelled = i === 20 || i === 47;
    const dayStart = upcoming ? today + (i - 63) * 3 * DAY : today - (360 - i * 5) * DAY;
    const morning = random() < 0.6;
    const startsAt = new Date(dayStart + (morning ? 9 : 14) * HOUR);
    const endsAt = new Date(startsAt.getTime() + between(random, 3, 4) * HOUR);
    const organiser = organisers[i % organisers.length];
    const kind = organiser.team ? organiser.team.kind : 'ORGANIZATION';
    const areaCode = organiser.team ? organiser.team.areaCode : ORGANIZATIONS.find((o) => o.key === organiser.org)!.areaCode;
    const capacity = between(random, 30, 40);
    const id = demoId('volunteer-activity', i);
    const pool = shuffled(activeIn(areaCode));
    const taken = cancelled ? 0 : upcoming ? (i === 65 ? Math.min(capacity, pool.length) : between(random, 5, 15)) : Math.min(pool.length, capacity - between(random, 0, 4));
    const status = cancelled ? 'CANCELLED' : upcoming ? (taken >= capacity ? 'FULL' : 'OPEN') : 'COMPLETED';
    activities.push([
      id,
      organiser.team ? 'TEAM' : 'ORGANIZATION',
      organiser.team?.id ?? null,
      organiser.org ? demoId('organization', organiser.org) : null,
      pick(random, TITLES[kind]),
      areaCode,
      `${pick(random, ['社区党群服务中心', '社区广场', '社区居委会', '小区门口'])}`,
      startsAt.toISOString(),
      endsAt.toISOString(),
      capacity,
      taken,
      status,
      cancelled ? pick(random, ['台风预警，活动取消', '场地临时被占用']) : null,
    ]);
    const servedOn = chinaDay(startsAt);
    pool.slice(0, taken).forEach((volunteer, n) => {
      const attendanceId = demoId('volunteer-attendance', `${i}-${n}`);
      const signedUpAt = new Date(startsAt.getTime() - between(random, 1, 10) * DAY).toISOString();
      const roll = random();
      const base = [attendanceId, id, volunteer.id, areaCode, servedOn, startsAt.toISOString(), endsAt.toISOString(), signedUpAt];
      if (upcoming) return attendances.push([...base, 'SIGNED_UP', null, null, null, null, null, null, null]);
      if (roll < 0.05) return attendances.push([...base, 'NO_SHOW', null, null, null, null, null, null, null]);
      if (roll < 0.08) return attendances.push([...base, 'CANCELLED', null, null, null, null, null, null, null]);
      const checkedIn = new Date(startsAt.getTime() - between(random, 0, 15) * 60_000);
      const checkedOut = new Date(endsAt.getTime() + between(random, -20, 10) * 60_000);
      const recorded = Math.floor((checkedOut.getTime() - checkedIn.getTime()) / 60_000);
      const adjusted = random() < 0.05 ? recorded - 30 : null;
      // the last few activities still wait for approval; a few approvals were reversed
      const hoursStatus = i >= 62 ? 'PENDING' : random() < 0.015 ? 'REVERSED' : 'APPROVED';
      attendances.push([
        ...base,
        'CHECKED_OUT',
        checkedIn.toISOString(),
        checkedOut.toISOString(),
        recorded,
        adjusted,
        adjusted === null ? null : '提前离开，按实际服务时长',
        hoursStatus,
        hoursStatus === 'PENDING' ? null : new Date(endsAt.getTime() + DAY).toISOString(),
      ]);
      if (hoursStatus === 'PENDING') return;
      const minutes = adjusted ?? recorded;
      const approvalId = demoId('hours-approval', attendanceId);
      const approvedAt = new Date(endsAt.getTime() + DAY).toISOString();
      entries.push([approvalId, attendanceId, volunteer.id, id, areaCode, servedOn, 'APPROVAL', minutes, null, null, 'demo', approvedAt]);
      if (hoursStatus === 'REVERSED')
        entries.push([demoId('hours-reversal', attendanceId), attendanceId, volunteer.id, id, areaCode, servedOn, 'REVERSAL', minutes, '重复登记，冲销', approvalId, 'demo', new Date(endsAt.getTime() + 2 * DAY).toISOString()]);
    });
  }
  await insertAll(
    tx,
    'activities',
    [
      ['id', 'uuid'],
      ['organiser_kind', 'text'],
      ['team_id', 'uuid'],
      ['organization_id', 'uuid'],
      ['title', 'text'],
      ['area_code', 'text'],
      ['place', 'text'],
      ['starts_at', 'timestamptz'],
      ['ends_at', 'timestamptz'],
      ['capacity', 'int'],
      ['signed_up', 'int'],
      ['status', 'text'],
      ['cancellation_reason', 'text'],
    ],
    activities,
  );
  await insertAll(
    tx,
    'attendances',
    [
      ['id', 'uuid'],
      ['activity_id', 'uuid'],
      ['volunteer_id', 'uuid'],
      ['area_code', 'text'],
      ['served_on', 'date'],
      ['starts_at', 'timestamptz'],
      ['ends_at', 'timestamptz'],
      ['signed_up_at', 'timestamptz'],
      ['status', 'text'],
      ['checked_in_at', 'timestamptz'],
      ['checked_out_at', 'timestamptz'],
      ['recorded_minutes', 'int'],
      ['adjusted_minutes', 'int'],
      ['adjustment_reason', 'text'],
      ['hours_status', 'text'],
      ['approved_at', 'timestamptz'],
    ],
    attendances,
  );
  await insertAll(
    tx,
    'hours_entries',
    [
      ['id', 'uuid'],
      ['attendance_id', 'uuid'],
      ['volunteer_id', 'uuid'],
      ['activity_id', 'uuid'],
      ['area_code', 'text'],
      ['served_on', 'date'],
      ['kind', 'text'],
      ['minutes', 'int'],
      ['reason', 'text'],
      ['reverses', 'uuid'],
      ['recorded_by', 'text'],
      ['recorded_at', 'timestamptz'],
    ],
    entries,
  );
  // the good-deeds board of last year: the ten volunteers with most approved hours in each community
  const awards = await tx.query(
    `/* seed_awards */ INSERT INTO awards (id, volunteer_id, kind, title, awarded_on, awarded_by)
     SELECT md5('linli-demo:award:' || volunteer_id)::uuid, volunteer_id, 'GOOD_DEEDS_BOARD', '年度善行义举榜', $1::date, 'demo' FROM (
       SELECT h.volunteer_id, row_number() OVER (PARTITION BY left(h.area_code, 12) ORDER BY sum(CASE h.kind WHEN 'APPROVAL' THEN h.minutes ELSE -h.minutes END) DESC, h.volunteer_id) AS rank
       FROM hours_entries h GROUP BY h.volunteer_id, left(h.area_code, 12)
     ) ranked WHERE rank <= 10 ON CONFLICT (id) DO NOTHING RETURNING id`,
    [chinaDay(now)],
  );
  deps.log.info(
    { volunteers: volunteers.length, teams: teams.length, captains: captains.length, activities: activities.length, attendances: attendances.length, awards: awards.length },
    'volunteering demo seeded',
  );
}
