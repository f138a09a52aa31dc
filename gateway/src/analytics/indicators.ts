/**
 * The indicator catalogue: every statistic the five domains publish on `Area`, with a stable
 * code, its names in Chinese and English, what it counts, its unit, when it holds, and the
 * disclosure rule it follows. `GET /analytics` answers in these codes; docs/indicators.md and
 * the descriptions of the statistics fields in each subgraph's schema are written from it
 * (`pnpm indicators`), and a test fails when a statistics field has no entry or an entry no field.
 */

export type IndicatorDomain = 'population' | 'housing' | 'organizations' | 'mediation' | 'volunteering';

/**
 * When a figure holds: `period` counts what happened in the period; `period-end` is a stock on
 * the period’s last day (or today, if earlier); `today` is a stock as of the moment of asking,
 * so a series reports it only for the period that contains today.
 */
export type Timing = 'period' | 'period-end' | 'today';

/**
 * `none`: published as counted. `small-count`: a count about a sensitive group, withheld below 5
 * and rounded to 5 for statistics-only callers (SuppressibleCount). `derived`: a rate or mean
 * withheld with the counts it comes from.
 */
export type Disclosure = 'none' | 'small-count' | 'derived';

export type Unit = 'persons' | 'person-times' | 'houses' | 'buildings' | 'estates' | 'organizations' | 'cases' | 'incidents' | 'events' | 'share' | 'fen' | 'hours' | 'days' | 'score' | 'count';

export interface Indicator {
  /** Stable code, upper case: the name integrators store. Never reused for another meaning. */
  code: string;
  domain: IndicatorDomain;
  /** Field of `Area.<domain>` it is read from. */
  field: string;
  /** For a breakdown list (one figure per key, e.g. per category): the key field and the value field. */
  breakdown?: { key: string; value: string };
  zh: string;
  en: string;
  /** What is counted, as of when, which rows: also the schema description of the field. */
  definition: string;
  unit: Unit;
  timing: Timing;
  disclosure: Disclosure;
}

const population = (i: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'population', ...i });
const housing = (i: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'housing', ...i });
const organizations = (i: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'organizations', ...i });
const mediation = (i: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'mediation', ...i });
const volunteering = (i: Omit<Indicator, 'domain'>): Indicator => ({ domain: 'volunteering', ...i });

export const INDICATORS: readonly Indicator[] = [
  population({ code: 'POP_RESIDENTS', field: 'residents', zh: '实有人口', en: 'Residents', unit: 'persons', timing: 'today', disclosure: 'none',
    definition: 'Residents: persons living in the area now, that is with a current residence (居住登记) at a house there, or registered there with no residence history yet. A person whose residence ended without a new one (moved away) is not a resident anywhere; one who moved within the district is counted once, in the new area.' }),
  population({ code: 'POP_MIGRANTS', field: 'migrants', zh: '来穗人员', en: 'Migrant residents', unit: 'persons', timing: 'today', disclosure: 'none', definition: 'Of the residents, migrants (来穗人员).' }),
  population({ code: 'POP_LOCALS', field: 'locals', zh: '户籍人口', en: 'Locally registered residents', unit: 'persons', timing: 'today', disclosure: 'none', definition: 'Of the residents, locally registered (户籍).' }),
  population({ code: 'POP_KEY_GROUP_MEMBERS', field: 'keyGroupMembers', zh: '重点人群人数', en: 'Residents in a key group', unit: 'persons', timing: 'today', disclosure: 'small-count',
    definition: 'Residents in at least one current key group (suppressed below 5 for statistics-only callers).' }),
  population({ code: 'POP_KEY_GROUP', field: 'keyGroups', breakdown: { key: 'kind', value: 'count' }, zh: '重点人群（分类）', en: 'Residents in a key group, by kind', unit: 'persons', timing: 'today', disclosure: 'small-count',
    definition: 'Residents in a current key group, by kind (each suppressed below 5 for statistics-only callers).' }),
  population({ code: 'POP_VISITS_DONE', field: 'visitsDone', zh: '入户走访次数', en: 'Home visits made', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Home visits made in the period, in the area of the person visited at the time.' }),
  population({ code: 'POP_VISITS_OVERDUE', field: 'visitsOverdue', zh: '逾期未走访人数', en: 'Residents overdue for a visit', unit: 'persons', timing: 'today', disclosure: 'none', definition: 'Residents overdue for a home visit today.' }),
  population({ code: 'POP_PERMITS_VALID', field: 'permitsValid', zh: '有效居住证', en: 'Valid residence permits', unit: 'count', timing: 'today', disclosure: 'none', definition: 'Residence permits of residents, valid today.' }),
  population({ code: 'POP_PERMITS_EXPIRING', field: 'permitsExpiring', zh: '30天内到期居住证', en: 'Permits expiring within 30 days', unit: 'count', timing: 'today', disclosure: 'none', definition: 'Of the valid permits, those expiring within 30 days.' }),
  population({ code: 'POP_NEW_REGISTRATIONS', field: 'newRegistrations', zh: '新增居住登记', en: 'Residences begun', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Residences that began in the period (arrivals, including moves within the district).' }),
  population({ code: 'POP_DEPARTURES', field: 'departures', zh: '注销居住登记', en: 'Residences ended', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Residences that ended in the period (departures, including moves within the district).' }),

  housing({ code: 'HOU_BUILDINGS', field: 'buildings', zh: '楼栋数', en: 'Buildings', unit: 'buildings', timing: 'today', disclosure: 'none', definition: 'Buildings registered.' }),
  housing({ code: 'HOU_HOUSES', field: 'houses', zh: '房屋数', en: 'Houses', unit: 'houses', timing: 'today', disclosure: 'none', definition: 'Houses (units) registered.' }),
  housing({ code: 'HOU_RENTAL_HOUSES', field: 'rentalHouses', zh: '出租屋', en: 'Rental houses', unit: 'houses', timing: 'today', disclosure: 'none', definition: 'Houses let to tenants (出租屋).' }),
  housing({ code: 'HOU_RENTAL_BUILDINGS', field: 'rentalBuildings', zh: '出租楼栋', en: 'Rental buildings', unit: 'buildings', timing: 'today', disclosure: 'none', definition: 'Buildings let to tenants (出租楼).' }),
  housing({ code: 'HOU_ACCESS_CONTROL_BUILDINGS', field: 'rentalBuildingsWithAccessControl', zh: '安装门禁出租楼栋', en: 'Rental buildings with access control', unit: 'buildings', timing: 'period-end', disclosure: 'none',
    definition: 'Rental buildings with access control (门禁) installed by the period\'s last day.' }),
  housing({ code: 'HOU_ACCESS_CONTROL_COVERAGE', field: 'accessControlCoverage', zh: '门禁覆盖率', en: 'Access-control coverage', unit: 'share', timing: 'period-end', disclosure: 'none',
    definition: 'rentalBuildingsWithAccessControl / rentalBuildings, 0–1; null when there are no rental buildings.' }),
  housing({ code: 'HOU_INSPECTIONS', field: 'inspections', zh: '出租屋检查次数', en: 'Inspections', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Inspections done in the period.' }),
  housing({ code: 'HOU_HAZARDS_REPORTED', field: 'hazardsReported', zh: '发现隐患', en: 'Hazards reported', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Hazards reported in the period.' }),
  housing({ code: 'HOU_HAZARDS_OPEN', field: 'hazardsOpen', zh: '整改中隐患', en: 'Hazards open', unit: 'count', timing: 'today', disclosure: 'none', definition: 'Hazards not rectified and not past their deadline.' }),
  housing({ code: 'HOU_HAZARDS_OVERDUE', field: 'hazardsOverdue', zh: '逾期未整改隐患', en: 'Hazards overdue', unit: 'count', timing: 'today', disclosure: 'none', definition: 'Hazards not rectified and past their deadline.' }),
  housing({ code: 'HOU_HAZARDS_RECTIFIED', field: 'hazardsRectified', zh: '已整改隐患', en: 'Hazards rectified', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Hazards rectified in the period.' }),
  housing({ code: 'HOU_ON_TIME_RECTIFICATION', field: 'onTimeRectificationRate', zh: '按期整改率', en: 'On-time rectification rate', unit: 'share', timing: 'period', disclosure: 'none',
    definition: 'Of the hazards rectified in the period, the share rectified by their deadline (0–1); null when none.' }),
  housing({ code: 'HOU_ESTATES_BY_STARS', field: 'estatesByStars', breakdown: { key: 'stars', value: 'estates' }, zh: '星级小区（按星级）', en: 'Estates by star rating', unit: 'estates', timing: 'period-end', disclosure: 'none',
    definition: 'Estates (小区) by their safety star rating for the year of the period\'s last day, 1 to 5 stars.' }),
  housing({ code: 'HOU_ESTATES_UNRATED', field: 'estatesUnrated', zh: '未评星小区', en: 'Estates not rated', unit: 'estates', timing: 'period-end', disclosure: 'none', definition: 'Estates with no rating for that year.' }),
  housing({ code: 'HOU_OCCUPIED_HOUSES', field: 'occupiedHouses', zh: '有人居住房屋', en: 'Occupied houses', unit: 'houses', timing: 'today', disclosure: 'none', definition: 'Houses with at least one current resident.' }),
  housing({ code: 'HOU_GROUP_RENTAL_RISK', field: 'groupRentalRiskHouses', zh: '群租风险房屋', en: 'Group-rental risk houses', unit: 'houses', timing: 'today', disclosure: 'none',
    definition: 'Houses whose occupants exceed their rooms times GROUP_RENTAL_RATIO (群租 risk).' }),

  organizations({ code: 'ORG_ORGANIZATIONS', field: 'organizationCount', zh: '社会组织数', en: 'Social organizations', unit: 'organizations', timing: 'today', disclosure: 'none',
    definition: 'Organizations whose home community lies within the area (all statuses).' }),
  organizations({ code: 'ORG_BY_CATEGORY', field: 'byCategory', breakdown: { key: 'category', value: 'organizations' }, zh: '活跃社会组织（按类别）', en: 'Active organizations by category', unit: 'organizations', timing: 'today', disclosure: 'none',
    definition: 'Of them, active ones by category.' }),
  organizations({ code: 'ORG_BY_STATUS', field: 'byStatus', breakdown: { key: 'status', value: 'organizations' }, zh: '社会组织（按状态）', en: 'Organizations by status', unit: 'organizations', timing: 'today', disclosure: 'none',
    definition: 'Organizations by status.' }),
  organizations({ code: 'ORG_PARTY_BRANCHES', field: 'partyBranches', zh: '建立党支部的组织', en: 'Organizations with a party branch', unit: 'organizations', timing: 'today', disclosure: 'none', definition: 'Active organizations with a party branch.' }),
  organizations({ code: 'ORG_MEMBERS', field: 'members', zh: '组织成员人数', en: 'Members (distinct people)', unit: 'persons', timing: 'today', disclosure: 'none',
    definition: 'Distinct people with a current membership of an active organization (someone in two organizations counts once).' }),
  organizations({ code: 'ORG_MEMBERSHIPS', field: 'memberships', zh: '会员关系数', en: 'Memberships', unit: 'count', timing: 'today', disclosure: 'none',
    definition: 'Current memberships of active organizations (someone in two organizations counts twice).' }),
  organizations({ code: 'ORG_ACTIVITIES', field: 'activities', zh: '组织活动场次', en: 'Activities held', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Activities held in the period.' }),
  organizations({ code: 'ORG_PARTICIPANTS', field: 'participants', zh: '活动参与人次', en: 'Activity participants', unit: 'person-times', timing: 'period', disclosure: 'none', definition: 'Participants of those activities (a sum).' }),
  organizations({ code: 'ORG_PEOPLE_SERVED', field: 'peopleServed', zh: '服务人次', en: 'People served', unit: 'person-times', timing: 'period', disclosure: 'none', definition: 'People served by those activities (服务人次, a sum).' }),
  organizations({ code: 'ORG_SERVICE_PROJECTS', field: 'serviceProjects', zh: '购买服务项目', en: 'Service projects', unit: 'count', timing: 'period', disclosure: 'none',
    definition: 'Projects whose period overlaps the period (cancelled ones excluded).' }),
  organizations({ code: 'ORG_SERVICE_PROJECT_BUDGET', field: 'serviceProjectBudgetFen', zh: '项目预算（分）', en: 'Service project budgets', unit: 'fen', timing: 'period', disclosure: 'none', definition: 'Their budgets, in fen.' }),
  organizations({ code: 'ORG_PROJECT_TARGET', field: 'serviceProjectMeasures', breakdown: { key: 'measure', value: 'target' }, zh: '项目目标（按指标）', en: 'Project targets by measure', unit: 'count', timing: 'period', disclosure: 'none',
    definition: 'Their targets and the outcomes reported in the period, by measure.' }),
  organizations({ code: 'ORG_PROJECT_ACHIEVED', field: 'serviceProjectMeasures', breakdown: { key: 'measure', value: 'achieved' }, zh: '项目完成（按指标）', en: 'Project outcomes by measure', unit: 'count', timing: 'period', disclosure: 'none',
    definition: 'Their targets and the outcomes reported in the period, by measure.' }),
  organizations({ code: 'ORG_FUNDS_RAISED', field: 'fundsRaisedFen', zh: '募集善款（分）', en: 'Funds raised', unit: 'fen', timing: 'period', disclosure: 'none', definition: 'Donations received in the period, in fen.' }),
  organizations({ code: 'ORG_DONATIONS', field: 'donations', zh: '捐赠笔数', en: 'Donations', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Number of those donations.' }),
  organizations({ code: 'ORG_VOLUNTEER_HOURS', field: 'volunteerHours', zh: '组织志愿服务时长', en: 'Volunteer hours for organizations', unit: 'hours', timing: 'period', disclosure: 'none',
    definition: 'Approved volunteer hours served in the period for activities of these organizations, decimal.' }),

  mediation({ code: 'MED_CASES_OPENED', field: 'casesOpened', zh: '受理纠纷', en: 'Dispute cases opened', unit: 'cases', timing: 'period', disclosure: 'small-count', definition: 'Dispute cases opened (intake) in the period.' }),
  mediation({ code: 'MED_CASES_BY_TYPE', field: 'casesByType', breakdown: { key: 'type', value: 'cases' }, zh: '受理纠纷（按类型）', en: 'Cases opened by type', unit: 'cases', timing: 'period', disclosure: 'small-count',
    definition: 'Cases opened in the period, by type (every type listed).' }),
  mediation({ code: 'MED_CASES_CLOSED', field: 'casesClosed', zh: '办结纠纷', en: 'Cases closed', unit: 'cases', timing: 'period', disclosure: 'small-count',
    definition: 'Cases closed in the period (fulfilled, unfulfilled, failed, referred or withdrawn).' }),
  mediation({ code: 'MED_CASES_BY_OUTCOME', field: 'casesByOutcome', breakdown: { key: 'outcome', value: 'cases' }, zh: '办结纠纷（按结果）', en: 'Cases closed by outcome', unit: 'cases', timing: 'period', disclosure: 'small-count',
    definition: 'Cases closed in the period, by outcome (every outcome listed).' }),
  mediation({ code: 'MED_CASES_FULFILLED', field: 'casesFulfilled', zh: '履行完毕', en: 'Cases fulfilled', unit: 'cases', timing: 'period', disclosure: 'small-count', definition: 'Cases fulfilled in the period.' }),
  mediation({ code: 'MED_SUCCESS_RATE', field: 'successRate', zh: '调解成功率', en: 'Mediation success rate', unit: 'share', timing: 'period', disclosure: 'derived',
    definition: 'Fulfilled over closed in the period, 0 to 1; null when none closed or the counts are suppressed.' }),
  mediation({ code: 'MED_AVERAGE_DAYS_TO_CLOSE', field: 'averageDaysToClose', zh: '平均办结天数', en: 'Mean days to close', unit: 'days', timing: 'period', disclosure: 'derived',
    definition: 'Mean days from intake to closing of the cases closed in the period; null when none (or suppressed).' }),
  mediation({ code: 'MED_OVERDUE_CASES', field: 'overdueCases', zh: '超期未结纠纷', en: 'Overdue cases', unit: 'cases', timing: 'period-end', disclosure: 'small-count',
    definition: 'Cases open at the period\'s end (or today, if earlier) and past their due day.' }),
  mediation({ code: 'MED_INCIDENTS_REPORTED', field: 'incidentsReported', zh: '网格事件上报', en: 'Grid incidents reported', unit: 'incidents', timing: 'period', disclosure: 'none', definition: 'Grid incidents reported in the period.' }),
  mediation({ code: 'MED_INCIDENTS_BY_STEP', field: 'incidentsByStep', breakdown: { key: 'step', value: 'incidents' }, zh: '网格事件（按环节）', en: 'Incidents by current step', unit: 'incidents', timing: 'period', disclosure: 'none',
    definition: 'Incidents reported in the period, by the step they are at now (every step listed).' }),
  mediation({ code: 'MED_DEPARTMENT_DISPATCHED', field: 'incidentsByDepartment', breakdown: { key: 'departmentCode', value: 'dispatched' }, zh: '派遣事件（按部门）', en: 'Incidents dispatched, by department', unit: 'incidents', timing: 'period', disclosure: 'none',
    definition: 'Incidents by department, busiest first.' }),
  mediation({ code: 'MED_DEPARTMENT_HANDLED', field: 'incidentsByDepartment', breakdown: { key: 'departmentCode', value: 'handled' }, zh: '处置事件（按部门）', en: 'Incidents handled, by department', unit: 'incidents', timing: 'period', disclosure: 'none',
    definition: 'Incidents by department, busiest first.' }),
  mediation({ code: 'MED_DEPARTMENT_ON_TIME', field: 'incidentsByDepartment', breakdown: { key: 'departmentCode', value: 'handledOnTime' }, zh: '按时处置（按部门）', en: 'Handled on time, by department', unit: 'incidents', timing: 'period', disclosure: 'none',
    definition: 'Incidents by department, busiest first.' }),
  mediation({ code: 'MED_DEPARTMENT_OVERDUE', field: 'incidentsByDepartment', breakdown: { key: 'departmentCode', value: 'overdue' }, zh: '超时事件（按部门）', en: 'Overdue incidents, by department', unit: 'incidents', timing: 'period', disclosure: 'none',
    definition: 'Incidents by department, busiest first.' }),
  mediation({ code: 'MED_INCIDENTS_HANDLED', field: 'incidentsHandled', zh: '事件处置', en: 'Incidents handled', unit: 'incidents', timing: 'period', disclosure: 'none', definition: 'Handlings of incidents in the period: each handling counts, a reopened incident\'s earlier ones included.' }),
  mediation({ code: 'MED_ON_TIME_HANDLING', field: 'onTimeHandlingRate', zh: '按时处置率', en: 'On-time handling rate', unit: 'share', timing: 'period', disclosure: 'none',
    definition: 'Handled by the deadline over handled, in the period, 0 to 1; null when none handled.' }),
  mediation({ code: 'MED_EVALUATIONS', field: 'evaluations', zh: '评价数', en: 'Evaluations', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Evaluations given in the period.' }),
  mediation({ code: 'MED_SATISFACTION', field: 'satisfactionRate', zh: '满意率', en: 'Satisfaction rate', unit: 'share', timing: 'period', disclosure: 'none', definition: 'Satisfied evaluations over all evaluations in the period; null when none.' }),
  mediation({ code: 'MED_AVERAGE_SCORE', field: 'averageScore', zh: '平均评分', en: 'Mean evaluation score', unit: 'score', timing: 'period', disclosure: 'none', definition: 'Mean evaluation score (1 to 5) in the period; null when none.' }),
  mediation({ code: 'MED_COUNCIL_MEETINGS', field: 'councilMeetings', zh: '议事会议', en: 'Council meetings', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Council meetings held in the period.' }),
  mediation({ code: 'MED_TOPICS_RAISED', field: 'topicsRaised', zh: '议题提出', en: 'Council topics raised', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Council topics raised in the period.' }),
  mediation({ code: 'MED_TOPICS_RESOLVED', field: 'topicsResolved', zh: '议题议决', en: 'Council topics decided', unit: 'count', timing: 'period', disclosure: 'none', definition: 'Council topics decided in the period.' }),
  mediation({ code: 'MED_TOPICS_IMPLEMENTED', field: 'topicsImplemented', zh: '议题落实', en: 'Council topics carried out', unit: 'count', timing: 'period', disclosure: 'none',
    definition: 'Council topics whose implementation was completed in the period.' }),

  volunteering({ code: 'VOL_VOLUNTEERS', field: 'volunteers', zh: '注册志愿者', en: 'Volunteers', unit: 'persons', timing: 'period-end', disclosure: 'none', definition: 'Volunteers registered by the end of the period and not withdrawn.' }),
  volunteering({ code: 'VOL_ACTIVE_VOLUNTEERS', field: 'activeVolunteers', zh: '活跃志愿者', en: 'Active volunteers', unit: 'persons', timing: 'period', disclosure: 'none',
    definition: 'Of them, those who served (checked out of an activity) in the period.' }),
  volunteering({ code: 'VOL_TEAMS', field: 'teams', zh: '志愿服务队', en: 'Volunteer teams', unit: 'count', timing: 'today', disclosure: 'none', definition: 'Volunteer teams of the area.' }),
  volunteering({ code: 'VOL_ACTIVITIES', field: 'activities', zh: '志愿活动场次', en: 'Volunteer activities', unit: 'events', timing: 'period', disclosure: 'none', definition: 'Activities starting in the period, cancelled ones excluded.' }),
  volunteering({ code: 'VOL_APPROVED_HOURS', field: 'approvedHours', zh: '志愿服务时长', en: 'Approved volunteer hours', unit: 'hours', timing: 'period', disclosure: 'none',
    definition: 'Approved hours served in the area in the period (approvals minus reversals), where the activity took place.' }),
  volunteering({ code: 'VOL_PERSON_TIMES', field: 'personTimes', zh: '服务人次', en: 'Person-times served', unit: 'person-times', timing: 'period', disclosure: 'none', definition: 'Person-times served (人次): check-outs of activities in the period.' }),
  volunteering({ code: 'VOL_BUILDINGS', field: 'buildings', zh: '楼栋数（楼长）', en: 'Buildings (for captains)', unit: 'buildings', timing: 'today', disclosure: 'none', definition: 'Buildings of the area known from housing.' }),
  volunteering({ code: 'VOL_BUILDINGS_WITH_CAPTAIN', field: 'buildingsWithCaptain', zh: '有楼长的楼栋', en: 'Buildings with a captain', unit: 'buildings', timing: 'today', disclosure: 'none',
    definition: 'Of them, buildings with at least one captain (楼长).' }),
  volunteering({ code: 'VOL_CAPTAIN_COVERAGE', field: 'captainCoverage', zh: '楼长覆盖率', en: 'Captain coverage', unit: 'share', timing: 'today', disclosure: 'none',
    definition: 'Buildings with a captain over buildings (0 to 1); null when the area has no buildings.' }),
];

/** Groups an integrator may ask for instead of codes: a domain's name, or `all`. */
export const INDICATOR_GROUPS: Record<string, readonly Indicator[]> = {
  all: INDICATORS,
  ...Object.fromEntries((['population', 'housing', 'organizations', 'mediation', 'volunteering'] as const).map((d) => [d, INDICATORS.filter((i) => i.domain === d)])),
};

export const INDICATOR_BY_CODE: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((i) => [i.code, i]));
