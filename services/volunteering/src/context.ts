import type DataLoader from 'dataloader';
import { batchLoader, figuresLoader, groupLoader, pagedLoader, valueLoader, type Connection, type FiguresKey } from '@linli/db';
import { KNOWN_PERSONS, ReadModelRepository, type KnownPerson } from '@linli/events';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { reachOf, type Reach } from './domain/access';
import { ActivityService } from './domain/activity-service';
import { VolunteerService } from './domain/volunteer-service';
import type { volunteeringSettings } from './env';
import { ActivityRepository, type ActivityRow } from './repositories/activity-repository';
import { AttendanceRepository, type AttendanceRow } from './repositories/attendance-repository';
import { StatisticsRepository, type Interval, type Period, type SeriesPoint, type VolunteeringFigures } from './repositories/statistics-repository';
import { TeamRepository, type TeamRow } from './repositories/team-repository';
import { VolunteerRepository, type AwardRow, type MemberRow, type VolunteerRow } from './repositories/volunteer-repository';

type Page = { first: number; after?: string | null };

export interface VolunteeringContext extends BaseContext {
  /** What the caller may read: their areas, and for a volunteer only their own records. */
  reach: Reach;
  volunteers: VolunteerRepository;
  teams: TeamRepository;
  activities: ActivityRepository;
  statistics: StatisticsRepository;
  volunteerService: VolunteerService;
  activityService: ActivityService;
  loaders: {
    volunteer: DataLoader<string, VolunteerRow | null>;
    volunteerOfPerson: DataLoader<string, VolunteerRow | null>;
    /** A person population places within the caller's areas (else null): person-id fields show only those. */
    personInScope: DataLoader<string, KnownPerson | null>;
    team: DataLoader<string, TeamRow | null>;
    teamsOfVolunteer: DataLoader<string, (TeamRow & { volunteerId: string })[]>;
    memberCount: DataLoader<string, number>;
    members: (args: Page) => DataLoader<string, Connection<MemberRow>>;
    activity: DataLoader<string, ActivityRow | null>;
    activitiesOfOrganization: (args: Page) => DataLoader<string, Connection<ActivityRow>>;
    attendance: DataLoader<string, AttendanceRow | null>;
    attendancesOfActivity: (args: Page) => DataLoader<string, Connection<AttendanceRow>>;
    attendancesOfVolunteer: (args: Page) => DataLoader<string, Connection<AttendanceRow>>;
    captainsOfBuilding: DataLoader<string, (VolunteerRow & { buildingId: string })[]>;
    buildingsOfCaptain: DataLoader<string, { volunteerId: string; buildingId: string }[]>;
    approvedMinutes: DataLoader<string, number>;
    awards: DataLoader<string, AwardRow[]>;
    receivedAwards: (args: Page) => DataLoader<string, Connection<AwardRow>>;
    volunteering: DataLoader<FiguresKey<Period>, VolunteeringFigures | null, string>;
    volunteeringSeries: DataLoader<FiguresKey<Period & { every: Interval }>, { code: string; points: SeriesPoint[] } | null, string>;
  };
}

/** Per request: repositories bound to the pool, domain services, and one kernel loader per hop, every one limited to what the caller may read. */
export function createContext(deps: ServiceDeps<typeof volunteeringSettings>, base: BaseContext): VolunteeringContext {
  const db = deps.dataSource;
  const reach = reachOf(base.viewer);
  const scope = reach.areas;
  const volunteers = new VolunteerRepository(db);
  const teams = new TeamRepository(db);
  const activities = new ActivityRepository(db);
  const attendances = new AttendanceRepository(db);
  const statistics = new StatisticsRepository(db);
  const knownPersons = new ReadModelRepository(db, KNOWN_PERSONS);
  return {
    ...base,
    reach,
    volunteers,
    teams,
    activities,
    statistics,
    volunteerService: new VolunteerService(db, deps.outbox, base.viewer),
    activityService: new ActivityService(db, deps.outbox, base.viewer, { checkInOpensMinutes: deps.settings.CHECK_IN_OPENS_MINUTES }),
    loaders: {
      volunteer: batchLoader((ids) => volunteers.byIds(ids, reach), (v) => v.id),
      volunteerOfPerson: batchLoader((ids) => volunteers.byPersons(ids, reach), (v) => v.personId),
      personInScope: batchLoader((ids) => knownPersons.byIds(ids, scope), (p) => p.id),
      team: batchLoader((ids) => teams.byIds(ids, scope), (t) => t.id),
      teamsOfVolunteer: groupLoader((ids) => teams.ofVolunteers(ids, scope), (t) => t.volunteerId),
      memberCount: valueLoader((ids) => teams.memberCounts(ids), 0),
      members: pagedLoader((ids, args) => volunteers.memberPages(ids, args, reach)),
      activity: batchLoader((ids) => activities.byIds(ids, scope), (a) => a.id),
      activitiesOfOrganization: pagedLoader((ids, args) => activities.organizationPages(ids, args, scope)),
      attendance: batchLoader((ids) => attendances.byIds(ids, reach), (a) => a.id),
      attendancesOfActivity: pagedLoader((ids, args) => attendances.pages('activity', ids, args, reach)),
      attendancesOfVolunteer: pagedLoader((ids, args) => attendances.pages('volunteer', ids, args, reach)),
      captainsOfBuilding: groupLoader((ids) => volunteers.captainsOfBuildings(ids, reach), (c) => c.buildingId),
      buildingsOfCaptain: groupLoader((ids) => volunteers.buildingsOfCaptains(ids, scope), (c) => c.volunteerId),
      approvedMinutes: valueLoader((ids) => volunteers.approvedMinutes(ids), 0),
      awards: groupLoader((ids) => volunteers.awardsOf(ids), (a) => a.volunteerId),
      receivedAwards: pagedLoader((ids, args) => volunteers.awardPages(ids, args)),
      volunteering: figuresLoader((codes, period: Period) => statistics.volunteeringOf(codes, period, scope), (f) => f.code),
      volunteeringSeries: figuresLoader((codes, period: Period & { every: Interval }) => statistics.seriesOf(codes, period, scope), (s) => s.code),
    },
  };
}
