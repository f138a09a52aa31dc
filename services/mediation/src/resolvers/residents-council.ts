import { pageSize } from '@linli/db';
import type {
  CouncilMeetingResolvers,
  CouncilMemberResolvers,
  CouncilStakeholderResolvers,
  CouncilTopicResolvers,
  CouncilVoteResolvers,
  ResidentsCouncilResolvers,
} from '../__generated__/resolvers-types';
import { implementationStatus, quorumOf } from '../domain/council-rules';
import { personRef } from './person';

export const ResidentsCouncil: ResidentsCouncilResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.council.load(ref.id),
  seatPlan: (c, _, ctx) => ctx.loaders.seatGroups.load(c.id),
  totalSeats: async (c, _, ctx) => (await ctx.loaders.seatGroups.load(c.id)).reduce((sum, g) => sum + g.seats, 0),
  quorum: async (c, _, ctx) => quorumOf((await ctx.loaders.seatGroups.load(c.id)).reduce((sum, g) => sum + g.seats, 0)),
  members: (c, _, ctx) => ctx.loaders.members.load(c.id),
  meetings: (c, args, ctx) => ctx.loaders.meetingsOfCouncil({ first: pageSize(args), after: args.after }).load(c.id),
  topics: (c, args, ctx) => ctx.loaders.topicsOfCouncil({ first: pageSize(args), after: args.after }).load(c.id),
};

export const CouncilMember: CouncilMemberResolvers = {
  person: (m, _, ctx) => personRef(ctx, m.personId),
};

export const CouncilMeeting: CouncilMeetingResolvers = {
  attendees: (m, _, ctx) => Promise.all(m.attendeeIds.map((id) => personRef(ctx, id))),
  topics: (m, _, ctx) => ctx.loaders.topicsOfMeeting.load(m.id),
};

export const CouncilTopic: CouncilTopicResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.topic.load(ref.id),
  // a topic is visible only with its council's community in scope
  council: async (t, _, ctx) => (await ctx.loaders.council.load(t.councilId))!,
  raisedBy: (t, _, ctx) => personRef(ctx, t.raisedBy),
  stakeholders: (t, _, ctx) => ctx.loaders.stakeholders.load(t.id),
  incident: (t, _, ctx) => (t.incidentId ? ctx.loaders.incident.load(t.incidentId) : null),
  tally: (t) => ({ for: t.votesFor, against: t.votesAgainst, abstain: t.votesAbstain }),
  votes: (t, _, ctx) => ctx.loaders.votes.load(t.id),
  implementation: (t) => ({
    status: implementationStatus(t.implementationProgress),
    progress: t.implementationProgress,
    note: t.implementationNote,
    updatedOn: t.implementationOn,
  }),
};

export const CouncilStakeholder: CouncilStakeholderResolvers = {
  person: (s, _, ctx) => personRef(ctx, s.personId),
};

export const CouncilVote: CouncilVoteResolvers = {
  person: (v, _, ctx) => personRef(ctx, v.personId),
};
