/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-character set (no I, O, S, V, Z). 1: registration authority (5 = civil affairs),
 * 2: organization category, 3–8: administrative division code, 9–17: the organization code,
 * 18: a check character, 31 − (Σ value·weight mod 31), with weight 3^(i−1) mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[1-9A-HJ-NPQRTUWXY][1-9A-HJ-NPQRTUWXY]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** 民政: the registration authority code of organizations registered with civil affairs. */
export const CIVIL_AFFAIRS_AUTHORITY = '5';

export type CreditCodeProblem = 'FORMAT' | 'CHECK_CHARACTER' | 'NOT_CIVIL_AFFAIRS';

/** The check character for the first 17 characters (which must come from the code's character set). */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, char, i) => {
    const value = CHARSET.indexOf(char);
    if (value < 0) throw new Error(`${char} is not a credit-code character`);
    return acc + value * WEIGHTS[i];
  }, 0);
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Normalises (trim, upper case) a credit code. */
export function normalizeCreditCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * The first problem with a credit code, or null when it is valid. With civilAffairs, the
 * code must also have been issued by civil affairs (registration authority 5).
 */
export function creditCodeProblem(raw: string, options: { civilAffairs?: boolean } = {}): CreditCodeProblem | null {
  const code = normalizeCreditCode(raw);
  if (!FORMAT.test(code)) return 'FORMAT';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  if (options.civilAffairs && code[0] !== CIVIL_AFFAIRS_AUTHORITY) return 'NOT_CIVIL_AFFAIRS';
  return null;
}

/** Builds a valid code of a civil-affairs organization (for demo data and tests). */
export function makeCreditCode(division: string, serial: number, category: '1' | '2' | '3' | '9' = '2'): string {
  const body = String(serial).padStart(9, '0').slice(-9);
  const first17 = `${CIVIL_AFFAIRS_AUTHORITY}${category}${division}${body}`;
  return first17 + creditCodeCheckCharacter(first17);
}
