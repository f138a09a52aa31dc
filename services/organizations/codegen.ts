import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: true,
        contextType: '../context#OrganizationsContext',
        mappers: {
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
        },
        scalars: { Date: 'string', DateTime: 'Date', Fen: { input: 'number', output: 'number | string' } },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
      },
    },
  },
};
export default config;
