import { MediationCommittee } from './mediation-committee';
import { Mediator } from './mediator';
import { DisputeCase } from './dispute-case';
import { DisputeParty } from './dispute-party';
import { MediationSession } from './mediation-session';
import { Department } from './department';
import { IncidentCategory } from './incident-category';
import { GridIncident } from './grid-incident';
import { IncidentEvaluation } from './incident-evaluation';
import { ResidentsCouncil } from './residents-council';
import { CouncilSeatGroup } from './council-seat-group';
import { CouncilMember } from './council-member';
import { CouncilMeeting } from './council-meeting';
import { CouncilTopic } from './council-topic';
import { CouncilVote } from './council-vote';

export { MediationCommittee, Mediator, DisputeCase, DisputeParty, MediationSession, Department, IncidentCategory, GridIncident, IncidentEvaluation, ResidentsCouncil, CouncilSeatGroup, CouncilMember, CouncilMeeting, CouncilTopic, CouncilVote };
export const entities = [MediationCommittee, Mediator, DisputeCase, DisputeParty, MediationSession, Department, IncidentCategory, GridIncident, IncidentEvaluation, ResidentsCouncil, CouncilSeatGroup, CouncilMember, CouncilMeeting, CouncilTopic, CouncilVote];
