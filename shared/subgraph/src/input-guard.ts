import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { isUuid } from '@linli/db';
import { preview } from './scalars';

/**
 * `ID` arguments that name a place or a code rather than a row: area codes (`areaCode`,
 * `gridCode`, `within`, `code`, …), department and category codes. Every other `ID` names a
 * row and is a UUID.
 */
const CODE_NAME = /(^|[a-z])Code$|^code$|^within$|^category$/;

/** The longest text any argument may carry (a description, a note); longer is refused. */
export const MAX_TEXT = 10_000;

/**
 * Checks every argument of every field before its resolver runs, so bad input is the caller's
 * error (BAD_USER_INPUT, naming the argument's path) and never reaches SQL: ids that are not
 * UUIDs, text with a NUL byte (PostgreSQL cannot store one) or longer than MAX_TEXT. Input
 * objects and lists are walked to their leaves.
 */
export function guardInputs(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || (type.name === 'Query' && field.name === '_entities')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values, context, info) => {
        for (const arg of args) check(values[arg.name], arg.type, arg.name, [arg.name]);
        return resolve(source, values, context, info);
      };
    }
  }
}

function check(value: unknown, type: GraphQLInputType, name: string, path: (string | number)[]): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((item, i) => check(item, inner.ofType, name, [...path, i]));
    return;
  }
  const named = getNamedType(inner);
  if (isInputObjectType(named)) {
    for (const field of Object.values(named.getFields())) check((value as Record<string, unknown>)[field.name], field.type, field.name, [...path, field.name]);
    return;
  }
  if (!isScalarType(named) || typeof value !== 'string') return;
  if (value.includes('\u0000')) throw refusal(path, `${path.join('.')} contains a NUL byte, which no text may hold`);
  if (value.length > MAX_TEXT) throw refusal(path, `${path.join('.')} is longer than ${MAX_TEXT} characters`);
  if (named.name === 'ID' && !CODE_NAME.test(name) && !isUuid(value)) throw refusal(path, `${path.join('.')} must be an id (a UUID), got ${preview(value)}`);
}

function refusal(path: (string | number)[], message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: path.map(String) } });
}
