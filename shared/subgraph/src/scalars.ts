import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@linli/domain';

/** `Date`: a calendar day, `YYYY-MM-DD`. Invalid dates are refused before any resolver runs. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isIsoDate(value)) throw new GraphQLError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw new GraphQLError('Date must be a YYYY-MM-DD string');
    return ast.value;
  },
});

/** `DateTime`: an instant, ISO-8601 with offset. */
export const DateTimeScalar: GraphQLScalarType<Date, string> = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with a time zone offset',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value)))
      throw new GraphQLError(`DateTime must be ISO-8601 with an offset, got ${JSON.stringify(value)}`);
    return new Date(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string');
    return DateTimeScalar.parseValue(ast.value);
  },
});
