import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Reads fen from a JSON number or the digits PostgreSQL gives for bigint/numeric. Exact up to
 * 2^53; a total beyond that (only sums can get there) is the nearest number, never an error, so
 * no amount a caller enters can make a figure fail.
 */
function toNumber(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  throw new GraphQLError(`Fen cannot represent ${JSON.stringify(value)}`);
}

/**
 * `Fen`: money in whole fen. Output is always exact. Input accepts any finite number and
 * leaves the rules (no fraction of a fen, more than 0) to the domain, so a form gets
 * userErrors it can show instead of a request error.
 */
export const FenScalar = new GraphQLScalarType<number, number>({
  name: 'Fen',
  description: 'An exact amount of money in fen (1/100 yuan)',
  serialize: toNumber,
  parseValue(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new GraphQLError(`Fen must be a number, got ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) throw new GraphQLError('Fen must be a number');
    return Number(ast.value);
  },
});
