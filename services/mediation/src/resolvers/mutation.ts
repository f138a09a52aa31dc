import { payload } from '@linli/subgraph';
import type { MutationResolvers } from '../__generated__/resolvers-types';

/**
 * Payload fields are named like the query field that reads the thing (gridIncident,
 * residentsCouncil, …); the names of the first schema stay as deprecated aliases, answered
 * from the same object.
 */
const aliased = <N extends string, A extends string, T>(name: N, alias: A, value: T) => ({ [name]: value, [alias]: value }) as Record<N | A, T>;

export const Mutation: MutationResolvers = {
  createMediationCommittee: (_, { input }, ctx) =>
    payload(async () => aliased('mediationCommittee', 'committee', (await ctx.committeeService.create(input)).committee)),
  addMediator: (_, { input }, ctx) => payload(() => ctx.committeeService.addMediator(input)),
  openDisputeCase: (_, { input }, ctx) => payload(() => ctx.caseService.open(input)),
  assignMediator: (_, { input }, ctx) => payload(() => ctx.caseService.assignMediator(input)),
  startMediation: (_, { input }, ctx) => payload(() => ctx.caseService.start(input)),
  recordMediationSession: (_, { input }, ctx) => payload(() => ctx.caseService.recordSession(input)),
  reachAgreement: (_, { input }, ctx) => payload(() => ctx.caseService.reachAgreement(input)),
  confirmFulfillment: (_, { input }, ctx) => payload(() => ctx.caseService.confirmFulfillment(input)),
  confirmFulfilment: (_, { input }, ctx) => payload(() => ctx.caseService.confirmFulfillment(input)),
  recordNonFulfillment: (_, { input }, ctx) => payload(() => ctx.caseService.recordNonFulfillment(input)),
  failMediation: (_, { input }, ctx) => payload(() => ctx.caseService.fail(input)),
  referDisputeCase: (_, { input }, ctx) => payload(() => ctx.caseService.refer(input)),
  withdrawDisputeCase: (_, { input }, ctx) => payload(() => ctx.caseService.withdraw(input)),
  reportGridIncident: (_, { input }, ctx) => payload(async () => aliased('gridIncident', 'incident', (await ctx.incidentService.report(input)).incident)),
  dispatchGridIncident: (_, { input }, ctx) => payload(async () => aliased('gridIncident', 'incident', (await ctx.incidentService.dispatch(input)).incident)),
  handleGridIncident: (_, { input }, ctx) => payload(async () => aliased('gridIncident', 'incident', (await ctx.incidentService.handle(input)).incident)),
  followUpGridIncident: (_, { input }, ctx) => payload(async () => aliased('gridIncident', 'incident', (await ctx.incidentService.followUp(input)).incident)),
  evaluateGridIncident: (_, { input }, ctx) => payload(async () => aliased('gridIncident', 'incident', (await ctx.incidentService.evaluate(input)).incident)),
  setIncidentRoute: (_, { input }, ctx) => payload(async () => aliased('incidentRoute', 'route', (await ctx.incidentService.setRoute(input)).route)),
  createResidentsCouncil: (_, { input }, ctx) => payload(async () => aliased('residentsCouncil', 'council', (await ctx.councilService.create(input)).council)),
  seatCouncilMember: (_, { input }, ctx) => payload(async () => aliased('councilMember', 'member', (await ctx.councilService.seat(input)).member)),
  unseatCouncilMember: (_, { input }, ctx) => payload(async () => aliased('councilMember', 'member', (await ctx.councilService.unseat(input)).member)),
  recordCouncilMeeting: (_, { input }, ctx) =>
    payload(async () => aliased('councilMeeting', 'meeting', (await ctx.councilService.recordMeeting(input)).meeting)),
  raiseCouncilTopic: (_, { input }, ctx) => payload(async () => aliased('councilTopic', 'topic', (await ctx.councilService.raiseTopic(input)).topic)),
  castCouncilVote: (_, { input }, ctx) => payload(async () => aliased('councilTopic', 'topic', (await ctx.councilService.vote(input)).topic)),
  resolveCouncilTopic: (_, { input }, ctx) => payload(async () => aliased('councilTopic', 'topic', (await ctx.councilService.resolve(input)).topic)),
  updateTopicImplementation: (_, { input }, ctx) => payload(async () => aliased('councilTopic', 'topic', (await ctx.councilService.implement(input)).topic)),
};
