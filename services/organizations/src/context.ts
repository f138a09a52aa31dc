import DataLoader from 'dataloader';
import { batchLoader, groupLoader, type Connection } from '@linli/db';
import type { Period } from '@linli/domain';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { ActivityService } from './domain/activity-service';
import { FundraisingService } from './domain/fundraising-service';
import { MembershipService } from './domain/membership-service';
import { OrganizationService } from './domain/organization-service';
import { ProjectService } from './domain/project-service';
import { isUuid } from './domain/rules';
import { ActivityRepository, type ActivityRow, type SeriesRow } from './repositories/activity-repository';
import { FundraisingRepository, type CampaignRow, type CampaignTotals, type DonationRow } from './repositories/fundraising-repository';
import { MembershipRepository, type MemberPageArgs, type MembershipRow } from './repositories/membership-repository';
import { OrganizationRepository, type OrganizationRow, type StatusChangeRow } from './repositories/organization-repository';
import { pagedLoader } from '@linli/db';
import { ProjectRepository, type OutcomeRow, type ProjectRow, type TargetRow } from './repositories/project-repository';
import { StatisticsRepository, type OrganizationFigures } from './repositories/statistics-repository';
import { VolunteerHoursRepository, type HoursTotals } from './repositories/volunteer-hours-repository';
import type { ProjectStatus } from './domain/rules';

type Page = { first: number; after?: string | null };

export interface OrganizationsContext extends BaseContext {
  organizations: OrganizationRepository;
  registry: OrganizationService;
  membershipService: MembershipService;
  activityService: ActivityService;
  projectService: ProjectService;
  fundraisingService: FundraisingService;
  loaders: {
    organization: DataLoader<string, OrganizationRow | null>;
    statusHistory: DataLoader<string, StatusChangeRow[]>;
    memberCount: DataLoader<string, number>;
    members: (args: MemberPageArgs) => DataLoader<string, Connection<MembershipRow>>;
    membershipsOfPerson: DataLoader<string, MembershipRow[]>;
    activities: (args: Page & { period?: Period | null }) => DataLoader<string, Connection<ActivityRow>>;
    series: DataLoader<string, SeriesRow | null>;
    project: DataLoader<string, ProjectRow | null>;
    projects: (args: Page & { status?: ProjectStatus | null }) => DataLoader<string, Connection<ProjectRow>>;
    targets: DataLoader<string, TargetRow[]>;
    outcomes: (args: Page) => DataLoader<string, Connection<OutcomeRow>>;
    campaign: DataLoader<string, CampaignRow | null>;
    campaigns: (args: Page) => DataLoader<string, Connection<CampaignRow>>;
    campaignTotals: DataLoader<string, CampaignTotals | null>;
    donations: (args: Page) => DataLoader<string, Connection<DonationRow>>;
    volunteerHours: (period: Period | null) => DataLoader<string, HoursTotals | null>;
    statistics: DataLoader<{ code: string; period: Period }, OrganizationFigures | null, string>;
  };
}

/** Ids that are not UUIDs name nothing; they are dropped before they reach a ::uuid cast. */
const ids = (keys: readonly string[]) => keys.filter(isUuid);

/** Per request: repositories bound to the pool, one DataLoader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps, base: BaseContext): OrganizationsContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const organizations = new OrganizationRepository(db);
  const memberships = new MembershipRepository(db);
  const activities = new ActivityRepository(db);
  const projects = new ProjectRepository(db);
  const fundraising = new FundraisingRepository(db);
  const hours = new VolunteerHoursRepository(db);
  const statistics = new StatisticsRepository(db);
  const services = [deps.dataSource, deps.outbox, base.viewer] as const;
  return {
    ...base,
    organizations,
    registry: new OrganizationService(...services),
    membershipService: new MembershipService(...services),
    activityService: new ActivityService(...services),
    projectService: new ProjectService(...services),
    fundraisingService: new FundraisingService(...services),
    loaders: {
      organization: batchLoader((keys) => organizations.byIds(ids(keys), scope), (o) => o.id),
      statusHistory: groupLoader((keys) => organizations.statusHistoryOf(ids(keys), scope), (c) => c.organizationId),
      memberCount: new DataLoader(async (keys) => {
        const counts = new Map((await memberships.counts(ids(keys), scope)).map((c) => [c.organizationId, c.members]));
        return keys.map((key) => counts.get(key) ?? 0);
      }),
      members: pagedLoader((keys, args) => memberships.pages(keys, args, scope)),
      membershipsOfPerson: groupLoader((keys) => memberships.ofPersons(ids(keys), scope), (m) => m.personId),
      activities: pagedLoader((keys, args) => activities.pages(keys, args, scope)),
      series: batchLoader((keys) => activities.seriesByIds(ids(keys), scope), (s) => s.id),
      project: batchLoader((keys) => projects.byIds(ids(keys), scope), (p) => p.id),
      projects: pagedLoader((keys, args) => projects.pages(keys, args, scope)),
      targets: groupLoader((keys) => projects.targetsOf(ids(keys), scope), (t) => t.projectId),
      outcomes: pagedLoader((keys, args) => projects.outcomePages(keys, args, scope)),
      campaign: batchLoader((keys) => fundraising.byIds(ids(keys), scope), (c) => c.id),
      campaigns: pagedLoader((keys, args) => fundraising.pages(keys, args, scope)),
      campaignTotals: batchLoader((keys) => fundraising.totals(ids(keys), scope), (t) => t.campaignId),
      donations: pagedLoader((keys, args) => fundraising.donationPages(keys, args, scope)),
      volunteerHours: memo((period: Period | null) => batchLoader((keys) => hours.totals(ids(keys), period, scope), (h) => h.organizationId)),
      statistics: new DataLoader(
        async (keys) => {
          // one statement per period asked for; a dashboard asks for one
          const byPeriod = new Map<string, { period: Period; codes: string[] }>();
          for (const { code, period } of keys) {
            const k = `${period.from}|${period.to}`;
            if (!byPeriod.has(k)) byPeriod.set(k, { period, codes: [] });
            byPeriod.get(k)!.codes.push(code);
          }
          const found = new Map<string, OrganizationFigures>();
          for (const [k, { period, codes }] of byPeriod)
            for (const figures of await statistics.figuresOf([...new Set(codes)], period, scope)) found.set(`${figures.code}|${k}`, figures);
          return keys.map(({ code, period }) => found.get(`${code}|${period.from}|${period.to}`) ?? null);
        },
        { cacheKeyFn: ({ code, period }) => `${code}|${period.from}|${period.to}` },
      ),
    },
  };
}

function memo<A, L>(make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    if (!made.has(key)) made.set(key, make(args));
    return made.get(key)!;
  };
}
