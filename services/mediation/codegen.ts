import { subgraphCodegen } from '../../shared/subgraph/codegen';

/** The schema is split by module (schema/*.graphql); codegen merges the files as the service does. */
export default {
  ...subgraphCodegen('../context#MediationContext', {
    Area: '../repositories/statistics-repository#AreaRef',
    Person: '../repositories/case-repository#PersonRef',
    MediationCommittee: '../repositories/committee-repository#CommitteeRow',
    Mediator: '../repositories/committee-repository#MediatorRow',
    DisputeCase: '../repositories/case-repository#CaseRow',
    DisputeParty: '../repositories/case-repository#PartyRow',
    MediationSession: '../repositories/case-repository#SessionRow',
    DisputeStatusChange: '../repositories/case-repository#CaseTransitionRow',
    GridIncident: '../repositories/incident-repository#IncidentRow',
    IncidentRoute: '../repositories/incident-repository#RouteRow',
    Department: '../repositories/incident-repository#DepartmentRow',
    IncidentEvaluation: '../repositories/incident-repository#EvaluationRow',
    IncidentStepChange: '../repositories/incident-repository#StepRow',
    ResidentsCouncil: '../repositories/council-repository#CouncilRow',
    CouncilMember: '../repositories/council-repository#MemberRow',
    CouncilMeeting: '../repositories/council-repository#MeetingRow',
    CouncilTopic: '../repositories/council-repository#TopicRow',
    CouncilStakeholder: '../repositories/council-repository#StakeholderRow',
    CouncilVote: '../repositories/council-repository#VoteRow',
  }),
  schema: 'schema/*.graphql',
};
