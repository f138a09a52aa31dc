import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { FIRST_YEAR, isIsoDate, LAST_YEAR } from '@linli/domain';

const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** `Date`: a calendar day, `YYYY-MM-DD`, 1900–2100. Invalid dates are refused before any resolver runs. */
export const DateScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `A calendar date, YYYY-MM-DD, between ${FIRST_YEAR}-01-01 and ${LAST_YEAR}-12-31`,
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isIsoDate(value)) throw refused(`Date must be a real day YYYY-MM-DD between ${FIRST_YEAR} and ${LAST_YEAR}, got ${preview(value)}`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refused('Date must be a YYYY-MM-DD string');
    return DateScalar.parseValue(ast.value);
  },
});

const DATE_TIME = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `DateTime`: an instant, ISO-8601 with offset, 1900–2100. */
export const DateTimeScalar: GraphQLScalarType<Date, string> = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: `An instant, ISO-8601 with a time zone offset, between ${FIRST_YEAR} and ${LAST_YEAR}`,
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent this value');
  },
  parseValue(value) {
    const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
    const year = match ? Number(match[1]) : NaN;
    if (!match || Number.isNaN(Date.parse(value as string)) || year < FIRST_YEAR || year > LAST_YEAR || !isIsoDate((value as string).slice(0, 10)))
      throw refused(`DateTime must be ISO-8601 with an offset between ${FIRST_YEAR} and ${LAST_YEAR}, got ${preview(value)}`);
    return new Date(value as string);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw refused('DateTime must be a string');
    return DateTimeScalar.parseValue(ast.value);
  },
});

/** A short, printable rendering of a refused value for an error message. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
