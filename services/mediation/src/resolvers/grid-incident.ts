import type { GridIncidentResolvers, IncidentRouteResolvers } from '../__generated__/resolvers-types';
import { handlingLate } from '../domain/incident-steps';
import { personRef } from './person';

export const GridIncident: GridIncidentResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.incident.load(ref.id),
  reporter: (i, _, ctx) => personRef(ctx, i.reporterId),
  department: (i, _, ctx) => (i.departmentCode ? ctx.loaders.department.load(i.departmentCode) : null),
  overdue: (i, _, ctx) => i.deadline !== null && (i.step === 'DISPATCHED' || i.handledOn !== null) && handlingLate(i.deadline, i.handledOn, ctx.today),
  evaluations: (i, _, ctx) => ctx.loaders.evaluations.load(i.id),
  // the linked case answers null for a role that may not read disputes, or out of scope
  disputeCase: (i, _, ctx) => (i.disputeCaseId ? ctx.loaders.disputeCase.load(i.disputeCaseId) : null),
  councilTopic: (i, _, ctx) => (i.councilTopicId ? ctx.loaders.topic.load(i.councilTopicId) : null),
  history: (i, _, ctx) => ctx.loaders.incidentSteps.load(i.id),
};

export const IncidentRoute: IncidentRouteResolvers = {
  department: (r, _, ctx) => (r.departmentCode ? ctx.loaders.department.load(r.departmentCode) : null),
};
