import { checkCharacter, makeIdNumber, readIdNumber } from './id-number';

describe('the mainland ID number', () => {
  it('computes the GB 11643 check character, X included', () => {
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(readIdNumber('11010519491231002X')).toEqual({ birthDate: '1949-12-31', sex: 'FEMALE' });
  });

  it('refuses a number whose last character does not match', () => {
    expect(readIdNumber('110105194912310021')).toBe('CHECK_DIGIT');
  });

  it('refuses a number with an impossible birth date even when the check digit fits', () => {
    const first17 = '44011819990230001';
    expect(readIdNumber(first17 + checkCharacter(first17))).toBe('BIRTH_DATE');
  });

  it('refuses anything not 17 digits and a check character', () => {
    expect(readIdNumber('4401181990')).toBe('FORMAT');
    expect(readIdNumber('44011819900101001Y')).toBe('FORMAT');
  });

  it('reads sex from the parity of the sequence digit', () => {
    expect(readIdNumber(makeIdNumber('440118', '1990-05-01', 7, 'MALE'))).toEqual({ birthDate: '1990-05-01', sex: 'MALE' });
    expect(readIdNumber(makeIdNumber('440118', '1990-05-01', 7, 'FEMALE'))).toEqual({ birthDate: '1990-05-01', sex: 'FEMALE' });
  });
});
