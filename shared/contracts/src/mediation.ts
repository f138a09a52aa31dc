import type { Envelope, IsoDate } from './envelope';

export type MediationEvent =
  | Envelope<'mediation.case.opened', 1, { caseId: string; type: string; partyIds: string[]; openedOn: IsoDate }>
  | Envelope<'mediation.case.transitioned', 1, { caseId: string; from: string; to: string; on: IsoDate }>
  | Envelope<'mediation.case.closed', 1, { caseId: string; outcome: string; closedOn: IsoDate }>
  | Envelope<'mediation.incident.reported', 1, { incidentId: string; category: string; reportedOn: IsoDate }>
  | Envelope<'mediation.incident.dispatched', 1, { incidentId: string; department: string; deadline: IsoDate }>
  | Envelope<'mediation.incident.closed', 1, { incidentId: string; satisfied: boolean; closedOn: IsoDate }>
  | Envelope<'mediation.topic.resolved', 1, { topicId: string; councilId: string; carried: boolean; resolvedOn: IsoDate }>;
