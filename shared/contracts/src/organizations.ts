import type { Envelope, IsoDate } from './envelope';

export type OrganizationStatus = 'ACTIVE' | 'SUSPENDED' | 'DEREGISTERED';
export type OrganizationCategory = 'PUBLIC_WELFARE' | 'LEISURE' | 'CULTURE_EDUCATION' | 'SPORTS' | 'OTHER';
export type MemberRole = 'CHAIR' | 'VICE_CHAIR' | 'SECRETARY' | 'MEMBER';
export type ProjectMeasure = 'HOUSEHOLDS_VISITED' | 'ACTIVITIES_HELD' | 'PERSON_TIMES_SERVED' | 'OTHER';

/**
 * An organisation as other services keep it (volunteering refuses activities of an
 * organisation that is not ACTIVE). The shape is relied on: add fields, never change these.
 */
export interface OrganizationData {
  organizationId: string;
  name: string;
  /** One of OrganizationCategory. */
  category: string;
  status: OrganizationStatus;
  /** The organisation's home community (12 digits). */
  areaCode: string;
}

export type OrganizationsEvent =
  | Envelope<'organizations.organization.registered', 1, OrganizationData>
  | Envelope<'organizations.organization.updated', 1, OrganizationData>
  | Envelope<'organizations.organization.status_changed', 1, OrganizationData & { previousStatus: OrganizationStatus; reason: string; changedOn: IsoDate }>
  | Envelope<'organizations.member.joined', 1, { membershipId: string; organizationId: string; personId: string; role: string; from: IsoDate }>
  | Envelope<'organizations.member.left', 1, { membershipId: string; organizationId: string; personId: string; to: IsoDate }>
  | Envelope<
      'organizations.activity.recorded',
      1,
      {
        activityId: string;
        organizationId: string;
        heldOn: IsoDate;
        participants: number;
        peopleServed: number;
        /** The purchased-service project the activity counts for, if any. */
        projectId?: string | null;
        /** The series (a regular event) the activity belongs to, if any. */
        seriesId?: string | null;
      }
    >
  | Envelope<
      'organizations.project.outcome_reported',
      1,
      {
        projectId: string;
        organizationId: string;
        /** One of ProjectMeasure. */
        measure: string;
        value: number;
        reportedOn: IsoDate;
        /** The target the outcome counts against and its name (e.g. 企业走访 for an OTHER measure). */
        targetId?: string;
        targetName?: string;
        outcomeId?: string;
      }
    >;
