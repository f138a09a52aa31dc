import { GraphQLError } from 'graphql';
import { DisclosureError } from '@linli/auth';
import { ForbiddenError, NotFoundError, UserErrorsException } from '@linli/domain';
import { PaginationError, userErrorsOf } from '@linli/db';

/** FORBIDDEN, naming the access rule that refused (docs/access.md) when the kernel refused. */
export function forbidden(message: string, rule?: string): GraphQLError {
  return new GraphQLError(message, { extensions: rule ? { code: 'FORBIDDEN', rule } : { code: 'FORBIDDEN' } });
}

/**
 * Maps errors the caller can act on to GraphQL errors with stable codes: domain refusals,
 * a bad page argument, and database refusals of the caller's values (a constraint or a data
 * exception escaping outside a mutation's payload). Returns null for everything else, which
 * stays internal and is answered without its message.
 */
export function toGraphQLError(error: unknown): GraphQLError | null {
  if (error instanceof ForbiddenError) return forbidden(error.message);
  if (error instanceof NotFoundError) return new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND' } });
  if (error instanceof PaginationError || error instanceof DisclosureError) return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  const refused = error instanceof UserErrorsException ? error : userErrorsOf(error);
  if (refused) {
    const [first] = refused.errors;
    return new GraphQLError(refused.errors.map((e) => e.message).join('; '), { extensions: { code: 'BAD_USER_INPUT', field: first?.field, reason: first?.code } });
  }
  return null;
}

/** Codes that mean the caller sent something to fix or may not do it; everything else is ours. */
const CALLER_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** Whether an error is the caller's (refused input, no permission) rather than a failure of the service. */
export function isCallerError(error: GraphQLError): boolean {
  if (toGraphQLError(error.originalError ?? error)) return true;
  const code = error.extensions?.code;
  // graphql-js' own validation and coercion errors carry no original error and no code of ours
  return typeof code === 'string' ? CALLER_CODES.has(code) : !error.originalError && Boolean(error.nodes || error.locations);
}
