import { conflict, type Conflicts } from '@linli/db';
import { BOUNDS } from './rules';

const most = (n: number) => n.toLocaleString('en-US');

/**
 * The rule each constraint of organizations' tables holds, by constraint name. The domain
 * checks every rule before it writes; a request that races past the check with another (two
 * registrations of one name, two chairs at once) meets the constraint, and the kernel's
 * transaction answers with the rule's user error instead of the database's words.
 */
export const CONSTRAINT_RULES: Conflicts = {
  // one of each per community / nationally
  organizations_credit_code: conflict(['input', 'creditCode'], 'CREDIT_CODE_TAKEN', 'this credit code is registered already'),
  organizations_filing_number: conflict(['input', 'filingNumber'], 'FILING_NUMBER_TAKEN', 'the community has filed this number already'),
  organizations_name_in_community: conflict(['input', 'name'], 'NAME_TAKEN', 'the community already has an organization of this name'),
  // memberships
  memberships_one_current_chair: conflict(['input', 'role'], 'SECOND_CHAIR', 'the organization has a current chair; end that membership first'),
  memberships_one_current_per_person: conflict(['input', 'personId'], 'ALREADY_MEMBER', 'the person is a current member already'),
  memberships_period: conflict(['input', 'to'], 'TO_BEFORE_FROM', 'a membership cannot end before it began'),
  // projects and their targets
  project_targets_unique: conflict(['input', 'targets'], 'TARGET_DUPLICATE', 'a target is given twice'),
  service_projects_period: conflict(['input', 'endsOn'], 'PERIOD_INVALID', 'the project must end on or after the day it starts'),
  service_projects_budget_bound: conflict(['input', 'budgetFen'], 'OUT_OF_RANGE', `a budget is 1 to ${most(BOUNDS.budgetFen.max)} fen`),
  project_targets_target_bound: conflict(['input', 'targets'], 'OUT_OF_RANGE', `a target is 1 to ${most(BOUNDS.target.max)}`),
  project_outcomes_value_bound: conflict(['input', 'value'], 'OUT_OF_RANGE', `an outcome is 1 to ${most(BOUNDS.outcome.max)}`),
  // activities
  activities_participants_bound: conflict(['input', 'participants'], 'OUT_OF_RANGE', `participants are 0 to ${most(BOUNDS.participants.max)}`),
  activities_people_served_bound: conflict(['input', 'peopleServed'], 'OUT_OF_RANGE', `people served are 0 to ${most(BOUNDS.peopleServed.max)}`),
  // fundraising
  fundraising_campaigns_period: conflict(['input', 'endsOn'], 'PERIOD_INVALID', 'the campaign must end on or after the day it starts'),
  fundraising_campaigns_goal_bound: conflict(['input', 'goalFen'], 'OUT_OF_RANGE', `a goal is 1 to ${most(BOUNDS.goalFen.max)} fen`),
  donations_amount_bound: conflict(['input', 'amountFen'], 'OUT_OF_RANGE', `a donation is 1 to ${most(BOUNDS.donationFen.max)} fen`),
};
