import { rows, type EntityManager } from '@linli/db';
import { demoDistrict, demoId, FENGXINYUAN, type DemoPerson } from '@linli/demo';
import { addDays, today } from '@linli/domain';
import type { SeedDeps } from '@linli/subgraph';
import { quorumOf } from './domain/council-rules';

/**
 * Inserts many rows in one statement: one array per column, unnested together. A column type
 * `text>uuid[]` travels as text and is cast on insert (arrays of arrays cannot be unnested).
 */
async function insertAll(tx: EntityManager, table: string, columns: Record<string, string>, records: Record<string, unknown>[]): Promise<void> {
  if (!records.length) return;
  const names = Object.keys(columns);
  const arrays = names.map((name) => records.map((r) => r[name] ?? null));
  const unnest = names.map((name, i) => `$${i + 1}::${columns[name].split('>')[0]}[]`).join(', ');
  const select = names.map((name) => (columns[name].includes('>') ? `t.${name}::${columns[name].split('>')[1]}` : `t.${name}`)).join(', ');
  await rows(tx, `/* seed_${table} */ INSERT INTO ${table} (${names.join(', ')}) SELECT ${select} FROM unnest(${unnest}) AS t(${names.join(', ')})`, arrays);
}

const SEED_USER = 'seed';
const TYPES = ['NEIGHBOR', 'NEIGHBOR', 'NEIGHBOR', 'FAMILY', 'PROPERTY_MANAGEMENT', 'LANDLORD_TENANT', 'LABOR', 'OTHER'] as const;

/**
 * Mediation's part of the demo district, dated relative to today so the last twelve months hold
 * the Fengxinyuan figures (凤馨苑): 21 mediations closed, 20 fulfilled, 1 failed and referred to
 * court; 7 mediators and a volunteer lawyer; a council of 6 local, 6 migrant and 1 street seat
 * with 9 meetings and 20 topics, 19 solved (carried and fully implemented); and grid incidents
 * at every step, some waiting past their deadline. 荔景社区 holds a few open cases, one overdue.
 */
export async function seed(tx: EntityManager, deps: SeedDeps, now: string = today()): Promise<void> {
  const district = demoDistrict();
  const people = (community: string) => district.persons.filter((p) => p.gridCode.startsWith(community));
  const fx = people(FENGXINYUAN);
  const lijing = people('440118001002');
  const day = (offset: number) => addDays(now, -offset);

  // ---- the read model of population's persons, as the person consumer would have built it
  await insertAll(
    tx,
    'known_persons',
    { id: 'uuid', household_type: 'text', area_code: 'text', as_of: 'timestamptz', as_of_event: 'uuid' },
    // the nil event id: any event of population's wins over the seeded row
    district.persons.map((p) => ({
      id: p.id,
      household_type: p.householdType,
      area_code: p.gridCode,
      as_of: `${now}T00:00:00Z`,
      as_of_event: '00000000-0000-0000-0000-000000000000',
    })),
  );

  // ---- committees and mediators
  const committees = [
    { id: demoId('mediation-committee', FENGXINYUAN), area_code: FENGXINYUAN, name: '凤馨苑社区人民调解委员会' },
    { id: demoId('mediation-committee', '440118001002'), area_code: '440118001002', name: '荔景社区人民调解委员会' },
  ];
  await insertAll(tx, 'mediation_committees', { id: 'uuid', area_code: 'text', name: 'text' }, committees);
  const mediatorOf = (p: DemoPerson, i: number, committee: (typeof committees)[number], lawyer = false) => ({
    id: demoId('mediator', `${committee.area_code}-${i}`),
    committee_id: committee.id,
    area_code: committee.area_code,
    person_id: p.id,
    employment: lawyer || i >= 3 ? 'PART_TIME' : 'FULL_TIME',
    volunteer_lawyer: lawyer,
    joined_on: day(900 - i * 30),
  });
  const fxMediators = fx.slice(0, 7).map((p, i) => mediatorOf(p, i, committees[0]));
  fxMediators.push(mediatorOf(fx[7], 7, committees[0], true));
  const ljMediators = lijing.slice(0, 3).map((p, i) => mediatorOf(p, i, committees[1]));
  await insertAll(
    tx,
    'mediators',
    { id: 'uuid', committee_id: 'uuid', area_code: 'text', person_id: 'uuid', employment: 'text', volunteer_lawyer: 'boolean', joined_on: 'date' },
    [...fxMediators, ...ljMediators],
  );

  // ---- dispute cases
  const cases: Record<string, unknown>[] = [];
  const parties: Record<string, unknown>[] = [];
  const caseMediators: Record<string, unknown>[] = [];
  const transitions: Record<string, unknown>[] = [];
  const sessions: Record<string, unknown>[] = [];
  const addCase = (
    key: string,
    c: {
      area: string;
      committee: string;
      type: string;
      opened: string;
      status: string;
      steps: [string, string][];
      applicant: DemoPerson;
      respondent: DemoPerson;
      mediator: string;
      extra?: Record<string, unknown>;
    },
  ) => {
    const id = demoId('dispute-case', key);
    const closing = c.steps.find(([status]) => ['FULFILLED', 'FAILED', 'WITHDRAWN'].includes(status));
    cases.push({
      id,
      area_code: c.area,
      committee_id: c.committee,
      type: c.type,
      summary: `${c.applicant.name}与${c.respondent.name}的纠纷`,
      status: c.status,
      opened_on: c.opened,
      due_on: addDays(c.opened, 30),
      status_on: c.steps.at(-1)?.[1] ?? c.opened,
      closed_on: closing?.[1] ?? null,
      ...c.extra,
    });
    parties.push(
      { case_id: id, person_id: c.applicant.id, role: 'APPLICANT', position: 1 },
      { case_id: id, person_id: c.respondent.id, role: 'RESPONDENT', position: 2 },
    );
    caseMediators.push({ case_id: id, mediator_id: c.mediator, assigned_on: c.opened });
    let from: string | null = null;
    for (const [to, on] of [['INTAKE', c.opened] as [string, string], ...c.steps]) {
      transitions.push({ case_id: id, from_status: from, to_status: to, on_date: on, recorded_by: SEED_USER });
      from = to;
    }
    const mediating = c.steps.find(([s]) => s === 'MEDIATING');
    if (mediating)
      sessions.push({
        id: demoId('mediation-session', key),
        case_id: id,
        held_on: mediating[1],
        attendee_ids: `{${c.applicant.id},${c.respondent.id}}`,
        notes: '双方陈述诉求，调解员释法说理',
      });
  };
  for (let i = 0; i < 21; i++) {
    const opened = day(350 - i * 15);
    const [start, agree, end] = [addDays(opened, 1), addDays(opened, 4 + (i % 5)), addDays(opened, 8 + (i % 7))];
    const applicant = fx[20 + 2 * i];
    const respondent = fx[21 + 2 * i];
    const common = {
      area: applicant.gridCode,
      committee: committees[0].id,
      type: TYPES[i % TYPES.length],
      opened,
      applicant,
      respondent,
      mediator: fxMediators[i % 8].id,
    };
    if (i === 13)
      addCase(`fx-${i}`, {
        ...common,
        status: 'REFERRED',
        steps: [
          ['MEDIATING', start],
          ['FAILED', agree],
          ['REFERRED', end],
        ],
        extra: { failure_reason: '双方分歧较大，调解不成', referred_to: 'COURT', referral_institution: '增城区人民法院', referred_on: end },
      });
    else
      addCase(`fx-${i}`, {
        ...common,
        status: 'FULFILLED',
        steps: [
          ['MEDIATING', start],
          ['AGREEMENT_REACHED', agree],
          ['FULFILLED', end],
        ],
        extra: { agreement_terms: '双方达成和解，按约定履行', agreement_on: agree, fulfilment_deadline: addDays(agree, 14), fulfilled_on: end },
      });
  }
  const ljCommon = { committee: committees[1].id, mediator: ljMediators[0].id };
  addCase('lj-overdue', {
    ...ljCommon,
    area: lijing[10].gridCode,
    type: 'LANDLORD_TENANT',
    opened: day(45),
    status: 'MEDIATING',
    steps: [['MEDIATING', day(44)]],
    applicant: lijing[10],
    respondent: lijing[11],
  });
  addCase('lj-intake', {
    ...ljCommon,
    area: lijing[12].gridCode,
    type: 'NEIGHBOR',
    opened: day(3),
    status: 'INTAKE',
    steps: [],
    applicant: lijing[12],
    respondent: lijing[13],
  });
  addCase('lj-agreed', {
    ...ljCommon,
    area: lijing[14].gridCode,
    type: 'PROPERTY_MANAGEMENT',
    opened: day(12),
    status: 'AGREEMENT_REACHED',
    steps: [
      ['MEDIATING', day(11)],
      ['AGREEMENT_REACHED', day(6)],
    ],
    applicant: lijing[14],
    respondent: lijing[15],
    extra: { agreement_terms: '物业公司十日内修复漏水', agreement_on: day(6), fulfilment_deadline: day(-4) },
  });
  addCase('lj-withdrawn', {
    ...ljCommon,
    area: lijing[16].gridCode,
    type: 'FAMILY',
    opened: day(60),
    status: 'WITHDRAWN',
    steps: [['WITHDRAWN', day(58)]],
    applicant: lijing[16],
    respondent: lijing[17],
    extra: { withdrawal_reason: '双方自行和解' },
  });

  // ---- grid incidents: every step, some overdue (dispatched and waiting past the deadline)
  const incidents: Record<string, unknown>[] = [];
  const steps: Record<string, unknown>[] = [];
  const evaluations: Record<string, unknown>[] = [];
  const CATEGORY = [
    ['ENVIRONMENT_SANITATION', 'URBAN_MANAGEMENT', 3],
    ['FIRE_HAZARD', 'FIRE_RESCUE', 2],
    ['PROPERTY_SERVICE', 'HOUSING_CONSTRUCTION', 7],
    ['NOISE_POLLUTION', 'ECOLOGY_ENVIRONMENT', 5],
    ['ROAD_OCCUPATION', 'URBAN_MANAGEMENT', 3],
  ] as const;
  const plan: { step: string; reported: number }[] = [
    ...[2, 1, 0].map((reported) => ({ step: 'REPORTED', reported })),
    ...[20, 15, 12].map((reported) => ({ step: 'DISPATCHED', reported })),
    ...[1, 0].map((reported) => ({ step: 'DISPATCHED', reported })),
    ...[6, 4, 3].map((reported) => ({ step: 'HANDLED', reported })),
    ...[9, 8].map((reported) => ({ step: 'FOLLOWED_UP', reported })),
    ...[200, 160, 120, 90, 60, 40, 30].map((reported) => ({ step: 'CLOSED', reported })),
  ];
  const ORDER = ['REPORTED', 'DISPATCHED', 'HANDLED', 'FOLLOWED_UP', 'CLOSED'];
  plan.forEach((item, i) => {
    const id = demoId('grid-incident', `fx-${i}`);
    const [category, department, limit] = CATEGORY[i % CATEGORY.length];
    const reporter = fx[100 + i];
    const reached = ORDER.indexOf(item.step);
    const reportedOn = day(item.reported);
    const dispatchedOn = reached >= 1 ? addDays(reportedOn, Math.min(1, item.reported)) : null;
    const deadline = dispatchedOn ? addDays(dispatchedOn, limit) : null;
    // one closed incident in three was handled a day late: it counts against its department
    const handledOn = reached >= 2 ? (i % 3 === 0 ? addDays(deadline!, 1) : dispatchedOn) : null;
    const safeHandled = handledOn && handledOn > now ? now : handledOn;
    const followedUpOn = reached >= 3 ? safeHandled : null;
    const closedOn = reached >= 4 ? followedUpOn : null;
    incidents.push({
      id,
      area_code: reporter.gridCode,
      category_code: category,
      place: `${reporter.gridCode.slice(-3)}网格 ${i + 1}号楼旁`,
      description: '网格员巡查发现',
      reporter_kind: (['GRID_WORKER', 'BUILDING_CAPTAIN', 'RESIDENT'] as const)[i % 3],
      reporter_person_id: i % 3 === 0 ? null : reporter.id,
      reported_on: reportedOn,
      step: item.step,
      department_code: dispatchedOn ? department : null,
      dispatched_on: dispatchedOn,
      deadline,
      handled_on: safeHandled,
      handling: safeHandled ? '已现场处置' : null,
      followed_up_on: followedUpOn,
      follow_up_note: followedUpOn ? '回访报告人，问题已解决' : null,
      closed_on: closedOn,
      reopen_count: 0,
    });
    const trail: [string | null, string, string | null][] = [[null, 'REPORTED', reportedOn]];
    if (dispatchedOn) trail.push(['REPORTED', 'DISPATCHED', dispatchedOn]);
    if (safeHandled) trail.push(['DISPATCHED', 'HANDLED', safeHandled]);
    if (followedUpOn) trail.push(['HANDLED', 'FOLLOWED_UP', followedUpOn]);
    if (closedOn) trail.push(['FOLLOWED_UP', 'CLOSED', closedOn]);
    for (const [from, to, on] of trail) steps.push({ incident_id: id, from_step: from, to_step: to, on_date: on, note: null, recorded_by: SEED_USER });
    if (closedOn)
      evaluations.push({ incident_id: id, area_code: reporter.gridCode, evaluated_on: closedOn, satisfied: true, score: 4 + (i % 2), comment: null });
  });
  await insertAll(
    tx,
    'grid_incidents',
    {
      id: 'uuid',
      area_code: 'text',
      category_code: 'text',
      place: 'text',
      description: 'text',
      reporter_kind: 'text',
      reporter_person_id: 'uuid',
      reported_on: 'date',
      step: 'text',
      department_code: 'text',
      dispatched_on: 'date',
      deadline: 'date',
      handled_on: 'date',
      handling: 'text',
      followed_up_on: 'date',
      follow_up_note: 'text',
      closed_on: 'date',
      reopen_count: 'int',
    },
    incidents,
  );
  await insertAll(tx, 'incident_steps', { incident_id: 'uuid', from_step: 'text', to_step: 'text', on_date: 'date', note: 'text', recorded_by: 'text' }, steps);
  await insertAll(
    tx,
    'incident_evaluations',
    { incident_id: 'uuid', area_code: 'text', evaluated_on: 'date', satisfied: 'boolean', score: 'int', comment: 'text' },
    evaluations,
  );
  // every handling, as the handling step would have kept it
  await insertAll(
    tx,
    'incident_handlings',
    { incident_id: 'uuid', area_code: 'text', department_code: 'text', handled_on: 'date', deadline: 'date' },
    incidents
      .filter((i) => i.handled_on)
      .map((i) => ({ incident_id: i.id, area_code: i.area_code, department_code: i.department_code, handled_on: i.handled_on, deadline: i.deadline })),
  );

  await insertAll(
    tx,
    'dispute_cases',
    {
      id: 'uuid',
      area_code: 'text',
      committee_id: 'uuid',
      type: 'text',
      summary: 'text',
      status: 'text',
      opened_on: 'date',
      due_on: 'date',
      status_on: 'date',
      closed_on: 'date',
      agreement_terms: 'text',
      agreement_on: 'date',
      fulfilment_deadline: 'date',
      fulfilled_on: 'date',
      failure_reason: 'text',
      referred_to: 'text',
      referral_institution: 'text',
      referred_on: 'date',
      withdrawal_reason: 'text',
    },
    cases,
  );
  await insertAll(tx, 'dispute_parties', { case_id: 'uuid', person_id: 'uuid', role: 'text', position: 'int' }, parties);
  await insertAll(tx, 'dispute_case_mediators', { case_id: 'uuid', mediator_id: 'uuid', assigned_on: 'date' }, caseMediators);
  await insertAll(tx, 'dispute_transitions', { case_id: 'uuid', from_status: 'text', to_status: 'text', on_date: 'date', recorded_by: 'text' }, transitions);
  await insertAll(tx, 'mediation_sessions', { id: 'uuid', case_id: 'uuid', held_on: 'date', attendee_ids: 'text>uuid[]', notes: 'text' }, sessions);

  // ---- the residents' council (烦事有计倾): 6 local, 6 migrant, 1 street seat
  const councilId = demoId('residents-council', FENGXINYUAN);
  await insertAll(tx, 'residents_councils', { id: 'uuid', area_code: 'text', name: 'text' }, [
    { id: councilId, area_code: FENGXINYUAN, name: '烦事有计倾议事厅' },
  ]);
  const GROUPS = [
    ['本地居民', 6],
    ['来穗人员', 6],
    ['街道代表', 1],
  ] as const;
  await insertAll(
    tx,
    'council_seat_groups',
    { council_id: 'uuid', group_name: 'text', seats: 'int', position: 'int' },
    GROUPS.map(([group, seats], i) => ({ council_id: councilId, group_name: group, seats, position: i + 1 })),
  );
  const locals = fx.filter((p) => p.householdType === 'LOCAL').slice(0, 7);
  const migrants = fx.filter((p) => p.householdType === 'MIGRANT').slice(200, 206);
  const seated = [
    ...locals.slice(0, 6).map((p) => [p, '本地居民'] as const),
    ...migrants.map((p) => [p, '来穗人员'] as const),
    [locals[6], '街道代表'] as const,
  ];
  const members = seated.map(([p, group], i) => ({
    id: demoId('council-member', `${councilId}-${i}`),
    council_id: councilId,
    group_name: group,
    person_id: p.id,
    seated_on: day(400),
  }));
  await insertAll(tx, 'council_members', { id: 'uuid', council_id: 'uuid', group_name: 'text', person_id: 'uuid', seated_on: 'date' }, members);
  const meetings = Array.from({ length: 9 }, (_, i) => ({
    id: demoId('council-meeting', `${councilId}-${i}`),
    council_id: councilId,
    area_code: FENGXINYUAN,
    held_on: day(340 - i * 38),
    attendee_ids: `{${members
      .slice(0, 10)
      .map((m) => m.person_id)
      .join(',')}}`,
    minutes: `第${i + 1}次议事会议纪要`,
  }));
  await insertAll(
    tx,
    'council_meetings',
    { id: 'uuid', council_id: 'uuid', area_code: 'text', held_on: 'date', attendee_ids: 'text>uuid[]', minutes: 'text' },
    meetings,
  );
  const quorum = quorumOf(13);
  const topics = Array.from({ length: 20 }, (_, i) => {
    const meeting = meetings[Math.min(8, Math.floor(i / 2.3))];
    const solved = i < 19;
    return {
      id: demoId('council-topic', `${councilId}-${i}`),
      council_id: councilId,
      area_code: FENGXINYUAN,
      title: ['电动车充电桩设置', '垃圾分类投放点调整', '楼道堆物清理', '停车位划分', '出租屋噪音管理'][i % 5],
      description: '',
      raised_by: fx[300 + i].id,
      raised_on: meeting.held_on,
      meeting_id: meeting.id,
      status: solved ? 'CARRIED' : 'OPEN',
      resolution: solved ? '经议事协商，形成决议并落实' : null,
      resolved_on: solved ? meeting.held_on : null,
      votes_for: solved ? quorum : 0,
      votes_against: 0,
      votes_abstain: 0,
      implementation_progress: solved ? 100 : 0,
      implementation_on: solved ? addDays(meeting.held_on, 20) : null,
      implemented_on: solved ? addDays(meeting.held_on, 20) : null,
    };
  });
  await insertAll(
    tx,
    'council_topics',
    {
      id: 'uuid',
      council_id: 'uuid',
      area_code: 'text',
      title: 'text',
      description: 'text',
      raised_by: 'uuid',
      raised_on: 'date',
      meeting_id: 'uuid',
      status: 'text',
      resolution: 'text',
      resolved_on: 'date',
      votes_for: 'int',
      votes_against: 'int',
      votes_abstain: 'int',
      implementation_progress: 'int',
      implementation_on: 'date',
      implemented_on: 'date',
    },
    topics,
  );
  const votes = topics
    .filter((t) => t.status === 'CARRIED')
    .flatMap((t) => members.slice(0, quorum).map((m) => ({ topic_id: t.id, member_id: m.id, person_id: m.person_id, choice: 'FOR', cast_on: t.raised_on })));
  await insertAll(tx, 'council_votes', { topic_id: 'uuid', member_id: 'uuid', person_id: 'uuid', choice: 'text', cast_on: 'date' }, votes);
  deps.log.info({ cases: cases.length, incidents: incidents.length, topics: topics.length }, 'mediation demo data seeded');
}
