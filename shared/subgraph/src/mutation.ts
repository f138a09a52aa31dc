import { UserErrorsException, type UserError } from '@linli/domain';

/**
 * Runs a mutation's domain call and shapes its payload: the changed object(s) on success,
 * `userErrors` (and nulls) when the domain refused. Anything else is a real error.
 */
export async function payload<T extends object>(run: () => Promise<T>): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorsException) return { userErrors: error.errors } as Partial<T> & { userErrors: UserError[] };
    throw error;
  }
}
