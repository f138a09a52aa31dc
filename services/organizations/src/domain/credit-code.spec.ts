import { creditCodeCheckCharacter, creditCodeProblem, makeCreditCode } from './credit-code';

describe('the unified social credit code', () => {
  it('computes the GB 32100 check character of the standard’s worked example', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('maps a remainder of 0 to the character 0 rather than 31', () => {
    // find a body whose weighted sum is a multiple of 31 and check it ends in 0
    for (let serial = 0; serial < 1000; serial++) {
      const code = makeCreditCode('440118', serial);
      if (code.endsWith('0')) {
        expect(creditCodeProblem(code)).toBeNull();
        return;
      }
    }
    throw new Error('no code ending in 0 among the first thousand serials');
  });

  it('refuses a code whose check character does not match', () => {
    const valid = makeCreditCode('440118', 42);
    const wrong = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    expect(creditCodeProblem(wrong)).toBe('CHECK_CHARACTER');
  });

  it('refuses a changed character in the body even when the old check character is kept', () => {
    const valid = makeCreditCode('440118', 4242);
    const tampered = `${valid.slice(0, 10)}${valid[10] === '7' ? '8' : '7'}${valid.slice(11)}`;
    expect(creditCodeProblem(tampered)).toBe('CHECK_CHARACTER');
  });

  it('refuses the wrong length, letters outside the set (I, O, S, V, Z) and letters in the division code', () => {
    expect(creditCodeProblem('5244011800000012')).toBe('FORMAT');
    expect(creditCodeProblem('52440118MJO000123X')).toBe('FORMAT');
    expect(creditCodeProblem('5244A118MJ00001230')).toBe('FORMAT');
  });

  it('reads lower case and surrounding spaces as the same code', () => {
    const valid = makeCreditCode('440118', 7);
    expect(creditCodeProblem(` ${valid.toLowerCase()} `)).toBeNull();
  });

  it('requires registration authority 5 (civil affairs) for a civil-affairs registration', () => {
    expect(creditCodeProblem('91350100M000100Y43', { civilAffairs: true })).toBe('NOT_CIVIL_AFFAIRS');
    expect(creditCodeProblem(makeCreditCode('440118', 9), { civilAffairs: true })).toBeNull();
  });
});
