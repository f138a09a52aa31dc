import { subgraphCodegen } from '../../shared/subgraph/codegen';

export default subgraphCodegen(
  '../context#OrganizationsContext',
  {
    Organization: '../repositories/organization-repository#OrganizationRow',
    OrganizationStatusChange: '../repositories/organization-repository#StatusChangeRow',
    Membership: '../repositories/membership-repository#MembershipRow',
    Person: '../repositories/membership-repository#PersonRef',
    OrganizationActivity: '../repositories/activity-repository#ActivityRow',
    OrganizationActivitySeries: '../repositories/activity-repository#SeriesRow',
    ServiceProject: '../repositories/project-repository#ProjectRow',
    ProjectTarget: '../repositories/project-repository#TargetRow',
    ProjectOutcome: '../repositories/project-repository#OutcomeRow',
    FundraisingCampaign: '../repositories/fundraising-repository#CampaignRow',
    Donation: '../repositories/fundraising-repository#DonationRow',
    Area: '../repositories/statistics-repository#AreaRef',
    OrganizationStatistics: '../repositories/statistics-repository#OrganizationFigures',
    OrganizationPeriodStatistics: '../repositories/statistics-repository#PeriodFigures',
  },
  { Fen: { input: 'number', output: 'number | string' } },
);
