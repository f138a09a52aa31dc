import { FenScalar } from './fen';

describe('the Fen scalar', () => {
  it('answers the digits PostgreSQL gives for a bigint or numeric sum exactly up to 2^53', () => {
    expect(FenScalar.serialize('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(FenScalar.serialize('30000000')).toBe(30_000_000);
  });

  it('answers a total beyond 2^53 as the nearest number instead of failing the figure', () => {
    expect(FenScalar.serialize('90071992547409930000')).toBe(Number('90071992547409930000'));
  });

  it('refuses to answer something that is not a number of fen', () => {
    expect(() => FenScalar.serialize('12.5 yuan')).toThrow(/Fen cannot represent/);
  });
});
