import { Organization } from './organization';
import { OrganizationStatusChange } from './organization-status-change';
import { Membership } from './membership';
import { ServiceProject } from './service-project';
import { ProjectTarget } from './project-target';
import { ProjectOutcome } from './project-outcome';
import { ActivitySeries } from './activity-series';
import { Activity } from './activity';
import { FundraisingCampaign } from './fundraising-campaign';
import { Donation } from './donation';
import { VolunteerHours } from './volunteer-hours';

export { Organization, OrganizationStatusChange, Membership, ServiceProject, ProjectTarget, ProjectOutcome, ActivitySeries, Activity, FundraisingCampaign, Donation, VolunteerHours };
export const entities = [Organization, OrganizationStatusChange, Membership, ServiceProject, ProjectTarget, ProjectOutcome, ActivitySeries, Activity, FundraisingCampaign, Donation, VolunteerHours];
