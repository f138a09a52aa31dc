import { GraphQLError } from 'graphql';
import { ForbiddenError, NotFoundError } from '@linli/domain';
import { PaginationError } from '@linli/db';

/** FORBIDDEN, naming the access rule that refused (docs/access.md) when the kernel refused. */
export function forbidden(message: string, rule?: string): GraphQLError {
  return new GraphQLError(message, { extensions: rule ? { code: 'FORBIDDEN', rule } : { code: 'FORBIDDEN' } });
}

/** Maps domain errors to GraphQL errors with stable codes; everything else stays internal. */
export function toGraphQLError(error: unknown): GraphQLError | null {
  if (error instanceof ForbiddenError) return forbidden(error.message);
  if (error instanceof NotFoundError) return new GraphQLError(error.message, { extensions: { code: 'NOT_FOUND' } });
  if (error instanceof PaginationError) return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
  return null;
}
