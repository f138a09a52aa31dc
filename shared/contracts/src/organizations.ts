import type { Envelope, IsoDate } from './envelope';

export type OrganizationStatus = 'ACTIVE' | 'SUSPENDED' | 'DEREGISTERED';

export interface OrganizationData {
  organizationId: string;
  name: string;
  category: string;
  status: OrganizationStatus;
  areaCode: string;
}

export type OrganizationsEvent =
  | Envelope<'organizations.organization.registered', 1, OrganizationData>
  | Envelope<'organizations.organization.updated', 1, OrganizationData>
  | Envelope<'organizations.organization.status_changed', 1, OrganizationData & { previousStatus: OrganizationStatus; reason: string; changedOn: IsoDate }>
  | Envelope<'organizations.member.joined', 1, { membershipId: string; organizationId: string; personId: string; role: string; from: IsoDate }>
  | Envelope<'organizations.member.left', 1, { membershipId: string; organizationId: string; personId: string; to: IsoDate }>
  | Envelope<'organizations.activity.recorded', 1, { activityId: string; organizationId: string; heldOn: IsoDate; participants: number; peopleServed: number }>
  | Envelope<'organizations.project.outcome_reported', 1, { projectId: string; organizationId: string; measure: string; value: number; reportedOn: IsoDate }>;
