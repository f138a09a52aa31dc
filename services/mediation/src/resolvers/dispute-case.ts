import { present } from '@linli/db';
import type { DisputeCaseResolvers, DisputePartyResolvers, MediationSessionResolvers } from '../__generated__/resolvers-types';
import { allowedTransitions } from '../domain/case-life-cycle';
import { personRef } from './person';

export const DisputeCase: DisputeCaseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.disputeCase.load(ref.id),
  allowedTransitions: (c) => allowedTransitions(c.status),
  overdue: (c, _, ctx) => c.closedOn === null && c.dueOn < ctx.today,
  committee: (c, _, ctx) => (c.committeeId ? ctx.loaders.committee.load(c.committeeId) : null),
  parties: (c, _, ctx) => ctx.loaders.parties.load(c.id),
  mediators: async (c, _, ctx) => present(await ctx.loaders.mediator.loadMany((await ctx.loaders.caseMediatorIds.load(c.id)).map((m) => m.mediatorId))),
  sessions: (c, _, ctx) => ctx.loaders.sessions.load(c.id),
  agreement: (c) =>
    c.agreementTerms && c.agreementOn && c.fulfilmentDeadline
      ? {
          terms: c.agreementTerms,
          reachedOn: c.agreementOn,
          fulfillmentDeadline: c.fulfilmentDeadline,
          fulfilmentDeadline: c.fulfilmentDeadline,
          fulfilledOn: c.fulfilledOn,
        }
      : null,
  referral: (c) =>
    c.referredTo && c.referralInstitution && c.referredOn ? { target: c.referredTo, institution: c.referralInstitution, referredOn: c.referredOn } : null,
  incident: (c, _, ctx) => (c.incidentId ? ctx.loaders.incident.load(c.incidentId) : null),
  history: (c, _, ctx) => ctx.loaders.caseHistory.load(c.id),
};

export const DisputeParty: DisputePartyResolvers = {
  person: (party, _, ctx) => personRef(ctx, party.personId),
};

export const MediationSession: MediationSessionResolvers = {
  attendees: (session, _, ctx) => Promise.all(session.attendeeIds.map((id) => personRef(ctx, id))),
};
