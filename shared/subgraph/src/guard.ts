import { defaultFieldResolver, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { hasRole, isStatisticsOnly, type Role, type Viewer } from '@linli/auth';
import { ForbiddenError, NotFoundError, UserErrorsException } from '@linli/domain';
import { PaginationError, userErrorsOf } from '@linli/db';

/** Fields anyone authenticated may read: federation plumbing and pagination info. */
const ALWAYS = ['Query._service', 'Query._entities', '_Service', 'PageInfo', 'UserError'];

/**
 * Integrators and ops read statistics only. Every field not on the allow-list answers
 * FORBIDDEN for them, whatever path reached it (a list, a nested field, an entity reference).
 * The allow-list names `Type` (all its fields) or `Type.field`.
 */
export function guardStatistics(schema: GraphQLSchema, allowed: readonly string[]): void {
  const allow = new Set([...ALWAYS, ...allowed]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeAllowed = allow.has(type.name) || type.name.endsWith('Statistics');
    for (const field of Object.values(type.getFields())) {
      if (typeAllowed || allow.has(`${type.name}.${field.name}`)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: { viewer?: Viewer }, info) => {
        if (context.viewer && isStatisticsOnly(context.viewer)) throw forbidden(`${coordinate} is not statistics; your role may read statistics only`);
        return resolve(source, args, context, info);
      };
    }
  }
}

/**
 * The roles that may change anything in a service: every mutation answers FORBIDDEN to a
 * caller holding none of them, before any domain code runs. Finer rules (which of them may
 * do what, and where) stay in the domain.
 */
export function guardWriters(schema: GraphQLSchema, service: string, writers: readonly Role[]): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: { viewer?: Viewer }, info) => {
      if (!context.viewer || !hasRole(context.viewer, ...writers)) throw forbidden(`your role may not change anything in ${service}`);
      return resolve(source, args, context, info);
    };
  }
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
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
  if (error instanceof PaginationError) return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
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
