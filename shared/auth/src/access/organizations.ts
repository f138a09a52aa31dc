import type { ServiceAccess } from '../access-table';

/** The organizations subgraph's fields and the rule each applies (docs/access.md). */
export const organizationsAccess: ServiceAccess = {
  rules: {
    'Query.organization': 'organization.read',
    'Query.organizations': 'organization.read',
    'Query.serviceProject': 'organization.read',
    'Query.fundraisingCampaign': 'organization.read',

    'Mutation.registerOrganization': 'organization.registry.write',
    'Mutation.changeOrganizationStatus': 'organization.registry.write',
    'Mutation.updateOrganization': 'organization.work.write',
    'Mutation.addMember': 'organization.work.write',
    'Mutation.endMembership': 'organization.work.write',
    'Mutation.recordActivity': 'organization.work.write',
    'Mutation.recordActivitySeries': 'organization.work.write',
    'Mutation.createServiceProject': 'organization.work.write',
    'Mutation.changeServiceProjectStatus': 'organization.work.write',
    'Mutation.reportProjectOutcome': 'organization.work.write',
    'Mutation.startFundraisingCampaign': 'organization.work.write',
    'Mutation.recordDonation': 'organization.work.write',

    Organization: 'organization.read',
    // the public record of a registered organization: whoever reads an activity sees who runs it
    'Organization.id': 'organization.profile.read',
    'Organization.name': 'organization.profile.read',
    'Organization.registrationKind': 'organization.profile.read',
    'Organization.category': 'organization.profile.read',
    'Organization.areaCode': 'organization.profile.read',
    'Organization.area': 'organization.profile.read',
    'Organization.status': 'organization.profile.read',
    'Organization.members': 'organization.members.read',
    Person: 'person.read',
    // the service lists only memberships of organizations the caller may read (org staff: their own)
    'Person.memberships': 'organization.read',
    Area: 'area.read',
    'Area.organizations': 'statistics.read',
    'Area.organizationsSeries': 'statistics.read',
    'Area.organizationsTrend': 'statistics.read',
  },
  owners: {
    Organization: { organization: (organization: { id: string }) => organization.id },
  },
};
