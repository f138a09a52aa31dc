import type DataLoader from 'dataloader';
import { batchLoader, figuresLoader, groupLoader, isCode, loaderPerArgs, pagedLoader, valueLoader, type Connection, type FiguresKey } from '@linli/db';
import type { Period } from '@linli/domain';
import { KNOWN_PERSONS, ReadModelRepository } from '@linli/events';
import type { BaseContext, ServiceDeps } from '@linli/subgraph';
import { ActivityService } from './domain/activity-service';
import { FundraisingService } from './domain/fundraising-service';
import { MembershipService } from './domain/membership-service';
import { OrganizationService } from './domain/organization-service';
import { ProjectService } from './domain/project-service';
import type { ProjectStatus } from './domain/rules';
import { ActivityRepository, type ActivityRow, type SeriesRow } from './repositories/activity-repository';
import { FundraisingRepository, type CampaignRow, type CampaignTotals, type DonationRow } from './repositories/fundraising-repository';
import { MembershipRepository, type MemberPageArgs, type MembershipRow } from './repositories/membership-repository';
import { OrganizationRepository, type OrganizationRow, type StatusChangeRow } from './repositories/organization-repository';
import { ProjectRepository, type OutcomeRow, type ProjectRow, type TargetRow } from './repositories/project-repository';
import { StatisticsRepository, TrendRepository, type OrganizationFigures, type PeriodFigures, type TrendStep } from './repositories/statistics-repository';
import type { organizationsSettings, OrganizationsSettings } from './env';
import { VolunteerHoursRepository, type HoursTotals } from './repositories/volunteer-hours-repository';

type Page = { first: number; after?: string | null };

export interface OrganizationsContext extends BaseContext {
  settings: OrganizationsSettings;
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
    membershipPagesOfPerson: (args: Omit<MemberPageArgs, 'role'>) => DataLoader<string, Connection<MembershipRow>>;
    statusChanges: (args: Page) => DataLoader<string, Connection<StatusChangeRow>>;
    /** Whether a person lives within the caller's areas (population's rule for who may see them). */
    personInScope: DataLoader<string, boolean>;
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
    statistics: DataLoader<FiguresKey<Period>, OrganizationFigures | null, string>;
    trend: (args: { period: Period; step: TrendStep }) => DataLoader<string, PeriodFigures[]>;
  };
}

/** Per request: repositories, domain services, and one kernel loader per hop, every one limited to the caller's areas. */
export function createContext(deps: ServiceDeps<typeof organizationsSettings>, base: BaseContext): OrganizationsContext {
  const db = deps.dataSource;
  const scope = base.viewer.areas;
  const organizations = new OrganizationRepository(db);
  const memberships = new MembershipRepository(db);
  const persons = new ReadModelRepository(db, KNOWN_PERSONS);
  const activities = new ActivityRepository(db);
  const projects = new ProjectRepository(db);
  const fundraising = new FundraisingRepository(db);
  const hours = new VolunteerHoursRepository(db);
  const statistics = new StatisticsRepository(db);
  const trends = new TrendRepository(db);
  const services = [db, deps.outbox, base.viewer] as const;
  return {
    ...base,
    settings: deps.settings,
    organizations,
    registry: new OrganizationService(...services),
    membershipService: new MembershipService(...services),
    activityService: new ActivityService(...services),
    projectService: new ProjectService(...services),
    fundraisingService: new FundraisingService(...services),
    loaders: {
      organization: batchLoader(
        (ids) => organizations.byIds(ids, scope),
        (o) => o.id,
      ),
      statusHistory: groupLoader(
        (ids) => organizations.statusHistoryOf(ids, scope),
        (c) => c.organizationId,
      ),
      memberCount: valueLoader(async (ids) => (await memberships.counts(ids, scope)).map((c) => [c.organizationId, c.members]), 0),
      members: pagedLoader((ids, args) => memberships.pages(ids, args, scope)),
      membershipsOfPerson: groupLoader(
        (ids) => memberships.ofPersons(ids, scope),
        (m) => m.personId,
      ),
      membershipPagesOfPerson: pagedLoader((ids, args) => memberships.pagesOfPersons(ids, args, scope)),
      statusChanges: pagedLoader((ids, args) => organizations.statusChangePages(ids, args, scope)),
      personInScope: valueLoader(async (ids) => [...(await persons.knownInScope(ids, scope))].map((id) => [id, true]), false),
      activities: pagedLoader((ids, args) => activities.pages(ids, args, scope)),
      series: batchLoader(
        (ids) => activities.seriesByIds(ids, scope),
        (s) => s.id,
      ),
      project: batchLoader(
        (ids) => projects.byIds(ids, scope),
        (p) => p.id,
      ),
      projects: pagedLoader((ids, args) => projects.pages(ids, args, scope)),
      targets: groupLoader(
        (ids) => projects.targetsOf(ids, scope),
        (t) => t.projectId,
      ),
      outcomes: pagedLoader((ids, args) => projects.outcomePages(ids, args, scope)),
      campaign: batchLoader(
        (ids) => fundraising.byIds(ids, scope),
        (c) => c.id,
      ),
      campaigns: pagedLoader((ids, args) => fundraising.pages(ids, args, scope)),
      campaignTotals: batchLoader(
        (ids) => fundraising.totals(ids, scope),
        (t) => t.campaignId,
      ),
      donations: pagedLoader((ids, args) => fundraising.donationPages(ids, args, scope)),
      volunteerHours: loaderPerArgs((period: Period | null) =>
        batchLoader(
          (ids) => hours.totals(ids, period, scope),
          (h) => h.organizationId,
        ),
      ),
      statistics: figuresLoader(
        (codes, period: Period) => statistics.figuresOf(codes, period, scope),
        (f) => f.code,
      ),
      trend: loaderPerArgs(({ period, step }: { period: Period; step: TrendStep }) =>
        groupLoader(
          (codes) => trends.trendOf(codes, period, step, scope),
          (f) => f.code,
          { valid: isCode },
        ),
      ),
    },
  };
}
