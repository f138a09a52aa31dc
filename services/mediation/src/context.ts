import type DataLoader from 'dataloader';
import { batchLoader, figuresLoader, groupLoader, isCode, pagedLoader, type Connection, type FiguresKey } from '@linli/db';
import { today, type Period } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository, type KnownPerson } from '@linli/events';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { may } from './domain/access';
import { CaseService } from './domain/case-service';
import { CommitteeService } from './domain/committee-service';
import { CouncilService } from './domain/council-service';
import { IncidentService } from './domain/incident-service';
import type { mediationSettings, MediationSettings } from './env';
import { CaseRepository, type CaseRow, type CaseTransitionRow, type PartyRow, type SessionRow } from './repositories/case-repository';
import { CommitteeRepository, type CommitteeRow, type MediatorRow } from './repositories/committee-repository';
import {
  CouncilRepository,
  type CouncilRow,
  type MeetingRow,
  type MemberRow,
  type PageArgs,
  type SeatGroupRow,
  type StakeholderRow,
  type TopicRow,
  type VoteRow,
} from './repositories/council-repository';
import { IncidentRepository, type DepartmentRow, type EvaluationRow, type IncidentRow, type StepRow } from './repositories/incident-repository';
import { StatisticsRepository, type AreaCells, type AreaSeries, type AreaTrend, type MediationFigures, type Series } from './repositories/statistics-repository';

export interface MediationContext extends BaseContext {
  settings: MediationSettings;
  today: string;
  committees: CommitteeRepository;
  cases: CaseRepository;
  incidents: IncidentRepository;
  councils: CouncilRepository;
  committeeService: CommitteeService;
  caseService: CaseService;
  incidentService: IncidentService;
  councilService: CouncilService;
  /** The caller's areas for each kind of record: empty for a role that may not read that kind. */
  scopes: { cases: string[]; incidents: string[]; councils: string[] };
  loaders: {
    /** A person named by mediation's rows, when they live within the caller's areas (else null). */
    person: DataLoader<string, KnownPerson | null>;
    committee: DataLoader<string, CommitteeRow | null>;
    mediator: DataLoader<string, MediatorRow | null>;
    mediatorsOfCommittee: DataLoader<string, MediatorRow[]>;
    disputeCase: DataLoader<string, CaseRow | null>;
    casesOfPerson: DataLoader<string, CaseRow[]>;
    casePagesOfPerson: (page: PageArgs) => DataLoader<string, Connection<CaseRow>>;
    parties: DataLoader<string, PartyRow[]>;
    caseMediatorIds: DataLoader<string, { caseId: string; mediatorId: string }[]>;
    sessions: DataLoader<string, SessionRow[]>;
    caseHistory: DataLoader<string, CaseTransitionRow[]>;
    incident: DataLoader<string, IncidentRow | null>;
    evaluations: DataLoader<string, EvaluationRow[]>;
    incidentSteps: DataLoader<string, StepRow[]>;
    department: DataLoader<string, DepartmentRow | null>;
    council: DataLoader<string, CouncilRow | null>;
    seatGroups: DataLoader<string, SeatGroupRow[]>;
    members: DataLoader<string, MemberRow[]>;
    topic: DataLoader<string, TopicRow | null>;
    topicsOfMeeting: DataLoader<string, TopicRow[]>;
    stakeholders: DataLoader<string, StakeholderRow[]>;
    votes: DataLoader<string, VoteRow[]>;
    meetingsOfCouncil: (page: PageArgs) => DataLoader<string, Connection<MeetingRow>>;
    topicsOfCouncil: (page: PageArgs) => DataLoader<string, Connection<TopicRow>>;
    mediationFigures: DataLoader<FiguresKey<Period>, MediationFigures | null, string>;
    mediationSeries: DataLoader<FiguresKey<Series>, AreaSeries | null, string>;
    mediationTrend: DataLoader<FiguresKey<Period>, AreaTrend | null, string>;
    /** The disclosure cells (community × month) beneath an area, for statistics-only callers. */
    mediationCells: DataLoader<FiguresKey<Period>, AreaCells | null, string>;
  };
}

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps<typeof mediationSettings>, base: BaseContext): MediationContext {
  const db = deps.dataSource;
  const viewer = base.viewer;
  const scope = viewer.areas;
  const scopes = {
    cases: may(viewer, 'disputes') ? scope : [],
    incidents: may(viewer, 'incidents') ? scope : [],
    councils: may(viewer, 'councilsRead') ? scope : [],
  };
  const committees = new CommitteeRepository(db);
  const cases = new CaseRepository(db);
  const incidents = new IncidentRepository(db);
  const councils = new CouncilRepository(db);
  const persons = new ReadModelRepository(db, KNOWN_PERSONS);
  const statistics = new StatisticsRepository(db);
  const now = today();
  return {
    ...base,
    settings: deps.settings,
    today: now,
    committees,
    cases,
    incidents,
    councils,
    scopes,
    committeeService: new CommitteeService(db, viewer),
    caseService: new CaseService(db, deps.outbox, viewer, deps.settings),
    incidentService: new IncidentService(db, deps.outbox, viewer),
    councilService: new CouncilService(db, deps.outbox, viewer),
    loaders: {
      person: batchLoader(
        (ids) => persons.byIds(ids, scope),
        (p) => p.id,
      ),
      committee: batchLoader(
        (ids) => committees.byIds(ids, scopes.cases),
        (c) => c.id,
      ),
      mediator: batchLoader(
        (ids) => committees.mediatorsByIds(ids, scopes.cases),
        (m) => m.id,
      ),
      mediatorsOfCommittee: groupLoader(
        (ids) => committees.mediatorsOfCommittees(ids, scopes.cases),
        (m) => m.committeeId,
      ),
      disputeCase: batchLoader(
        (ids) => cases.byIds(ids, scopes.cases),
        (c) => c.id,
      ),
      casesOfPerson: groupLoader(
        (ids) => cases.ofPersons(ids, scopes.cases),
        (c) => c.partyId,
      ),
      casePagesOfPerson: pagedLoader((ids, page: PageArgs) => cases.pagesOfPersons(ids, page, scopes.cases)),
      parties: groupLoader(
        (ids) => cases.partiesOf(ids),
        (p) => p.caseId,
      ),
      caseMediatorIds: groupLoader(
        (ids) => cases.mediatorIdsOf(ids),
        (m) => m.caseId,
      ),
      sessions: groupLoader(
        (ids) => cases.sessionsOf(ids),
        (s) => s.caseId,
      ),
      caseHistory: groupLoader(
        (ids) => cases.historyOf(ids),
        (t) => t.caseId,
      ),
      incident: batchLoader(
        (ids) => incidents.byIds(ids, scopes.incidents),
        (i) => i.id,
      ),
      evaluations: groupLoader(
        (ids) => incidents.evaluationsOf(ids),
        (e) => e.incidentId,
      ),
      incidentSteps: groupLoader(
        (ids) => incidents.stepsOf(ids),
        (s) => s.incidentId,
      ),
      department: batchLoader(
        (codes) => incidents.departmentsByCodes(codes),
        (d) => d.code,
        { valid: isCode },
      ),
      council: batchLoader(
        (ids) => councils.byIds(ids, scopes.councils),
        (c) => c.id,
      ),
      seatGroups: groupLoader(
        (ids) => councils.seatGroupsOf(ids),
        (g) => g.councilId,
      ),
      members: groupLoader(
        (ids) => councils.membersOf(ids),
        (m) => m.councilId,
      ),
      topic: batchLoader(
        (ids) => councils.topicsByIds(ids, scopes.councils),
        (t) => t.id,
      ),
      topicsOfMeeting: groupLoader(
        (ids) => councils.topicsOfMeetings(ids),
        (t) => t.meetingId!,
      ),
      stakeholders: groupLoader(
        (ids) => councils.stakeholdersOf(ids),
        (s) => s.topicId,
      ),
      votes: groupLoader(
        (ids) => councils.votesOf(ids),
        (v) => v.topicId,
      ),
      meetingsOfCouncil: pagedLoader((ids, page: PageArgs) => councils.meetingsOf(ids, page)),
      topicsOfCouncil: pagedLoader((ids, page: PageArgs) => councils.topicsOf(ids, page)),
      mediationFigures: figuresLoader(
        (codes, period: Period) => statistics.figuresOf(codes, period, now, scope),
        (f) => f.code,
      ),
      mediationSeries: figuresLoader(
        async (codes, series: Series) => {
          const points = await statistics.figuresOf(codes, series, now, scope);
          return codes.map((code) => ({ code, points: points.filter((f) => f.code === code) }));
        },
        (s) => s.code,
      ),
      mediationCells: figuresLoader(
        (codes, period: Period) => statistics.cellsOf(codes, period, now, scope),
        (c) => c.code,
      ),
      mediationTrend: figuresLoader(
        (codes, period: Period) => statistics.trendOf(codes, period, scope),
        (t) => t.code,
      ),
    },
  };
}
