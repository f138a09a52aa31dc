/**
 * The mainland resident ID number (居民身份证号, GB 11643-1999): 6-digit address code,
 * 8-digit birth date, 3-digit sequence (odd for men, even for women) and a check
 * character computed with ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return CHECK[sum % 11];
}

export type IdNumberProblem = 'FORMAT' | 'CHECK_DIGIT' | 'BIRTH_DATE';

export interface IdNumberFacts {
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/** Reads an ID number; returns the facts it encodes, or the first problem found. */
export function readIdNumber(raw: string): IdNumberFacts | IdNumberProblem {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'FORMAT';
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'CHECK_DIGIT';
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const parsed = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== birthDate || birthDate < '1900-01-01') return 'BIRTH_DATE';
  return { birthDate, sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}

/** Builds a valid ID number (for demo data and tests). */
export function makeIdNumber(area: string, birthDate: string, sequence: number, sex: 'MALE' | 'FEMALE'): string {
  const seq = sequence * 2 + (sex === 'MALE' ? 1 : 0);
  const first17 = `${area}${birthDate.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
