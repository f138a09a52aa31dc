/** Pure rules of volunteering: no database, no GraphQL. */
import type { Validation } from '@linli/domain';

export const MAX_SKILLS = 20;
export const MAX_ACTIVITY_DAYS = 7;
/** The most minutes one attendance can count: a whole day. */
export const MAX_MINUTES = 1440;
/** The most hours one attendance can count. */
export const MAX_HOURS = MAX_MINUTES / 60;
/** Places of one activity: a district-wide campaign stays below this. */
export const MAX_CAPACITY = 10_000;
/** Nothing in volunteering is dated before this day (registrations, awards, activities). */
export const EARLIEST_DAY = '2000-01-01';
/** How far ahead an activity may be posted. */
export const MAX_LEAD_DAYS = 366;

/** A number within [min, max] (whole when asked), else OUT_OF_RANGE on the field. */
export function checkRange(value: number, min: number, max: number, field: string[], v: Validation, options: { integer?: boolean; what: string }): boolean {
  return v.inRange(field, value, { min, max, integer: options.integer }, options.what);
}

/** Decimal hours as whole minutes (1.5 → 90), the unit the ledger keeps. */
export function minutesOfHours(hours: number): number {
  return Math.round(hours * 60);
}

/** Skills are short tags, compared case-insensitively: trimmed, lower-cased, de-duplicated, sorted. */
export function normalizeSkills(skills: readonly string[] | null | undefined, field: string[], v: Validation): string[] {
  const normalized = [...new Set((skills ?? []).map((s) => s.trim().toLowerCase()))].sort();
  v.check(normalized.every((s) => s.length >= 1 && s.length <= 40), field, 'SKILL_INVALID', 'a skill is 1 to 40 characters');
  v.check(normalized.length <= MAX_SKILLS, field, 'TOO_MANY_SKILLS', `at most ${MAX_SKILLS} skills`);
  return normalized;
}

/** The required skills a volunteer lacks. */
export function missingSkills(required: readonly string[], has: readonly string[]): string[] {
  const own = new Set(has);
  return required.filter((skill) => !own.has(skill));
}

/** Whole minutes served from check-in to check-out. */
export function servedMinutes(checkedInAt: Date, checkedOutAt: Date): number {
  return Math.floor((checkedOutAt.getTime() - checkedInAt.getTime()) / 60_000);
}

/** The minutes that count: the organizer's correction if any, else what check-in and check-out recorded. */
export function countedMinutes(a: { adjustedMinutes: number | null; recordedMinutes: number | null }): number | null {
  return a.adjustedMinutes ?? a.recordedMinutes;
}

/** Minutes as hours, two decimals. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** The calendar day of an instant in China Standard Time (UTC+8): the day hours are served on. */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Checks an activity's time: it ends after it starts, and lasts at most a week. */
export function checkActivityTime(startsAt: Date, endsAt: Date, v: Validation): void {
  if (v.check(endsAt.getTime() > startsAt.getTime(), ['input', 'endsAt'], 'ENDS_BEFORE_START', 'an activity must end after it starts'))
    v.check(
      endsAt.getTime() - startsAt.getTime() <= MAX_ACTIVITY_DAYS * 86_400_000,
      ['input', 'endsAt'],
      'ACTIVITY_TOO_LONG',
      `an activity lasts at most ${MAX_ACTIVITY_DAYS} days; post a longer one as several shifts`,
    );
}
