import { UserErrorsException, type UserError } from '@linli/domain';
import type { DataSource, EntityManager } from './data-source';
import { pgCode, pgConstraint } from './errors';

/**
 * The user error each database constraint stands for, by constraint name. The domain checks a
 * rule before it writes; the constraint is what holds the rule when two requests race past the
 * check together, and the loser must hear the rule, not an internal error.
 */
export type Conflicts = Readonly<Record<string, UserError>>;

export const conflict = (field: string[], code: string, message: string): UserError => ({ field, code, message });

/**
 * What a refused statement means to the caller when no rule names its constraint. Nothing of
 * the database's own words (SQL, constraint or column names) is passed on.
 */
const GENERIC: Record<string, UserError> = {
  '23505': conflict([], 'CONFLICT', 'this conflicts with a record that already exists; reload and try again'),
  '23503': conflict([], 'REFERENCE_UNKNOWN', 'this refers to a record that does not exist (any more)'),
  '23514': conflict([], 'VALUE_NOT_ALLOWED', 'a value is outside what is allowed'),
  '23P01': conflict([], 'CONFLICT', 'this overlaps a record that already exists'),
  '23502': conflict([], 'VALUE_REQUIRED', 'a required value is missing'),
};

/** PostgreSQL's class 22 (data exception): a value the database cannot take as given. */
const DATA_EXCEPTION = conflict([], 'INVALID_VALUE', 'a value cannot be stored as given (too long, out of range, or not valid text)');

/**
 * The user errors a database refusal stands for, or null when the error is not the caller's
 * (a lost connection, a bug). Constraint violations (class 23) answer the rule named in
 * `conflicts` or a generic code; data exceptions (class 22: out of range, too long, a NUL byte,
 * a malformed value) answer INVALID_VALUE.
 */
export function userErrorsOf(error: unknown, conflicts: Conflicts = {}): UserErrorsException | null {
  const code = pgCode(error);
  if (!code) return null;
  if (code.startsWith('23')) {
    const constraint = pgConstraint(error);
    const rule = constraint && Object.prototype.hasOwnProperty.call(conflicts, constraint) ? conflicts[constraint] : GENERIC[code];
    return new UserErrorsException([rule ?? GENERIC['23514']]);
  }
  if (code.startsWith('22')) return new UserErrorsException([DATA_EXCEPTION]);
  return null;
}

/**
 * Runs a change in one transaction: everything or nothing is written. A constraint violation
 * or data exception rolls it back like every refusal and answers the rule's user error (see
 * userErrorsOf); anything else stays an internal error.
 */
export async function transaction<T>(dataSource: DataSource, fn: (tx: EntityManager) => Promise<T>, conflicts: Conflicts = {}): Promise<T> {
  try {
    return await dataSource.transaction(fn);
  } catch (error) {
    throw userErrorsOf(error, conflicts) ?? error;
  }
}
