import type { Envelope, IsoDate } from './envelope';

/** US spelling since migration 405; events published before it may carry NEIGHBOUR or LABOUR. */
export type DisputeTypeName = 'NEIGHBOR' | 'FAMILY' | 'PROPERTY_MANAGEMENT' | 'LANDLORD_TENANT' | 'LABOR' | 'OTHER';
export type DisputeStatusName = 'INTAKE' | 'MEDIATING' | 'AGREEMENT_REACHED' | 'FULFILLED' | 'UNFULFILLED' | 'FAILED' | 'REFERRED' | 'WITHDRAWN';
export type IncidentStepName = 'REPORTED' | 'DISPATCHED' | 'HANDLED' | 'FOLLOWED_UP' | 'CLOSED';

/**
 * Mediation's events. Party ids are person ids; no names or notes travel (they stay in mediation).
 * Fields after the first ones of each type were added later and are additive.
 */
export type MediationEvent =
  | Envelope<
      'mediation.case.opened',
      1,
      {
        caseId: string;
        type: string;
        partyIds: string[];
        openedOn: IsoDate;
        /** Applicants' and respondents' ids by role. */
        applicantIds?: string[];
        respondentIds?: string[];
        /** The grid incident the case was escalated from, if any. */
        incidentId?: string | null;
        /** The day the case falls overdue if still open. */
        dueOn?: IsoDate;
      }
    >
  | Envelope<'mediation.case.transitioned', 1, { caseId: string; from: string; to: string; on: IsoDate }>
  | Envelope<
      'mediation.case.closed',
      1,
      {
        caseId: string;
        /** FULFILLED, UNFULFILLED (an agreement not honored), FAILED or WITHDRAWN (a failed or unfulfilled case may later be REFERRED, announced by case.transitioned). */
        outcome: string;
        closedOn: IsoDate;
        openedOn?: IsoDate;
        type?: string;
      }
    >
  | Envelope<
      'mediation.incident.reported',
      1,
      { incidentId: string; category: string; reportedOn: IsoDate; reporterKind?: string; reporterId?: string | null }
    >
  | Envelope<'mediation.incident.dispatched', 1, { incidentId: string; department: string; deadline: IsoDate; category?: string; reopened?: boolean }>
  | Envelope<'mediation.incident.closed', 1, { incidentId: string; satisfied: boolean; closedOn: IsoDate; score?: number; handledOnTime?: boolean }>
  | Envelope<
      'mediation.topic.resolved',
      1,
      { topicId: string; councilId: string; carried: boolean; resolvedOn: IsoDate; votesFor?: number; votesAgainst?: number; votesAbstain?: number }
    >;
