import { today, type Validation } from '@linli/domain';

/**
 * The day a change takes effect: the given day or today; never in the future and never
 * before `notBefore` (the record's last change), so a history always reads forwards.
 */
export function effectiveDay(given: string | null | undefined, field: string[], v: Validation, notBefore?: string | null, now = today()): string {
  const day = given ?? now;
  v.check(day <= now, field, 'DATE_IN_FUTURE', `${day} is in the future`);
  if (notBefore) v.check(day >= notBefore, field, 'DATE_BEFORE_LAST_CHANGE', `${day} is before the last change on ${notBefore}`);
  return day;
}

/** Trims free text and checks it is present and not too long. */
export function text(value: string | null | undefined, field: string[], code: string, v: Validation, max = 2000): string {
  const trimmed = (value ?? '').trim();
  v.check(trimmed.length > 0 && trimmed.length <= max, field, code, `must be 1 to ${max} characters`);
  return trimmed;
}
