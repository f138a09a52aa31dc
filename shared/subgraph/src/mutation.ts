import { userErrorsOf } from '@linli/db';
import { UserErrorsException, type UserError } from '@linli/domain';

/**
 * Runs a mutation's domain call and shapes its payload: the changed object(s) on success,
 * `userErrors` (and nulls) when the domain refused. A constraint violation or data exception
 * that escaped the domain (a race past its checks) is the caller's error too (userErrorsOf);
 * anything else is a real error.
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    const refused = error instanceof UserErrorsException ? error : userErrorsOf(error);
    if (refused) return { userErrors: refused.errors } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
