import { pgCode, pgConstraint, PG_CHECK_VIOLATION, PG_UNIQUE_VIOLATION, type DataSource, type EntityManager } from '@linli/db';
import { UserErrorsException, type UserError } from '@linli/domain';

/**
 * The user error a database constraint stands for, by constraint name. The domain checks each
 * rule before writing; the constraint is what holds it when two requests race past the check
 * together, and the loser must hear the rule, not an internal error.
 */
export type Conflicts = Record<string, UserError>;

export const conflict = (field: string[], code: string, message: string): UserError => ({ field, code, message });

/** The constraints each change relies on, and what the request that lost the race hears. */
export const CONFLICTS = {
  registerVolunteer: {
    volunteers_one_per_person: conflict(['input', 'personId'], 'ALREADY_VOLUNTEER', 'this person is already registered as a volunteer'),
  },
  createTeam: {
    teams_name_per_area: conflict(['input', 'name'], 'TEAM_NAME_TAKEN', 'a team of this name already serves this area'),
  },
  addTeamMember: {
    team_members_pkey: conflict(['input', 'volunteerId'], 'ALREADY_MEMBER', 'the volunteer is already in this team'),
  },
  assignCaptain: {
    building_captains_pkey: conflict(['input', 'volunteerId'], 'ALREADY_CAPTAIN', 'the volunteer already captains this building'),
  },
  giveAward: {
    awards_once: conflict(['input', 'title'], 'AWARD_ALREADY_GIVEN', 'the volunteer was already given this award on this day'),
  },
  signUp: {
    attendances_one_live: conflict(['input', 'volunteerId'], 'ALREADY_SIGNED_UP', 'the volunteer is already signed up for this activity'),
    activities_signed_up_within_capacity: conflict(['input', 'activityId'], 'ACTIVITY_FULL', 'all places are taken'),
  },
  reverseHours: {
    hours_entries_one_reversal: conflict(['input', 'attendanceId'], 'HOURS_NOT_APPROVED', 'these hours have already been reversed'),
  },
} satisfies Record<string, Conflicts>;

/**
 * Runs a change in one transaction. A unique or check violation of one of the given
 * constraints (the change lost a race) rolls the transaction back, like every refusal, and
 * answers the rule's user error; anything else stays an internal error.
 */
export async function transaction<T>(dataSource: DataSource, fn: (tx: EntityManager) => Promise<T>, conflicts: Conflicts): Promise<T> {
  try {
    return await dataSource.transaction(fn);
  } catch (error) {
    throw conflictError(error, conflicts) ?? error;
  }
}

export function conflictError(error: unknown, conflicts: Conflicts): UserErrorsException | null {
  const code = pgCode(error);
  const constraint = pgConstraint(error);
  if ((code !== PG_UNIQUE_VIOLATION && code !== PG_CHECK_VIOLATION) || !constraint || !Object.prototype.hasOwnProperty.call(conflicts, constraint)) return null;
  return new UserErrorsException([conflicts[constraint]]);
}
