import DataLoader from 'dataloader';
import type { Connection } from '@linli/db';
import { batchLoader, groupLoader } from '@linli/db';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { ActivityService } from './domain/activity-service';
import { VolunteerService } from './domain/volunteer-service';
import { ActivityRepository, type ActivityRow } from './repositories/activity-repository';
import { attendanceKey, AttendanceRepository, type AttendanceRow } from './repositories/attendance-repository';
import { pagedLoader, type PageKey } from './repositories/paging';
import { StatisticsRepository, type VolunteeringFigures } from './repositories/statistics-repository';
import { TeamRepository, type TeamRow } from './repositories/team-repository';
import { VolunteerRepository, type AwardRow, type VolunteerRow } from './repositories/volunteer-repository';

/** A statistics key: an area and the period asked for. */
export interface FiguresKey {
  code: string;
  from: string;
  to: string;
}

export interface VolunteeringContext extends BaseContext {
  volunteers: VolunteerRepository;
  teams: TeamRepository;
  activities: ActivityRepository;
  statistics: StatisticsRepository;
  volunteerService: VolunteerService;
  activityService: ActivityService;
  loaders: {
    volunteer: DataLoader<string, VolunteerRow | null>;
    volunteerOfPerson: DataLoader<string, VolunteerRow | null>;
    team: DataLoader<string, TeamRow | null>;
    teamsOfVolunteer: DataLoader<string, (TeamRow & { volunteerId: string })[]>;
    memberCount: DataLoader<string, { teamId: string; n: number } | null>;
    membersOfTeam: DataLoader<PageKey, Connection<VolunteerRow>, string>;
    activity: DataLoader<string, ActivityRow | null>;
    activitiesOfOrganization: DataLoader<PageKey, Connection<ActivityRow>, string>;
    attendance: DataLoader<string, AttendanceRow | null>;
    attendancesOfActivity: DataLoader<PageKey, Connection<AttendanceRow>, string>;
    attendancesOfVolunteer: DataLoader<PageKey, Connection<AttendanceRow>, string>;
    captainsOfBuilding: DataLoader<string, (VolunteerRow & { buildingId: string })[]>;
    buildingsOfCaptain: DataLoader<string, { volunteerId: string; buildingId: string }[]>;
    approvedMinutes: DataLoader<string, { volunteerId: string; minutes: number } | null>;
    awards: DataLoader<string, AwardRow[]>;
    volunteering: DataLoader<FiguresKey, VolunteeringFigures, string>;
  };
}

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps, base: BaseContext): VolunteeringContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const volunteers = new VolunteerRepository(db);
  const teams = new TeamRepository(db);
  const activities = new ActivityRepository(db);
  const attendances = new AttendanceRepository(db);
  const statistics = new StatisticsRepository(db);
  return {
    ...base,
    volunteers,
    teams,
    activities,
    statistics,
    volunteerService: new VolunteerService(db, deps.outbox, base.viewer),
    activityService: new ActivityService(db, deps.outbox, base.viewer),
    loaders: {
      volunteer: batchLoader((ids) => volunteers.byIds(ids, scope), (v) => v.id),
      volunteerOfPerson: batchLoader((ids) => volunteers.byPersons(ids, scope), (v) => v.personId),
      team: batchLoader((ids) => teams.byIds(ids, scope), (t) => t.id),
      teamsOfVolunteer: groupLoader((ids) => teams.ofVolunteers(ids, scope), (t) => t.volunteerId),
      memberCount: batchLoader((ids) => teams.memberCounts(ids), (c) => c.teamId),
      membersOfTeam: pagedLoader((ids, limit, cursor) => volunteers.membersOfTeams(ids, limit, cursor, scope), (v) => [(v as VolunteerRow & { joinedAt: string }).joinedAt, v.id]),
      activity: batchLoader((ids) => activities.byIds(ids, scope), (a) => a.id),
      activitiesOfOrganization: pagedLoader((ids, limit, cursor) => activities.ofOrganizations(ids, limit, cursor, scope), (a) => [a.startsAt.toISOString(), a.id]),
      attendance: batchLoader((ids) => attendances.byIds(ids, scope), (a) => a.id),
      attendancesOfActivity: pagedLoader((ids, limit, cursor) => attendances.ofActivities(ids, limit, cursor, scope), attendanceKey),
      attendancesOfVolunteer: pagedLoader((ids, limit, cursor) => attendances.ofVolunteers(ids, limit, cursor, scope), attendanceKey),
      captainsOfBuilding: groupLoader((ids) => volunteers.captainsOfBuildings(ids, scope), (c) => c.buildingId),
      buildingsOfCaptain: groupLoader((ids) => volunteers.buildingsOfCaptains(ids, scope), (c) => c.volunteerId),
      approvedMinutes: batchLoader((ids) => volunteers.approvedMinutes(ids), (m) => m.volunteerId),
      awards: groupLoader((ids) => volunteers.awardsOf(ids), (a) => a.volunteerId),
      volunteering: new DataLoader<FiguresKey, VolunteeringFigures, string>(
        async (keys) => {
          // one statement per period asked for (a dashboard asks one period for many areas)
          const answers = new Map<string, VolunteeringFigures>();
          for (const period of new Set(keys.map((k) => `${k.from}|${k.to}`))) {
            const [from, to] = period.split('|');
            const codes = keys.filter((k) => k.from === from && k.to === to).map((k) => k.code);
            for (const figures of await statistics.volunteeringOf(codes, from, to, scope)) answers.set(`${figures.code}|${period}`, figures);
          }
          return keys.map((k) => answers.get(`${k.code}|${k.from}|${k.to}`)!);
        },
        { cacheKeyFn: (k) => `${k.code}|${k.from}|${k.to}` },
      ),
    },
  };
}
