import { conflict, type Conflicts } from '@linli/db';

/**
 * The rule each of mediation's constraints holds, by constraint name. The domain checks every
 * rule before it writes; when two requests race past a check together, the constraint refuses
 * the loser and the kernel's transaction() answers it with the rule's user error, never the
 * constraint's name.
 */
export const CONSTRAINT_RULES: Conflicts = {
  // committees and mediators
  residents_councils_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'a name is 1 to 100 characters'),
  incident_categories_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'a name is 1 to 100 characters'),
  incident_categories_code_check: conflict(['input', 'category'], 'CATEGORY_CODE_INVALID', 'a category code is capital letters, digits and underscores'),
  council_meetings_minutes_check: conflict(['input', 'minutes'], 'MINUTES_REQUIRED', 'minutes are 1 to 10000 characters'),
  grid_incidents_place_check: conflict(['input', 'place'], 'PLACE_REQUIRED', 'a place is 1 to 200 characters'),
  grid_incidents_description_check: conflict(['input', 'description'], 'DESCRIPTION_REQUIRED', 'a description is 1 to 2000 characters'),
  dispute_cases_incident_id_fkey: conflict(['input', 'incidentId'], 'INCIDENT_UNKNOWN', 'no such grid incident in your areas'),
  mediation_committees_one_per_community: conflict(['input', 'areaCode'], 'COMMITTEE_EXISTS', 'the community already has a mediation committee'),
  mediation_committees_name_check: conflict(['input', 'name'], 'NAME_INVALID', 'a name is 1 to 100 characters'),
  mediators_once_per_committee: conflict(['input', 'personId'], 'MEDIATOR_ALREADY_ADDED', 'the person already serves on this committee'),
  mediators_committee_id_fkey: conflict(['input', 'committeeId'], 'COMMITTEE_UNKNOWN', 'no such mediation committee in your areas'),
  // dispute cases
  dispute_cases_incident_id_key: conflict(['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a dispute case'),
  grid_incidents_dispute_case_id_key: conflict(['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a dispute case'),
  dispute_cases_summary_check: conflict(['input', 'summary'], 'SUMMARY_REQUIRED', 'a summary is 1 to 2000 characters'),
  dispute_parties_pkey: conflict(['input', 'parties'], 'PARTY_ON_BOTH_SIDES', 'the same person cannot be listed twice or on both sides'),
  dispute_case_mediators_mediator_id_fkey: conflict(
    ['input', 'mediatorId'],
    'MEDIATOR_UNKNOWN',
    "every mediator must serve on the committee of the case's community",
  ),
  // grid incidents and the routing table
  grid_incidents_category_code_fkey: conflict(['input', 'category'], 'CATEGORY_UNKNOWN', 'no such category in the routing table'),
  grid_incidents_department_code_fkey: conflict(['input', 'departmentCode'], 'DEPARTMENT_UNKNOWN', 'no such department'),
  grid_incidents_council_topic_id_key: conflict(['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a council topic'),
  incident_categories_department_code_fkey: conflict(['input', 'departmentCode'], 'DEPARTMENT_UNKNOWN', 'no such department'),
  incident_categories_time_limit_days_check: conflict(['input', 'timeLimitDays'], 'OUT_OF_RANGE', 'a time limit is 1 to 365 days'),
  incident_evaluations_score_check: conflict(['input', 'score'], 'OUT_OF_RANGE', 'a score is 1 to 5'),
  // residents' councils
  residents_councils_name: conflict(['input', 'name'], 'COUNCIL_NAME_TAKEN', 'the community already has a council of that name'),
  council_seat_groups_pkey: conflict(['input', 'seatPlan'], 'SEAT_PLAN_INVALID', 'a group appears twice in the seat plan'),
  council_seat_groups_seats_check: conflict(['input', 'seatPlan'], 'OUT_OF_RANGE', 'a seat group has 1 to 99 seats'),
  council_members_one_seat: conflict(['input', 'personId'], 'ALREADY_SEATED', 'the person already holds a seat on this council'),
  council_members_council_id_group_name_fkey: conflict(['input', 'group'], 'SEAT_GROUP_UNKNOWN', 'the seat plan has no such group'),
  council_topics_incident_id_key: conflict(['input', 'incidentId'], 'INCIDENT_ALREADY_ESCALATED', 'the incident was already escalated to a council topic'),
  council_topics_title_check: conflict(['input', 'title'], 'TITLE_REQUIRED', 'a title is 1 to 200 characters'),
  council_topics_implementation_progress_check: conflict(['input', 'progress'], 'OUT_OF_RANGE', 'progress is 0 to 100 per cent'),
  council_topic_stakeholders_pkey: conflict(['input', 'stakeholders'], 'STAKEHOLDERS_INVALID', 'each stakeholder is named once'),
  council_votes_one_per_person: conflict(['input', 'personId'], 'ALREADY_VOTED', 'the member has already voted on this topic'),
};
